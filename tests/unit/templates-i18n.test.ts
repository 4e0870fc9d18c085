import { describe, expect, test } from 'vitest';
import { checkTemplateName, checkTemplateSource, TemplateError, validateTemplate, renderTemplate, BUILTIN_TEMPLATES } from '../../lib/templates';
import { forLanguage } from '../../lib/templates/user-templates';
import { templateErrorText } from '../../lib/template-errors';
import { duplicateTemplate, resetTemplate, saveTemplateSource, setTemplateLanguage } from '../../lib/db/templates';
import { sourceFor } from '../../lib/templates/render';
import { newPlan } from '../../lib/plan/factory';
import { freshDb } from './db-helpers';
import { setTestUiLocale } from '../setup/locale';

/** Template-engine errors are message keys (worded in the interface language); own templates can be per language. */

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

describe('template errors through message keys', () => {
  test('a syntax error carries its key and values, and still an English message', () => {
    const r = validateTemplate({ subject: 'Hi', body: 'Goals:\n{{#goals}}\n- {{line}}' });
    expect(r).toMatchObject({ ok: false, line: 2, field: 'body', key: 'templateErrorUnclosedSection', subs: ['goals'] });
    expect(!r.ok && r.message).toBe('The section {{#goals}} is never closed: add {{/goals}} after it.');
  });

  test.each([
    ['en', 'Line 2: The section {{#goals}} is never closed: add {{/goals}} after it.'],
    ['de', 'Zeile 2: Der Abschnitt {{#goals}} wird nie geschlossen: Fügen Sie danach {{/goals}} ein.'],
    ['fr', 'Ligne 2\u00a0: La section {{#goals}} n’est jamais fermée\u00a0: ajoutez {{/goals}} après elle.'],
    ['es', 'Línea 2: La sección {{#goals}} no se cierra nunca: añade {{/goals}} después.'],
  ] as const)('%s: the editor and the menu word it in the interface language', (lang, expected) => {
    setTestUiLocale(lang);
    expect(templateErrorText(thrown(() => checkTemplateSource({ subject: 'Hi', body: 'Goals:\n{{#goals}}' })))).toBe(expected);
  });

  test('name and subject errors, and render errors from an own template', () => {
    setTestUiLocale('de');
    expect(templateErrorText(thrown(() => checkTemplateName('  ')))).toBe('Geben Sie der Vorlage einen Namen.');
    expect(templateErrorText(thrown(() => checkTemplateName('Meeting request')))).toBe('„Meeting request“ ist der Name einer integrierten Vorlage; wählen Sie einen anderen Namen.');
    expect(templateErrorText(thrown(() => checkTemplateSource({ subject: '{{nope}}', body: '' })))).toBe('Betreff: Unbekannte Variable {{nope}}. Wählen Sie eine aus der Liste der Variablen.');
    expect(templateErrorText(thrown(() => renderTemplate({ subject: 'x', body: '{{{myName}}}' }, undefined, [])))).toMatch(/^Zeile 1: \{\{\{myName\}\}\} und \{\{&myName\}\} sind nicht erlaubt/);
    expect(thrown(() => checkTemplateName(''))).toBeInstanceOf(TemplateError);
  });

  test('other errors keep their own message', () => {
    expect(templateErrorText(new Error('disk full'))).toBe('disk full');
  });
});

describe('own templates per language', () => {
  const own = (id: string, language?: 'de' | 'fr') => ({ id, name: id, subject: '', body: '', builtin: false, ...(language ? { language } : {}) });

  test('a plan is offered the built-ins, its language’s templates and the language-neutral ones', () => {
    const list = [...BUILTIN_TEMPLATES, own('neutral'), own('german', 'de'), own('french', 'fr')];
    expect(forLanguage(list, 'de').map((t) => t.id)).toEqual([...BUILTIN_TEMPLATES.map((t) => t.id), 'neutral', 'german']);
    expect(forLanguage(list, 'en').map((t) => t.id)).toEqual([...BUILTIN_TEMPLATES.map((t) => t.id), 'neutral']);
  });

  test('a duplicated built-in keeps the text and language it was copied in; reset goes back to that language', async () => {
    const db = freshDb();
    const builtin = BUILTIN_TEMPLATES.find((t) => t.id === 'agenda')!;
    const german = sourceFor(builtin, 'de', 'informal');
    const copy = await duplicateTemplate(db, { ...builtin, ...german, language: 'de' });
    expect(copy).toMatchObject({ language: 'de', basedOn: 'agenda', body: german.body });
    expect(copy.body).toContain('du dir am {{meetingWhen}} Zeit');
    await saveTemplateSource(db, copy.id, { subject: 'x', body: 'y' });
    await resetTemplate(db, copy.id, 'informal');
    expect((await db.templates.get(copy.id))!.body).toBe(german.body);
    await setTemplateLanguage(db, copy.id, undefined);
    expect((await db.templates.get(copy.id))!.language).toBeUndefined();
    // Rendering an own German template for a German plan uses it as written.
    const rendered = renderTemplate({ ...(await db.templates.get(copy.id))!, builtin: false }, { ...newPlan(), emailLanguage: 'de' }, []);
    expect(rendered.text).toContain('Hallo [Name der Führungskraft],');
  });
});
