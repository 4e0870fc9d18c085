import Mustache from './mustache';
import type { MessageKey } from '../i18n';
import { templateVariables, VARIABLES_BY_NAME } from './variables';

/**
 * Checks a template before it is saved or rendered: Mustache syntax (unclosed
 * sections and tags), and that every tag is one of the documented variables. The
 * editor blocks saving on an error, so a stored template always renders.
 */

export type TemplateField = 'subject' | 'body';

/**
 * A failure carries its English `message` (logs, tests) and the same text as a message key
 * with its values, which the UI words in the interface language.
 */
export type ValidationResult =
  | { ok: true }
  | { ok: false; line: number; message: string; field: TemplateField; key: MessageKey; subs: (string | number)[] };

/** The English wording of each key, so lib/ can say what went wrong without the browser. */
const ENGLISH: Partial<Record<MessageKey, string>> = {
  templateErrorUnclosedSection: 'The section {{#$1}} is never closed: add {{/$1}} after it.',
  templateErrorUnopenedSection: '{{/$1}} closes a section that was never opened.',
  templateErrorUnclosedTag: 'A tag is missing its closing }}.',
  templateErrorSyntax: 'The template cannot be read: $1',
  templateErrorUnescaped: '{{{$1}}} and {{&$1}} are not allowed: plan text is always escaped. Use {{$1}}.',
  templateErrorPartial: 'Partials ({{>$1}}) are not supported.',
  templateErrorDelimiters: 'Changing the tag delimiters is not supported.',
  templateErrorUnknownVariable: 'Unknown variable {{$1}}. Pick one from the list of variables.',
  templateErrorDottedVariable: 'Unknown variable {{$1}}. Dotted names are not supported. Pick one from the list of variables.',
  templateErrorUnsupportedTag: 'Unsupported tag {{$1}}.',
  templateErrorNoSource: 'A template needs a subject and a body.',
  templateErrorSubjectLines: 'The subject must be a single line.',
  templateErrorSubjectLong: 'The subject is longer than $1 characters.',
  templateErrorBodyLong: 'The body is longer than $1 characters.',
  templateErrorNameEmpty: 'Give the template a name.',
  templateErrorNameLong: 'Keep the name under $1 characters.',
  templateErrorNameBuiltin: '"$1" is the name of a built-in template; pick another name.',
  templateErrorNameTaken: 'You already have a template named "$1".',
  templateErrorGone: 'This template no longer exists. It may have been deleted in another window.',
  templateErrorResetNotCopy: 'Only a copy of a built-in template can be reset.',
};

/** The English text of a template message key with its values filled in. */
export function englishTemplateMessage(key: MessageKey, subs: (string | number)[] = []): string {
  return (ENGLISH[key] ?? key).replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? ''));
}

function failure(line: number, field: TemplateField, key: MessageKey, ...subs: (string | number)[]): ValidationResult {
  return { ok: false, line, field, key, subs, message: englishTemplateMessage(key, subs) };
}

export const MAX_SUBJECT_LENGTH = 300;
export const MAX_BODY_LENGTH = 20_000;

type Token = [string, string, number, number, Token[]?, number?];

function lineAt(source: string, index: number): number {
  return source.slice(0, Math.max(0, index)).split('\n').length;
}

const TOP_LEVEL = new Set(templateVariables.map((v) => v.name));

function describeParseError(message: string): [MessageKey, ...string[]] {
  const section = /^(Unclosed|Unopened) section "([^"]*)"/.exec(message);
  if (section?.[1] === 'Unclosed') return ['templateErrorUnclosedSection', section[2]];
  if (section?.[1] === 'Unopened') return ['templateErrorUnopenedSection', section[2]];
  if (/^Unclosed tag/.test(message)) return ['templateErrorUnclosedTag'];
  return ['templateErrorSyntax', message.replace(/ at \d+$/, '')];
}

function checkTokens(source: string, tokens: Token[], scope: Set<string>, field: TemplateField): ValidationResult {
  for (const token of tokens) {
    const [type, name, start] = token;
    const line = lineAt(source, start);
    const fail = (key: MessageKey, ...subs: string[]): ValidationResult => failure(line, field, key, ...subs);
    switch (type) {
      case 'text':
      case '!':
        continue;
      case '&':
        return fail('templateErrorUnescaped', name);
      case '>':
        return fail('templateErrorPartial', name);
      case '=':
        return fail('templateErrorDelimiters');
      case 'name':
      case '#':
      case '^': {
        if (!scope.has(name)) return fail(name.includes('.') ? 'templateErrorDottedVariable' : 'templateErrorUnknownVariable', name);
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
        return fail('templateErrorUnsupportedTag', `${type}${name}`);
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
    return failure(line, field, ...describeParseError(message));
  }
  return checkTokens(source, tokens, TOP_LEVEL, field);
}

export function validateTemplate(src: { subject: string; body: string }): ValidationResult {
  if (typeof src.subject !== 'string' || typeof src.body !== 'string') return failure(1, 'body', 'templateErrorNoSource');
  if (/[\r\n]/.test(src.subject)) return failure(1, 'subject', 'templateErrorSubjectLines');
  if (src.subject.length > MAX_SUBJECT_LENGTH) return failure(1, 'subject', 'templateErrorSubjectLong', MAX_SUBJECT_LENGTH);
  if (src.body.length > MAX_BODY_LENGTH) return failure(lineAt(src.body, MAX_BODY_LENGTH), 'body', 'templateErrorBodyLong', MAX_BODY_LENGTH);
  const subject = validateOne(src.subject, 'subject');
  if (!subject.ok) return subject;
  return validateOne(src.body, 'body');
}
