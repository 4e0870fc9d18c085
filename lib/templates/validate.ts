import Mustache from './mustache';
import { templateVariables, VARIABLES_BY_NAME } from './variables';
import { t } from '../i18n';

/**
 * Checks a template before it is saved or rendered: Mustache syntax (unclosed
 * sections and tags), and that every tag is one of the documented variables. The
 * editor blocks saving on an error, so a stored template always renders.
 */

export type TemplateField = 'subject' | 'body';

export type ValidationResult = { ok: true } | { ok: false; line: number; message: string; field: TemplateField };

export const MAX_SUBJECT_LENGTH = 300;
export const MAX_BODY_LENGTH = 20_000;
/**
 * How deep sections may nest. A list section repeats its content once per item, so a list
 * section inside another multiplies: 30 nested {{#agenda}} from a 925-byte template grow
 * four-fold per level. A list section inside a list section is refused outright, and
 * sections of any kind nest at most this deep.
 */
export const MAX_SECTION_DEPTH = 3;

type Token = [string, string, number, number, Token[]?, number?];

function lineAt(source: string, index: number): number {
  return source.slice(0, Math.max(0, index)).split('\n').length;
}

const TOP_LEVEL = new Set(templateVariables.map((v) => v.name));

function describeParseError(message: string): string {
  const section = /^(Unclosed|Unopened) section "([^"]*)"/.exec(message);
  if (section?.[1] === 'Unclosed') return `The section {{#${section[2]}}} is never closed: add {{/${section[2]}}} after it.`;
  if (section?.[1] === 'Unopened') return `{{/${section[2]}}} closes a section that was never opened.`;
  if (/^Unclosed tag/.test(message)) return 'A tag is missing its closing }}.';
  return message.replace(/ at \d+$/, '');
}

function checkTokens(source: string, tokens: Token[], scope: Set<string>, field: TemplateField, depth = 0, inList?: string): ValidationResult {
  for (const token of tokens) {
    const [type, name, start] = token;
    const line = lineAt(source, start);
    const fail = (message: string): ValidationResult => ({ ok: false, line, message, field });
    switch (type) {
      case 'text':
      case '!':
        continue;
      case '&':
        return fail(`{{{${name}}}} and {{&${name}}} are not allowed: plan text is always escaped. Use {{${name}}}.`);
      case '>':
        return fail(`Partials ({{>${name}}}) are not supported.`);
      case '=':
        return fail('Changing the tag delimiters is not supported.');
      case 'name':
      case '#':
      case '^': {
        if (!scope.has(name)) {
          const hint = name.includes('.') ? ' Dotted names are not supported.' : '';
          return fail(`Unknown variable {{${name}}}.${hint} Pick one from the list of variables.`);
        }
        if (type === 'name') continue;
        const def = VARIABLES_BY_NAME.get(name);
        if (type === '#' && def?.kind === 'list' && inList) return fail(t('templateListInList', name, inList));
        if (depth + 1 > MAX_SECTION_DEPTH) return fail(t('templateTooDeep', String(MAX_SECTION_DEPTH)));
        const inner = new Set(scope);
        // Inside a list section, the item's fields are in scope too.
        if (def?.kind === 'list') for (const f of def.fields ?? []) inner.add(f.name);
        const list = type === '#' && def?.kind === 'list' ? name : inList;
        const result = checkTokens(source, token[4] ?? [], inner, field, depth + 1, list);
        if (!result.ok) return result;
        continue;
      }
      default:
        return fail(`Unsupported tag {{${type}${name}}}.`);
    }
  }
  return { ok: true };
}

/** The line of the innermost `{{#name}}`/`{{^name}}` that is never closed (Mustache reports where it gave up instead). */
function unclosedOpenerLine(source: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`\\{\\{\\s*([#^/])\\s*${escaped}\\s*\\}\\}`, 'g');
  const open: number[] = [];
  for (const m of source.matchAll(tag)) {
    if (m[1] === '/') open.pop();
    else open.push(m.index ?? 0);
  }
  return open.length ? lineAt(source, open[open.length - 1]) : undefined;
}

function validateOne(source: string, field: TemplateField): ValidationResult {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(source) as Token[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at (\d+)$/.exec(message);
    const unclosed = /^Unclosed section "([^"]*)"/.exec(message);
    const line = (unclosed && unclosedOpenerLine(source, unclosed[1])) ?? (at ? lineAt(source, Number(at[1])) : 1);
    return { ok: false, line, message: describeParseError(message), field };
  }
  return checkTokens(source, tokens, TOP_LEVEL, field);
}

export function validateTemplate(src: { subject: string; body: string }): ValidationResult {
  if (typeof src.subject !== 'string' || typeof src.body !== 'string') return { ok: false, line: 1, message: 'A template needs a subject and a body.', field: 'body' };
  if (/[\r\n]/.test(src.subject)) return { ok: false, line: 1, message: 'The subject must be a single line.', field: 'subject' };
  if (src.subject.length > MAX_SUBJECT_LENGTH) return { ok: false, line: 1, message: `The subject is longer than ${MAX_SUBJECT_LENGTH} characters.`, field: 'subject' };
  if (src.body.length > MAX_BODY_LENGTH) return { ok: false, line: lineAt(src.body, MAX_BODY_LENGTH), message: `The body is longer than ${MAX_BODY_LENGTH} characters.`, field: 'body' };
  const subject = validateOne(src.subject, 'subject');
  if (!subject.ok) return subject;
  return validateOne(src.body, 'body');
}
