import Mustache from './mustache';
import { templateVariables, VARIABLES_BY_NAME } from './variables';

/**
 * Checks a template before it is saved or rendered: Mustache syntax (unclosed
 * sections and tags), and that every tag is one of the documented variables. The
 * editor blocks saving on an error, so a stored template always renders.
 */

export type TemplateField = 'subject' | 'body';

export type ValidationResult = { ok: true } | { ok: false; line: number; message: string; field: TemplateField };

export const MAX_SUBJECT_LENGTH = 300;
export const MAX_BODY_LENGTH = 20_000;

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

/** How many single-character edits turn one name into the other (for "did you mean"). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The variable a misspelt name most likely meant, if one is close enough. */
export function closestVariable(name: string, scope: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of scope) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.min(3, Math.floor(name.length / 4))) ? best : undefined;
}

/**
 * A tag whose "}}" is cut short: "{{managerFirstName}, Could we…" makes Mustache read one long
 * tag name up to the next "}}". Returns the variable the person wrote and what is missing after it.
 */
function missingBrace(rawName: string, scope: Set<string>): { name: string; missing: string } | undefined {
  const m = /^\s*([A-Za-z_][\w]*)\s*(\}?)(?!\})/.exec(rawName);
  if (!m || !scope.has(m[1]) || rawName.trim() === m[1]) return undefined;
  return { name: m[1], missing: m[2] ? '}' : '}}' };
}

/** Where the first "{{" without its "}}" is, and the name that follows it. */
function unclosedTag(source: string): { index: number; name: string } | undefined {
  for (const m of source.matchAll(/\{\{/g)) {
    const start = m.index ?? 0;
    const next = source.indexOf('{{', start + 2);
    const close = source.indexOf('}}', start + 2);
    if (close === -1 || (next !== -1 && next < close)) return { index: start, name: /^\{\{\s*[#^/&]?\s*([\w.]*)/.exec(source.slice(start))?.[1] ?? '' };
  }
  return undefined;
}

function checkTokens(source: string, tokens: Token[], scope: Set<string>, field: TemplateField): ValidationResult {
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
          const cut = missingBrace(name, scope);
          if (cut) return fail(`A “${cut.missing}” is missing after ${cut.name}: write {{${cut.name}}}.`);
          const hint = name.includes('.') ? ' Dotted names are not supported.' : '';
          const guess = closestVariable(name, scope);
          return fail(`Unknown variable {{${name}}}.${hint}${guess ? ` Did you mean {{${guess}}}?` : ' Pick one from the list of variables.'}`);
        }
        if (type === 'name') continue;
        const def = VARIABLES_BY_NAME.get(name);
        const inner = new Set(scope);
        // Inside a list section, the item's fields are in scope too.
        if (def?.kind === 'list') for (const f of def.fields ?? []) inner.add(f.name);
        const result = checkTokens(source, token[4] ?? [], inner, field);
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
    if (/^Unclosed tag/.test(message)) {
      // Say which tag, and where: "{{managerFirstName}" at the end of a line lacks one brace.
      const tag = unclosedTag(source);
      if (tag) {
        const after = source.slice(tag.index + 2).replace(/^\s*[#^/&]?\s*[\w.]*/, '');
        const what = after.startsWith('}') ? '}' : '}}';
        const text = tag.name ? `A “${what}” is missing after ${tag.name}: write {{${tag.name}}}.` : 'A tag is missing its closing }}.';
        return { ok: false, line: lineAt(source, tag.index), message: text, field };
      }
    }
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
