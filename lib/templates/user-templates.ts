import type { UserTemplate } from '../plan/types';
import type { Language } from '../plan/language';
import { BUILTIN_TEMPLATES, type TemplateDef } from './builtins';
import { englishTemplateMessage, validateTemplate, type TemplateField } from './validate';
import type { MessageKey } from '../i18n';

/**
 * The rules for the person's own templates, without storage (lib/db/templates.ts
 * stores them): built-ins live in code and are never stored (so an update can improve
 * their wording); a built-in is customised by duplicating it. Every write checks
 * the name and the source first: a template that does not render is never stored.
 */

export const MAX_NAME_LENGTH = 80;

export class TemplateError extends Error {
  /** The same message as a key with its values, for the interface language (see lib/template-errors.ts). */
  key?: MessageKey;
  subs: (string | number)[] = [];
  field?: TemplateField;

  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'TemplateError';
  }

  static of(key: MessageKey, subs: (string | number)[] = [], where: { line?: number; field?: TemplateField } = {}): TemplateError {
    const text = englishTemplateMessage(key, subs);
    const prefix = where.field === 'subject' ? 'Subject: ' : where.line ? `Line ${where.line}: ` : '';
    const error = new TemplateError(prefix + text, where.line);
    error.key = key;
    error.subs = subs;
    error.field = where.field;
    return error;
  }
}

export function userTemplateDef(t: UserTemplate): TemplateDef {
  // A copy of an email to someone other than the manager keeps going to someone else.
  const toManager = t.basedOn ? BUILTIN_TEMPLATES.find((b) => b.id === t.basedOn)?.toManager : undefined;
  return { id: t.id, name: t.name, kind: t.kind, subject: t.subject, body: t.body, builtin: false, basedOn: t.basedOn, language: t.language, ...(toManager === false ? { toManager } : {}) };
}

/** The templates to offer for an email in `lang`: built-ins, and own templates in that language or in any. */
export function forLanguage<T extends { builtin: boolean; language?: Language }>(templates: readonly T[], lang: Language): T[] {
  return templates.filter((t) => t.builtin || !t.language || t.language === lang);
}

/** Built-ins first, then the given own templates in the order given. */
export function withBuiltins(own: readonly UserTemplate[]): TemplateDef[] {
  return [...BUILTIN_TEMPLATES, ...own.map(userTemplateDef)];
}

/** The trimmed name; throws TemplateError when it is empty, too long or a built-in's name. */
export function checkTemplateName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw TemplateError.of('templateErrorNameEmpty');
  if (trimmed.length > MAX_NAME_LENGTH) throw TemplateError.of('templateErrorNameLong', [MAX_NAME_LENGTH]);
  if (BUILTIN_TEMPLATES.some((b) => b.name.toLowerCase() === trimmed.toLowerCase())) {
    throw TemplateError.of('templateErrorNameBuiltin', [trimmed]);
  }
  return trimmed;
}

/** Throws TemplateError (with the line) when the subject or body does not validate. */
export function checkTemplateSource(src: { subject: string; body: string }): void {
  const result = validateTemplate(src);
  if (!result.ok) throw TemplateError.of(result.key, result.subs, { line: result.line, field: result.field });
}

/** Throws TemplateError when another of the person's templates (not `id`) already has this name. */
export function checkNameFree(name: string, others: readonly Pick<UserTemplate, 'id' | 'name'>[], id: string): void {
  if (others.some((t) => t.id !== id && t.name.toLowerCase() === name.toLowerCase())) {
    throw TemplateError.of('templateErrorNameTaken', [name]);
  }
}

/** `base`, or "`base` 2", "`base` 3"… whichever is not among `taken` (case-insensitive). */
export function uniqueTemplateName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/** What a duplicate's name adds, in the interface language (lib/db/templates.ts looks the words up). */
export interface DuplicateWords {
  myVersion: string;
  copy: string;
}

/** The name a duplicate starts from: "Meeting request (my version)" for a built-in, "… (copy)" for an own one. */
export function duplicateBaseName(source: TemplateDef, words: DuplicateWords = { myVersion: 'my version', copy: 'copy' }): string {
  return `${source.name} (${source.builtin ? words.myVersion : words.copy})`.slice(0, MAX_NAME_LENGTH);
}

/** A new own template copied from `source` (not stored). */
export function duplicateOf(source: TemplateDef, id: string, name: string, now: string): UserTemplate {
  return {
    id,
    name,
    subject: source.subject,
    body: source.body,
    basedOn: source.builtin ? source.id : source.basedOn,
    kind: source.kind,
    ...(source.language ? { language: source.language } : {}),
    updatedAt: now,
  };
}
