import type { CareerTalkDB } from '../db/schema';
import type { UserTemplate } from '../plan/types';
import { newId } from '../plan/factory';
import { BUILTIN_TEMPLATES, builtinTemplate, type TemplateDef } from './builtins';
import { validateTemplate } from './validate';

/**
 * The person's own templates live in the `templates` table; built-ins live in
 * code and are never stored (so an update can improve their wording). A built-in
 * is customised by duplicating it; "Reset" puts a copy back to the built-in text.
 * Every write validates first: a template that does not render is never stored.
 */

export const MAX_NAME_LENGTH = 80;

export function userTemplateDef(t: UserTemplate): TemplateDef {
  return { id: t.id, name: t.name, kind: t.kind, subject: t.subject, body: t.body, builtin: false, basedOn: t.basedOn };
}

/** Built-ins first, then the user's own templates by name. */
export async function allTemplates(db: CareerTalkDB): Promise<TemplateDef[]> {
  const own = await db.templates.orderBy('name').toArray();
  return [...BUILTIN_TEMPLATES, ...own.map(userTemplateDef)];
}

export async function resolveTemplate(db: CareerTalkDB, id: string): Promise<TemplateDef | undefined> {
  const builtin = builtinTemplate(id);
  if (builtin) return builtin;
  const own = await db.templates.get(id);
  return own && userTemplateDef(own);
}

export class TemplateError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'TemplateError';
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new TemplateError('Give the template a name.');
  if (trimmed.length > MAX_NAME_LENGTH) throw new TemplateError(`Keep the name under ${MAX_NAME_LENGTH} characters.`);
  if (BUILTIN_TEMPLATES.some((b) => b.name.toLowerCase() === trimmed.toLowerCase())) {
    throw new TemplateError(`"${trimmed}" is the name of a built-in template; pick another name.`);
  }
  return trimmed;
}

function checkSource(src: { subject: string; body: string }): void {
  const result = validateTemplate(src);
  if (!result.ok) {
    throw new TemplateError(result.field === 'subject' ? `Subject: ${result.message}` : `Line ${result.line}: ${result.message}`, result.line);
  }
}

/** A name like "Meeting request (my version)", "… 2" when taken. */
async function freeName(db: CareerTalkDB, base: string): Promise<string> {
  const taken = new Set((await db.templates.toArray()).map((t) => t.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/** Copies a built-in (or an own template) into a new editable template. */
export async function duplicateTemplate(db: CareerTalkDB, source: TemplateDef): Promise<UserTemplate> {
  const base = source.builtin ? `${source.name} (my version)` : `${source.name} (copy)`;
  const tpl: UserTemplate = {
    id: newId(),
    name: await freeName(db, base.slice(0, MAX_NAME_LENGTH)),
    subject: source.subject,
    body: source.body,
    basedOn: source.builtin ? source.id : source.basedOn,
    kind: source.kind,
    updatedAt: new Date().toISOString(),
  };
  await db.templates.add(tpl);
  return tpl;
}

export async function createTemplate(db: CareerTalkDB, init: { name: string; subject: string; body: string }): Promise<UserTemplate> {
  checkSource(init);
  const tpl: UserTemplate = { id: newId(), name: checkName(init.name), subject: init.subject, body: init.body, updatedAt: new Date().toISOString() };
  await db.templates.add(tpl);
  return tpl;
}

/** Saves new subject/body text; throws TemplateError (and changes nothing) when it does not validate. */
export async function saveTemplateSource(db: CareerTalkDB, id: string, src: { subject: string; body: string }): Promise<void> {
  checkSource(src);
  const changed = await db.templates.update(id, { subject: src.subject, body: src.body, updatedAt: new Date().toISOString() });
  if (!changed && !(await db.templates.get(id))) throw new TemplateError('This template no longer exists. It may have been deleted in another window.');
}

export async function renameTemplate(db: CareerTalkDB, id: string, name: string): Promise<void> {
  const checked = checkName(name);
  const clash = (await db.templates.toArray()).some((t) => t.id !== id && t.name.toLowerCase() === checked.toLowerCase());
  if (clash) throw new TemplateError(`You already have a template named "${checked}".`);
  const changed = await db.templates.update(id, { name: checked, updatedAt: new Date().toISOString() });
  if (!changed && !(await db.templates.get(id))) throw new TemplateError('This template no longer exists. It may have been deleted in another window.');
}

/** Puts a copy of a built-in back to the built-in's current text. */
export async function resetTemplate(db: CareerTalkDB, id: string): Promise<void> {
  const tpl = await db.templates.get(id);
  const builtin = tpl?.basedOn ? builtinTemplate(tpl.basedOn) : undefined;
  if (!tpl || !builtin) throw new TemplateError('Only a copy of a built-in template can be reset.');
  await db.templates.update(id, { subject: builtin.subject, body: builtin.body, updatedAt: new Date().toISOString() });
}

/** Deletes an own template and returns it, so the caller can offer Undo. */
export async function deleteTemplate(db: CareerTalkDB, id: string): Promise<UserTemplate | undefined> {
  return db.transaction('rw', db.templates, async () => {
    const tpl = await db.templates.get(id);
    if (tpl) await db.templates.delete(id);
    return tpl;
  });
}

export async function restoreTemplate(db: CareerTalkDB, tpl: UserTemplate): Promise<void> {
  await db.templates.put(tpl);
}
