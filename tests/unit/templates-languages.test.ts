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
/** A check-in is written weeks after the meeting (the full plan's meeting is on March 12). */
const AFTER = { locale: 'en-US', now: new Date(2025, 3, 2, 9, 0) };
const optsFor = (id: string) => (id === 'check-in' ? AFTER : OPTS);

/** The full plan with a career path and someone to ask about it (the informational interview's fields). */
function fullPlanWithPath(): ReturnType<typeof fullPlan> {
  const { plan, items } = fullPlan();
  plan.paths = [{ id: 'p1', role: 'Staff engineer', moveType: 'vertical', qualifications: 'Leads cross-team designs', gaps: '', notes: '' }];
  plan.interviews = [{ id: 'i1', who: 'Lena Park', role: 'Staff engineer', date: '', learned: '' }];
  return { plan, items };
}

/** Words that show which language a text is in (none of them is used by the other three built-ins). */
const MARKERS: Record<(typeof LANGS)[number], RegExp> = {
  de: /Entwicklungsgespräch|[Vv]iele Grüße/,
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
  // Nor from issue 15's parts: the meeting time, the questions, the groups, the interval, the path's placeholders.
  expect(text).not.toMatch(/\b(?:at \d|a date we agree on|Which projects|Who would you suggest|thank you|weeks?|months?|Time since the meeting|Career path|Contact's name|What I would like to ask for|Long term)\b/);
}

describe.each(LANGS)('built-in emails in %s', (lang) => {
  test('every built-in is written in the language', () => {
    expect(localizedBuiltinIds(lang).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort());
  });

  describe.each(FORMS)('%s', (formality) => {
    test.each(BUILTIN_TEMPLATES.map((t) => [t.id]))('%s renders fully with a full plan', (id) => {
      const { plan, items } = fullPlanWithPath();
      const r = renderTemplate(byId(id), inLang(plan, lang, formality), items, optsFor(id));
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
    expect(informal.text).toContain('wie du meine Arbeit siehst');
  });

  test('German agenda, check-in and informational interview: the day with the time, the real interval, groups by status', () => {
    const { plan, items } = fullPlanWithPath();
    const agenda = renderTemplate(byId('agenda'), inLang(plan, 'de'), items, OPTS).text;
    expect(agenda).toContain('danke, dass Sie sich am Mittwoch, 12. März um 14:30 Zeit für unser Entwicklungsgespräch nehmen.');
    expect(agenda).toContain('Fragen, zu denen mich Ihre Sicht interessiert:');
    expect(agenda).toContain('Mit wem sollte ich Ihrer Meinung nach über die Rolle Staff engineer sprechen?');
    const checkIn = renderTemplate(byId('check-in'), inLang(plan, 'de', 'informal'), items, AFTER).text;
    expect(checkIn).toContain('unser Entwicklungsgespräch am Mittwoch, 12. März ist jetzt drei Wochen her');
    expect(checkIn).toContain('Erledigt:\n\n- Connect me with Priya for an informational interview (vielen Dank).');
    expect(checkIn).toContain('In Arbeit:\n\n- Research the AWS certification. Booked the exam for May.');
    expect(checkIn).toContain('Noch offen:\n\n- Share the design review calendar (Priya Nair).');
    const info = renderTemplate(byId('informational-interview'), inLang(plan, 'de'), items, OPTS);
    expect(info.subject).toBe('Eine Frage zur Rolle Staff engineer');
    expect(info.text).toContain('Hallo Lena,');
    expect(info.text).toContain('ich bin Sam Rivera, Backend engineer bei Northwind.');
    expect(info.text).toContain('Hätten Sie in den nächsten zwei Wochen 20 Minuten Zeit');
  });

  test('"a date we agree on" in each language, in the sentence and in {{due}}', () => {
    const { plan, items } = fullPlan();
    const undated = items.map((i, n) => (n === 0 ? { ...i, due: '' } : i));
    const choices = { keepGoals: [], omitGoals: [], goalText: {}, undated: 'agree' as const, keptAsIs: [] };
    const recap = (lang: Language) => renderTemplate(byId('recap'), inLang(plan, lang), undated, { ...OPTS, choices }).text;
    expect(recap('de')).toContain('Ich übernehme: Research the AWS certification, Termin nach Absprache.');
    expect(recap('fr')).toContain('Je m’en charge\u00a0: Research the AWS certification, à une date que nous fixerons ensemble.');
    expect(recap('es')).toContain('Me encargo yo: Research the AWS certification, en una fecha que acordemos.');
    expect(recap('en')).toContain('I will research the AWS certification by a date we agree on.');
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
    const checkIn = renderTemplate(byId('check-in'), inLang(plan, 'fr', 'informal'), items, AFTER).text;
    expect(checkIn).toContain('Cela fait trois semaines que nous avons eu notre entretien de développement, le mercredi 12 mars');
    expect(checkIn).toContain('Terminé\u00a0:\n\n- Connect me with Priya for an informational interview (merci).');
    expect(renderTemplate(byId('agenda'), inLang(plan, 'fr'), items, OPTS).text).toContain('du mercredi 12 mars à 14:30.');
  });

  test('Spanish: usted / tú, Spanish greeting and dates', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('check-in'), inLang(plan, 'es'), items, AFTER);
    expect(r.text.startsWith('Hola, Ana:')).toBe(true);
    expect(r.text).toContain('Hace tres semanas de nuestra conversación de desarrollo profesional del miércoles, 12 de marzo');
    expect(r.text).toContain('Hecho:\n\n- Connect me with Priya for an informational interview (gracias).');
    expect(r.text).toContain('preferiría');
    expect(renderTemplate(byId('check-in'), inLang(plan, 'es', 'informal'), items, AFTER).text).toContain('preferirías');
    const agenda = renderTemplate(byId('agenda'), inLang(plan, 'es'), items, OPTS).text;
    expect(agenda).toContain('del miércoles, 12 de marzo a las 14:30.');
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

describe('issue 15 parts in each language', () => {
  test('Spanish "e" before an i sound; French "d’" before a vowel; German keeps the capitals of nouns', () => {
    const { plan, items } = fullPlanWithPath();
    plan.selfAssessment.vision = '';
    plan.selfAssessment.interests = [{ id: 'x1', text: 'Programación' }, { id: 'x2', text: 'Inteligencia artificial' }];
    plan.currentRole = 'Ingénieure backend';
    const agendaOf = (lang: Language) => renderTemplate(byId('agenda'), { ...inLang(plan, lang), agenda: [] }, items, OPTS).text;
    expect(agendaOf('es')).toContain('Mis intereses a largo plazo: programación e inteligencia artificial');
    expect(agendaOf('fr')).toContain('Mon poste d’ingénieure backend\u00a0:');
    expect(agendaOf('de')).toContain('Meine langfristigen Interessen: Programación und Inteligencia artificial');
  });

  test('the check-in opens with the real interval, in each language', () => {
    const { plan, items } = fullPlan();
    const late = { locale: 'en-US', now: new Date(2025, 5, 20, 9, 0) };
    const text = (lang: Language) => renderTemplate(byId('check-in'), inLang(plan, lang), items, late).text;
    expect(text('en')).toContain('It has been three months since');
    expect(text('de')).toContain('ist jetzt drei Monate her');
    expect(text('fr')).toContain('Cela fait trois mois que');
    expect(text('es')).toContain('Hace tres meses de');
  });
});
