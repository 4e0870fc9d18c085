import Mustache from './mustache';
import type { ActionItem, Plan } from '../plan/types';
import type { ViewOptions } from './view';
import { formatBody, formatSubject, markData, stripMarkers } from './format';
import { validateTemplate } from './validate';
import { buildView } from './view';
import { MISSING_ORDER } from './variables';

export interface RenderOptions extends ViewOptions {
  /** False when the draft already carries a signature: a last line holding only {{myName}} is left out. */
  signOffName?: boolean;
}

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
 * Throws TemplateSyntaxError for a template that does not validate.
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
  const subject = formatSubject(Mustache.render(stripMarkers(tpl.subject), view, {}, config));
  const source = opts.signOffName === false ? tpl.body.replace(/\n[ \t]*\{\{\s*myName\s*\}\}\s*$/, '') : tpl.body;
  const body = formatBody(Mustache.render(stripMarkers(source), view, {}, config));
  return { subject, html: body.html, text: body.text, missing: sortMissing(missing) };
}
