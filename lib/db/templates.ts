import type { CareerTalkDB } from './schema';
import { sourceFor } from '../templates/render';
import type { Formality, Language } from '../plan/language';
import type { UserTemplate } from '../plan/types';
import { newId } from '../plan/factory';
import { t } from '../i18n';
import { builtinTemplate, type TemplateDef } from '../templates/builtins';
import {
  checkNameFree,
  checkTemplateName,
  checkTemplateSource,
  duplicateBaseName,
  duplicateOf,
  TemplateError,
  uniqueTemplateName,
  userTemplateDef,
  withBuiltins,
} from '../templates/user-templates';

/**
 * The person's own templates in the `templates` table. The rules (names, validation,
 * merging with the built-ins) are in lib/templates/user-templates.ts; this file only
 * reads and writes, and checks before every write so nothing invalid is stored.
 */

/** Built-ins first, then the user's own templates by name. */
export async function allTemplates(db: CareerTalkDB): Promise<TemplateDef[]> {
  return withBuiltins(await db.templates.orderBy('name').toArray());
}

export async function resolveTemplate(db: CareerTalkDB, id: string): Promise<TemplateDef | undefined> {
  const builtin = builtinTemplate(id);
  if (builtin) return builtin;
  const own = await db.templates.get(id);
  return own && userTemplateDef(own);
}

async function templateNames(db: CareerTalkDB): Promise<string[]> {
  return (await db.templates.toArray()).map((t) => t.name);
}

/** Copies a built-in (or an own template) into a new editable template. */
export async function duplicateTemplate(db: CareerTalkDB, source: TemplateDef): Promise<UserTemplate> {
  const words = { myVersion: t('templateSuffixMyVersion'), copy: t('templateSuffixCopy') };
  const name = uniqueTemplateName(duplicateBaseName(source, words), await templateNames(db));
  const tpl = duplicateOf(source, newId(), name, new Date().toISOString());
  await db.templates.add(tpl);
  return tpl;
}

export async function createTemplate(db: CareerTalkDB, init: { name: string; subject: string; body: string }): Promise<UserTemplate> {
  checkTemplateSource(init);
  const tpl: UserTemplate = { id: newId(), name: checkTemplateName(init.name), subject: init.subject, body: init.body, updatedAt: new Date().toISOString() };
  await db.templates.add(tpl);
  return tpl;
}

/** Saves new subject/body text; throws TemplateError (and changes nothing) when it does not validate. */
export async function saveTemplateSource(db: CareerTalkDB, id: string, src: { subject: string; body: string }): Promise<void> {
  checkTemplateSource(src);
  const changed = await db.templates.update(id, { subject: src.subject, body: src.body, updatedAt: new Date().toISOString() });
  if (!changed && !(await db.templates.get(id))) throw TemplateError.of('templateErrorGone');
}

export async function renameTemplate(db: CareerTalkDB, id: string, name: string): Promise<void> {
  const checked = checkTemplateName(name);
  checkNameFree(checked, await db.templates.toArray(), id);
  const changed = await db.templates.update(id, { name: checked, updatedAt: new Date().toISOString() });
  if (!changed && !(await db.templates.get(id))) throw TemplateError.of('templateErrorGone');
}

/** Puts a copy of a built-in back to the built-in's current text, in the copy's language. */
export async function resetTemplate(db: CareerTalkDB, id: string, formality: Formality = 'formal'): Promise<void> {
  const tpl = await db.templates.get(id);
  const builtin = tpl?.basedOn ? builtinTemplate(tpl.basedOn) : undefined;
  if (!tpl || !builtin) throw TemplateError.of('templateErrorResetNotCopy');
  const source = sourceFor(builtin, tpl.language ?? 'en', formality);
  await db.templates.update(id, { subject: source.subject, body: source.body, updatedAt: new Date().toISOString() });
}

/** Sets the language an own template is written in; `undefined` offers it for every language. */
export async function setTemplateLanguage(db: CareerTalkDB, id: string, language: Language | undefined): Promise<void> {
  const changed = await db.templates.update(id, { language, updatedAt: new Date().toISOString() });
  if (!changed && !(await db.templates.get(id))) throw TemplateError.of('templateErrorGone');
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
