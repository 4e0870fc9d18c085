import { describe, expect, test } from 'vitest';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '../../lib/templates';
import { localizedBuiltin, localizedBuiltinIds, resolveFormality } from '../../lib/templates/builtins-i18n';
import { emailLanguageOf } from '../../lib/templates/render';
import { newPlan } from '../../lib/plan/factory';
import type { Formality, Language } from '../../lib/plan/language';
import type { Plan } from '../../lib/plan/types';
import { fullPlan, NOW } from './templates-fixtures';

/**
 * The built-in emails in German, French and Spanish: each renders completely with a full
 * plan and with an empty one (placeholders in that language), in the polite and the
 * familiar form, with dates written the language's way.
 */

const LANGS = ['de', 'fr', 'es'] as const;
const FORMS: Formality[] = ['formal', 'informal'];
const byId = (id: string): TemplateDef => BUILTIN_TEMPLATES.find((t) => t.id === id)!;
const inLang = (plan: Plan, lang: Language, formality: Formality = 'formal'): Plan => ({ ...plan, emailLanguage: lang, formality });
const OPTS = { locale: 'en-US', now: NOW };

/** Words that show which language a text is in (none of them is used by the other three built-ins). */
const MARKERS: Record<(typeof LANGS)[number], RegExp> = {
  de: /Entwicklungsgespräch|Viele Grüße/,
  fr: /entretien de développement|Bonjour/,
  es: /conversación|Hola/,
};

/** Placeholders the empty plan must show, in the email's language. */
const EMPTY_PLACEHOLDERS: Record<(typeof LANGS)[number], string[]> = {
  de: ['[Name der Führungskraft]', '[Ihr Name]', '[Unternehmen]'],
  fr: ['[Nom du manager]', '[Votre nom]', '[Entreprise]'],
  es: ['[Nombre de tu responsable]', '[Tu nombre]', '[Empresa]'],
};

