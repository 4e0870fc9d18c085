import { OutputCapError, renderCapped } from './mustache';
import { t } from '../i18n';
import type { ActionItem, Plan } from '../plan/types';
import type { DateOptions } from './dates';
import { formatBody, formatSubject, markData, stripMarkers } from './format';
import { validateTemplate } from './validate';
import { buildView } from './view';
import { MISSING_ORDER } from './variables';

export interface RenderOptions extends DateOptions {}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** Human labels of fields the template used but the plan lacks, e.g. "Meeting date". */
  missing: string[];
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly field: 'subject' | 'body',
  ) {
    super(`${field === 'subject' ? 'Subject' : `Line ${line}`}: ${message}`);
    this.name = 'TemplateSyntaxError';
  }
}

/** Rendered subject and body stop at these sizes (characters of text before formatting). */
export const MAX_OUTPUT_CHARS = 100_000;
export const MAX_SUBJECT_OUTPUT_CHARS = 2_000;

/** The rendered email would pass the output cap; the message says so in the person's words. */
export class TemplateTooLargeError extends TemplateSyntaxError {
  constructor(field: 'subject' | 'body') {
    super(t('templateOutputTooLarge', String(Math.round(MAX_OUTPUT_CHARS / 1000))), 1, field);
    this.name = 'TemplateTooLargeError';
    this.message = t('templateOutputTooLarge', String(Math.round(MAX_OUTPUT_CHARS / 1000)));
  }
}

function capped(template: string, view: object, escape: (value: unknown) => string, field: 'subject' | 'body'): string {
  try {
    return renderCapped(template, view, escape, field === 'subject' ? MAX_SUBJECT_OUTPUT_CHARS : MAX_OUTPUT_CHARS);
  } catch (e) {
    if (e instanceof OutputCapError) throw new TemplateTooLargeError(field);
    throw e;
  }
}

function sortMissing(missing: Set<string>): string[] {
  const rank = (label: string) => {
    const i = MISSING_ORDER.indexOf(label);
    return i < 0 ? MISSING_ORDER.length : i;
  };
  return [...missing].sort((a, b) => rank(a) - rank(b));
}

/**
 * Renders a template against a plan (or no plan: then every value is a
 * placeholder). Plan values go through `markData` instead of Mustache's HTML
 * escaping; `formatBody` escapes everything (template text and data) exactly once.
 * Mustache never re-parses values, so `{{` typed into a plan stays text.
 * Throws TemplateSyntaxError for a template that does not validate, TemplateTooLargeError
 * (a TemplateSyntaxError) when the output would pass MAX_OUTPUT_CHARS.
 */
export function renderTemplate(
  tpl: { subject: string; body: string },
  plan: Plan | undefined,
  actionItems: ActionItem[],
  opts: RenderOptions = {},
): RenderedEmail {
  const check = validateTemplate(tpl);
  if (!check.ok) throw new TemplateSyntaxError(check.message, check.line, check.field);
  const { view, missing } = buildView(plan, actionItems, opts);
  const config = { escape: (value: unknown) => markData(String(value ?? '')) };
  const subject = formatSubject(capped(stripMarkers(tpl.subject), view, config.escape, 'subject'));
  const body = formatBody(capped(stripMarkers(tpl.body), view, config.escape, 'body'));
  return { subject, html: body.html, text: body.text, missing: sortMissing(missing) };
}
