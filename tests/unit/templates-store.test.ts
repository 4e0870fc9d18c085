import { beforeEach, describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import {
  allTemplates,
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  renameTemplate,
  resetTemplate,
  resolveTemplate,
  restoreTemplate,
  saveTemplateSource,
} from '../../lib/db/templates';
import { BUILTIN_TEMPLATES } from '../../lib/templates';
import type { CareerTalkDB } from '../../lib/db/schema';
import { templateName } from '../../lib/template-names';
import { setTestUiLocale, type TestLocale } from '../setup/locale';

let db: CareerTalkDB;
beforeEach(() => {
  db = freshDb();
});

describe('own templates', () => {
  test('duplicating a built-in makes an editable copy listed after the built-ins', async () => {
    const copy = await duplicateTemplate(db, BUILTIN_TEMPLATES[0]);
    expect(copy).toMatchObject({ name: 'Meeting request (my version)', basedOn: 'meeting-request', kind: 'meeting-request', body: BUILTIN_TEMPLATES[0].body });
    const again = await duplicateTemplate(db, BUILTIN_TEMPLATES[0]);
    expect(again.name).toBe('Meeting request (my version) 2');
    const all = await allTemplates(db);
    expect(all.map((t) => t.name)).toEqual(['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update', 'Informational interview request', 'Meeting request (my version)', 'Meeting request (my version) 2']);
    expect((await resolveTemplate(db, copy.id))?.builtin).toBe(false);
    expect((await resolveTemplate(db, 'recap'))?.name).toBe('Thank-you recap');
  });

  test.each([
    ['de', 'Gesprächsanfrage (meine Fassung)', 'Gesprächsanfrage (meine Fassung) (Kopie)'],
    ['fr', 'Demande d’entretien (ma version)', 'Demande d’entretien (ma version) (copie)'],
    ['es', 'Solicitud de reunión (mi versión)', 'Solicitud de reunión (mi versión) (copia)'],
  ] as [TestLocale, string, string][])('under a %s interface a copy is named in that language', async (lang, mine, copied) => {
    setTestUiLocale(lang);
    // The Templates page names the built-in in the interface language before copying it.
    const copy = await duplicateTemplate(db, { ...BUILTIN_TEMPLATES[0], name: templateName(BUILTIN_TEMPLATES[0]) });
    expect(copy.name).toBe(mine);
    const again = await duplicateTemplate(db, { ...copy, builtin: false });
    expect(again.name).toBe(copied);
  });

  test('a broken edit is rejected with its line number and the last good version stays', async () => {
    const copy = await duplicateTemplate(db, BUILTIN_TEMPLATES[2]);
    await saveTemplateSource(db, copy.id, { subject: 'Thanks!', body: 'Hi {{managerFirstName}}' });
    await expect(saveTemplateSource(db, copy.id, { subject: 'Thanks!', body: 'Hi\n\n{{#takeaways}}\n- {{text}}' })).rejects.toThrow(/^Line 3: /);
    await expect(saveTemplateSource(db, copy.id, { subject: 'Thanks!', body: 'Hi\n{{manager}}' })).rejects.toMatchObject({ line: 2 });
    expect(await db.templates.get(copy.id)).toMatchObject({ subject: 'Thanks!', body: 'Hi {{managerFirstName}}' });
  });

  test('reset puts a copy back to the built-in text', async () => {
    const copy = await duplicateTemplate(db, BUILTIN_TEMPLATES[1]);
    await saveTemplateSource(db, copy.id, { subject: 'x', body: 'y' });
    await resetTemplate(db, copy.id);
    expect(await db.templates.get(copy.id)).toMatchObject({ subject: BUILTIN_TEMPLATES[1].subject, body: BUILTIN_TEMPLATES[1].body });
    const own = await createTemplate(db, { name: 'Mine', subject: 's', body: 'b' });
    await expect(resetTemplate(db, own.id)).rejects.toThrow(/Only a copy/);
  });

  test('rename checks the name; delete returns the template so Undo can restore it', async () => {
    const own = await createTemplate(db, { name: 'Mine', subject: 's', body: 'b' });
    await createTemplate(db, { name: 'Other', subject: 's', body: 'b' });
    await expect(renameTemplate(db, own.id, '  ')).rejects.toThrow(/name/);
    await expect(renameTemplate(db, own.id, 'agenda')).rejects.toThrow(/built-in/);
    await expect(renameTemplate(db, own.id, 'other')).rejects.toThrow(/already have/);
    await renameTemplate(db, own.id, '  Short follow-up ');
    expect((await db.templates.get(own.id))?.name).toBe('Short follow-up');
    const removed = await deleteTemplate(db, own.id);
    expect(await db.templates.get(own.id)).toBeUndefined();
    await restoreTemplate(db, removed!);
    expect((await db.templates.get(own.id))?.name).toBe('Short follow-up');
  });

  test('creating a broken template stores nothing', async () => {
    await expect(createTemplate(db, { name: 'Bad', subject: 's', body: '{{#goals}}' })).rejects.toThrow(/Line 1/);
    expect(await db.templates.count()).toBe(0);
  });
});
