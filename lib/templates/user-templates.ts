import type { UserTemplate } from '../plan/types';
import { BUILTIN_TEMPLATES, type TemplateDef } from './builtins';
import { validateTemplate } from './validate';

/**
 * The rules for the person's own templates, without storage (lib/db/templates.ts
 * stores them): built-ins live in code and are never stored (so an update can improve
 * their wording); a built-in is customised by duplicating it. Every write checks
 * the name and the source first: a template that does not render is never stored.
 */

export const MAX_NAME_LENGTH = 80;

export class TemplateError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'TemplateError';
  }
}

export function userTemplateDef(t: UserTemplate): TemplateDef {
  // A copy of an email to someone other than the manager keeps going to someone else.
  const toManager = t.basedOn ? BUILTIN_TEMPLATES.find((b) => b.id === t.basedOn)?.toManager : undefined;
  return { id: t.id, name: t.name, kind: t.kind, subject: t.subject, body: t.body, builtin: false, basedOn: t.basedOn, ...(toManager === false ? { toManager } : {}) };
}

/** Built-ins first, then the given own templates in the order given. */
export function withBuiltins(own: readonly UserTemplate[]): TemplateDef[] {
  return [...BUILTIN_TEMPLATES, ...own.map(userTemplateDef)];
}

/** The trimmed name; throws TemplateError when it is empty, too long or a built-in's name. */
export function checkTemplateName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new TemplateError('Give the template a name.');
  if (trimmed.length > MAX_NAME_LENGTH) throw new TemplateError(`Keep the name under ${MAX_NAME_LENGTH} characters.`);
  if (BUILTIN_TEMPLATES.some((b) => b.name.toLowerCase() === trimmed.toLowerCase())) {
    throw new TemplateError(`"${trimmed}" is the name of a built-in template; pick another name.`);
  }
  return trimmed;
}

/** Throws TemplateError (with the line) when the subject or body does not validate. */
export function checkTemplateSource(src: { subject: string; body: string }): void {
  const result = validateTemplate(src);
  if (!result.ok) {
    throw new TemplateError(result.field === 'subject' ? `Subject: ${result.message}` : `Line ${result.line}: ${result.message}`, result.line);
  }
}

/** Throws TemplateError when another of the person's templates (not `id`) already has this name. */
export function checkNameFree(name: string, others: readonly Pick<UserTemplate, 'id' | 'name'>[], id: string): void {
  if (others.some((t) => t.id !== id && t.name.toLowerCase() === name.toLowerCase())) {
    throw new TemplateError(`You already have a template named "${name}".`);
  }
}

/** `base`, or "`base` 2", "`base` 3"… whichever is not among `taken` (case-insensitive). */
export function uniqueTemplateName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/** The name a duplicate starts from: "Meeting request (my version)" for a built-in, "… (copy)" for an own one. */
export function duplicateBaseName(source: TemplateDef): string {
  return (source.builtin ? `${source.name} (my version)` : `${source.name} (copy)`).slice(0, MAX_NAME_LENGTH);
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
    updatedAt: now,
  };
}

export const TEMPLATE_GONE = 'This template no longer exists. It may have been deleted in another window.';