function expectClean(text: string) {
  expect(text).not.toMatch(/\{\{|\}\}|<<|>>|undefined|null|NaN|\[object/);
  // No English left from the view: owner phrases, status words, the agenda.
  expect(text).not.toMatch(/\b(?:will|by|not started yet|Everything we agreed|My current role|Manager's name|Your name)\b/);
}

describe.each(LANGS)('built-in emails in %s', (lang) => {
  test('every built-in is written in the language', () => {
    expect(localizedBuiltinIds(lang).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort());
  });

  describe.each(FORMS)('%s', (formality) => {
    test.each(BUILTIN_TEMPLATES.map((t) => [t.id]))('%s renders fully with a full plan', (id) => {
      const { plan, items } = fullPlan();
      const r = renderTemplate(byId(id), inLang(plan, lang, formality), items, OPTS);
      expectClean(r.subject);
      expectClean(r.text);
      expect(r.text).toMatch(MARKERS[lang]);
      expect(r.text).toContain('Sam Rivera');
      expect(r.missing).toEqual([]);
      expect(r.html).not.toMatch(/<<|\{\{/);
    });

    test.each(BUILTIN_TEMPLATES.map((t) => [t.id]))('%s renders with an empty plan, placeholders in the language', (id) => {
      const r = renderTemplate(byId(id), inLang(newPlan(NOW), lang, formality), [], OPTS);
      expectClean(r.subject);
      expectClean(r.text);
      expect(r.text).toContain(EMPTY_PLACEHOLDERS[lang][1]);
      expect(r.missing.length).toBeGreaterThan(0);
      for (const label of r.missing) expect(r.text + r.subject).toContain(`[${label}]`);
    });
  });

  test('the polite and the familiar forms differ', () => {
    const { plan, items } = fullPlan();
    for (const tpl of BUILTIN_TEMPLATES) {
      const formal = renderTemplate(tpl, inLang(plan, lang, 'formal'), items, OPTS).text;
      const informal = renderTemplate(tpl, inLang(plan, lang, 'informal'), items, OPTS).text;
      expect(formal).not.toBe(informal);
    }
  });

  test('the meeting request names the company and the missing fields in the language', () => {
    const r = renderTemplate(byId('meeting-request'), inLang(newPlan(NOW), lang), [], OPTS);
    expect(r.text).toContain(EMPTY_PLACEHOLDERS[lang][2]);
    expect(r.missing).toContain(EMPTY_PLACEHOLDERS[lang][0].slice(1, -1));
  });
});

describe('language-specific wording', () => {
  test('German: Sie by default, du when chosen, dates and next steps the German way', () => {
    const { plan, items } = fullPlan();
    const formal = renderTemplate(byId('recap'), inLang(plan, 'de'), items, OPTS);
    expect(formal.text).toContain('Hallo Ana Silva,');
    expect(formal.text).toContain('am Mittwoch, 12. März');
    expect(formal.text).toContain('Ich übernehme: Research the AWS certification, bis zum 20. März.');
    expect(formal.text).toContain('Sie übernehmen: Connect me with Priya for an informational interview, bis zum 15. März.');
    expect(formal.text).toContain('Priya Nair übernimmt: Share the design review calendar, bis zum 18. März.');
    expect(formal.subject).toBe('Danke – und eine Zusammenfassung unseres Entwicklungsgesprächs');
    const informal = renderTemplate(byId('recap'), inLang(plan, 'de', 'informal'), items, OPTS);
    expect(informal.text).toContain('Hallo Ana,');
    expect(informal.text).toContain('Du übernimmst:');
    expect(informal.text).toContain('vielen Dank für deine Zeit');
  });

  test('German meeting request: subject with the length in German', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('meeting-request'), inLang(plan, 'de'), items, OPTS);
    expect(r.subject).toBe('Entwicklungsgespräch: 45 Minuten in der kommenden Woche?');
    expect(r.text).toContain('hätten Sie in der kommenden Woche 45 Minuten Zeit');
  });

  test('French: vous / tu, no-break spaces before high punctuation, French dates', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('meeting-request'), inLang(plan, 'fr'), items, OPTS);
    expect(r.subject).toBe('Entretien de développement\u00a0: 45 minutes la semaine prochaine\u00a0?');
    expect(r.text).toContain('Pourriez-vous');
    expect(renderTemplate(byId('meeting-request'), inLang(plan, 'fr', 'informal'), items, OPTS).text).toContain('Pourrais-tu');
    const recap = renderTemplate(byId('recap'), inLang(plan, 'fr'), items, OPTS).text;
    expect(recap).toContain('du mercredi 12 mars');
    expect(recap).toContain('Je m’en charge\u00a0: Research the AWS certification, d’ici le 20 mars.');
  });

  test('Spanish: usted / tú, Spanish greeting and dates', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('check-in'), inLang(plan, 'es'), items, OPTS);
    expect(r.text.startsWith('Hola, Ana:')).toBe(true);
    expect(r.text).toContain('del miércoles, 12 de marzo');
    expect(r.text).toContain('acciones hechas: 1 de 3');
    expect(r.text).toContain('preferiría');
    expect(renderTemplate(byId('check-in'), inLang(plan, 'es', 'informal'), items, OPTS).text).toContain('preferirías');
    const recap = renderTemplate(byId('recap'), inLang(plan, 'es'), items, OPTS).text;
    expect(recap).toContain('Se encarga usted: Connect me with Priya for an informational interview, antes del 15 de marzo.');
  });
});

describe('which language an email is written in', () => {
  test('the plan’s choice wins; else the default (the interface language); else the locale’s language', () => {
    expect(emailLanguageOf({ emailLanguage: 'fr' }, { defaultLanguage: 'de', locale: 'es-ES' })).toBe('fr');
    expect(emailLanguageOf({}, { defaultLanguage: 'de', locale: 'es-ES' })).toBe('de');
    expect(emailLanguageOf(undefined, { locale: 'es-MX' })).toBe('es');
    expect(emailLanguageOf(undefined, { locale: 'pt-BR' })).toBe('en');
  });

  test('English plans keep the English built-ins exactly', () => {
    const { plan, items } = fullPlan();
    for (const tpl of BUILTIN_TEMPLATES) {
      expect(renderTemplate(tpl, inLang(plan, 'en'), items, OPTS)).toEqual(renderTemplate(tpl, plan, items, OPTS));
    }
  });

  test('own templates are never swapped for a translation', () => {
    const own: TemplateDef = { id: 'meeting-request-copy', name: 'Mine', subject: 'Hi {{managerFirstName}}', body: 'Mine', builtin: false };
    expect(renderTemplate(own, inLang(fullPlan().plan, 'de'), [], OPTS).subject).toBe('Hi Ana');
  });

  test('formality markers resolve to one side', () => {
    expect(resolveFormality('<<Sie|du>> und <<Ihnen|dir>>', 'formal')).toBe('Sie und Ihnen');
    expect(resolveFormality('<<Sie|du>> und <<Ihnen|dir>>', 'informal')).toBe('du und dir');
    expect(localizedBuiltin('meeting-request', 'en')).toBeUndefined();
  });
});
