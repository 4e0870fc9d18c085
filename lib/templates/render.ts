import { OutputCapError, renderCapped } from './mustache';
import type { MessageKey } from '../i18n';
import type { ActionItem, Plan } from '../plan/types';
import type { ViewOptions } from './view';
import { formatBody, formatSubject, markData, stripMarkers } from './format';
import { englishTemplateMessage, validateTemplate } from './validate';
import { buildView } from './view';
import { emailPhrases, FIELD_ORDER, type FieldId } from './email-language';
import { localizedBuiltin } from './builtins-i18n';
import { EMAIL_LOCALES, isLanguage, languageOf, type Formality, type Language } from '../plan/language';

export interface RenderOptions extends ViewOptions {
  /** The email language when the plan has none (the interface language); else the locale's language. */
  defaultLanguage?: Language;
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
    /** The message as a key with its values, for the interface language (see lib/template-errors.ts). */
    readonly key?: MessageKey,
    readonly subs: (string | number)[] = [],
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
    const kb = Math.round(MAX_OUTPUT_CHARS / 1000);
    super(englishTemplateMessage('templateOutputTooLarge', [kb]), 1, field, 'templateOutputTooLarge', [kb]);
    this.name = 'TemplateTooLargeError';
    this.message = englishTemplateMessage('templateOutputTooLarge', [kb]);
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

function sortMissing(missing: Set<FieldId>, lang: Language): string[] {
  const order: readonly string[] = FIELD_ORDER;
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i < 0 ? order.length : i;
  };
  const label = emailPhrases(lang).label;
  return [...missing].sort((a, b) => rank(a) - rank(b)).map((field) => label[field]);
}

/** The language an email for this plan is written in: the plan's choice, else the default. */
export function emailLanguageOf(plan: Pick<Plan, 'emailLanguage'> | undefined, opts: RenderOptions = {}): Language {
  if (isLanguage(plan?.emailLanguage)) return plan.emailLanguage;
  return opts.defaultLanguage ?? languageOf(opts.locale);
}

/**
 * Dates in the email's language: the person's own locale when it is that language
 * ("en-GB", "de-AT"), else the language's usual one.
 */
function emailLocale(lang: Language, locale: string | undefined): string {
  return locale && languageOf(locale) === lang ? locale : EMAIL_LOCALES[lang];
}

/** The source to render: a built-in in the email's language and formality, anything else as it is. */
export function sourceFor(
  tpl: { id?: string; builtin?: boolean; subject: string; body: string },
  lang: Language,
  formality: Formality,
): { subject: string; body: string } {
  return (tpl.builtin && tpl.id && localizedBuiltin(tpl.id, lang, formality)) || tpl;
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
  tpl: { id?: string; builtin?: boolean; subject: string; body: string },
  plan: Plan | undefined,
  actionItems: ActionItem[],
  opts: RenderOptions = {},
): RenderedEmail {
  const lang = emailLanguageOf(plan, opts);
  const formality: Formality = plan?.formality === 'informal' ? 'informal' : 'formal';
  const source = sourceFor(tpl, lang, formality);
  const check = validateTemplate(source);
  if (!check.ok) throw new TemplateSyntaxError(check.message, check.line, check.field, check.key, check.subs);
  const { view, missing } = buildView(plan, actionItems, { ...opts, locale: emailLocale(lang, opts.locale), lang, formality });
  const config = { escape: (value: unknown) => markData(String(value ?? '')) };
  const subject = formatSubject(capped(stripMarkers(source.subject), view, config.escape, 'subject'));
  // A draft that already carries a signature: the sign-off keeps its words but not the name.
  const bodySource = opts.signOffName === false ? source.body.replace(/\n[ \t]*\{\{\s*myName\s*\}\}\s*$/, '') : source.body;
  const body = formatBody(capped(stripMarkers(bodySource), view, config.escape, 'body'));
  return { subject, html: body.html, text: body.text, missing: sortMissing(missing, lang) };
}
