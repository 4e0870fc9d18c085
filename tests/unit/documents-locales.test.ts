import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { samplePlan } from './import-fixtures';
import { planToMarkdown } from '../../lib/io/markdown';
import { historyToMarkdown } from '../../lib/io/history-markdown';
import { buildMeetingIcs, inviteCutNote } from '../../lib/io/ics';
import { calendarLink, meetingEvent } from '../../lib/io/calendar-links';
import { newPlan } from '../../lib/plan/factory';
import type { Language } from '../../lib/plan/language';
import type { CycleRow, GoalStep } from '../../lib/plan/cycles';
import { localeMessage, sayIn, type TestLocale } from '../setup/locale';
import en from '../../public/_locales/en/messages.json';

/**
 * The documents CareerTalk writes besides emails: the Markdown export (the person's own notes:
 * interface language) and the calendar invite (goes to the manager: the plan's email language).
 * In German, French and Spanish neither holds English wording, and no label is a raw key.
 */

const LANGS: TestLocale[] = ['en', 'de', 'fr', 'es'];
const NOW = new Date('2025-05-01T12:00:00.000Z');

/** Every English message the Markdown export can use, split at its `$1`s: the pieces must not show in another language. */
function englishPieces(lang: TestLocale, keys: string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    const message = (en as Record<string, { message: string }>)[key].message;
    // The language's own message, placeholders kept: a piece it shares with English ("Qualifications") is its own word.
    const own = localeMessage(lang, key, ['$1', '$2', '$3']);
    for (const part of message.split(/\$\d/)) if (part.trim().length >= 4 && /[a-z]{3}/i.test(part) && !own.includes(part.trim())) out.add(part.trim());
  }
  return [...out];
}

/** A plan whose own text is neither English nor any message (so English found in the output comes from us). */
function neutralPlan() {
  const { plan, items } = samplePlan('Zyx');
  // Every field a person writes becomes "Qqq"; ids, kinds, dates and addresses stay as they are.
  const KEEP = /^(id|kind|section|moveType|owner|status|at|sentAt|createdAt|updatedAt|date|due|meetingAt|templateId|via|managerEmail|emailLanguage|formality)$/;
  const clean = JSON.parse(JSON.stringify(plan), (key, value) =>
    typeof value === 'string' && value.trim() && !KEEP.test(key) && !key.endsWith('Id') ? 'Qqq' : value,
  );
  clean.paths[0].sourceUrl = 'https://example.com/qqq';
  clean.paths[0].sourceTitle = 'Qqq';
  clean.interviews.push({ id: 'iv-2', who: '', role: '', date: '', learned: '' });
  clean.checkIns.push({ id: 'ci-2', date: '', notes: 'Qqq', progress: { gone: 'Qqq' } });
  clean.emailsSent.push({ kind: 'check-in', templateId: 'check-in', at: '2025-04-03T09:00:00.000Z', via: 'link', status: 'drafted' });
  const itemsClean = items.map((i) => ({ ...i, text: 'Qqq', ownerName: i.owner === 'other' ? '' : i.ownerName }));
  return { plan: { ...clean, managerName: '' }, items: itemsClean };
}

const MD_KEYS = Object.keys(en).filter(
  (k) =>
    k.startsWith('md') ||
    /^(stageGoalsKind(?!Label)|stageAgendaSection|historyCol|historyGoal(Carried|Reached|Current))/.test(k) ||
    ['printSheetMe', 'fieldCompany', 'historyColManager', 'fieldManagerEmail', 'stageNameMeeting', 'stageSelfTitle', 'stageSelfStrengths', 'stageSelfAreasToImprove', 'stageSelfInterests', 'stageSelfUnderusedSkills', 'stagePathsTitle', 'stagePathsMoveOtherFunction', 'stagePathsNotes', 'stagePathsInterviews', 'stageGoalsTitle', 'stageAgendaTitle', 'stageMeetingTakeaways', 'stageRecapActionItems', 'stageRecapOwnerOther', 'stageCheckInsTitle', 'plannerRouteHistory'].includes(k) ||
    /^templateName(MeetingRequest|Agenda|Recap|CheckIn)$/.test(k),
);

describe('the Markdown export speaks the interface language', () => {
  const { plan, items } = neutralPlan();
  const rows: CycleRow[] = [
    { planId: 'a', date: '2025-01-10', manager: 'Qqq', goals: ['Qqq'], onTime: 1, late: 0, dropped: 0, carried: 1, open: 0, finished: true },
    { planId: 'b', date: '2025-06-10', manager: 'Qqq', goals: ['Qqq'], onTime: 0, late: 0, dropped: 0, carried: 0, open: 1, finished: false },
  ];
  const paths: GoalStep[][] = [
    [
      { planId: 'a', date: '2025-01-10', goalId: 'g', text: 'Qqq', request: '', outcome: 'carried' },
      { planId: 'b', date: '2025-06-10', goalId: 'g', text: 'Qqq', request: '', outcome: 'current' },
    ],
  ];

  test.each(LANGS)('%s: every label worded, no English left', (lang) => {
    const say = sayIn(lang);
    const md = `${planToMarkdown(plan, items, say, NOW)}\n${historyToMarkdown(rows, paths, say)}`;
    // Every section shows (so every label was looked up) and nothing is a raw key.
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(11);
    expect(md).not.toMatch(/\b(md|stage|history|template|field|printSheet|plannerRoute)[A-Z]\w+/);
    expect(md).not.toMatch(/\$\d/);
    const leaks = englishPieces(lang, MD_KEYS).filter((piece) => md.includes(piece));
    expect(leaks).toEqual([]);
  });

  test('examples', () => {
    const de = planToMarkdown(plan, items, sayIn('de'), NOW);
    expect(de).toContain('_Plan für das Entwicklungsgespräch, aus CareerTalk exportiert am 2025-05-01._');
    expect(de).toContain('- [ ] Qqq: **Ich**, fällig am 2025-03-20 (in Arbeit)');
    expect(de).toContain('- [x] Qqq: **Jemand anderes**, ohne Termin');
    expect(de).toContain('- **Gespräch:** 2025-03-12 10:00 (30 Minuten)');
    expect(de).toContain('- Gesprächsanfrage: gesendet am 2025-03-02 08:05 UTC (gmail)');
    expect(de).toContain('- Zwischenstand: Entwurf vom 2025-04-03 09:00 UTC (link), noch nicht gesendet');
    const fr = planToMarkdown(plan, items, sayIn('fr'), NOW);
    expect(fr).toContain('- [ ] Qqq\u00a0: **Moi**, à faire pour le 2025-03-20 (en cours)');
    expect(fr).toContain('- **Entreprise\u00a0:** Qqq');
    expect(fr).toContain('### Qqq (Évolution verticale)');
    const es = historyToMarkdown(rows, paths, sayIn('es'));
    expect(es).toContain('| Ciclo | Fecha | Responsable | Objetivos |');
    expect(es).toContain('| 2 (actual) | 2025-06-10 |');
    expect(es).toContain('  - 2025-01-10: Qqq (trasladado)');
  });
});

describe("the calendar invite speaks the plan's email language", () => {
  const base = newPlan(new Date('2025-01-05T10:00:00Z'), {
    myName: 'Ada',
    managerName: 'Dana',
    managerEmail: 'dana@example.com',
    meetingAt: '2025-02-10T14:00',
    meetingMinutes: 45,
    agenda: [{ id: 'a1', section: 'goals', text: 'Qqq' }],
  });
  const EXPECTED: Record<Language, { summary: string; description: string }> = {
    en: { summary: 'Career development conversation: Ada and Dana', description: 'A 45-minute conversation about growth and development (not a performance review).\n\nAgenda:\n1. Qqq' },
    de: {
      summary: 'Entwicklungsgespräch: Ada und Dana',
      description: 'Ein Gespräch von 45 Minuten über berufliche Entwicklung und Wachstum (keine Leistungsbeurteilung).\n\nAgenda:\n1. Qqq',
    },
    fr: {
      summary: 'Entretien de développement de carrière\u00a0: Ada et Dana',
      description:
        'Un échange de 45\u00a0minutes sur l’évolution et le développement professionnels (et non une évaluation des performances).\n\nOrdre du jour\u00a0:\n1. Qqq',
    },
    es: {
      summary: 'Conversación de desarrollo profesional: Ada y Dana',
      description: 'Una conversación de 45 minutos sobre crecimiento y desarrollo profesional (no es una evaluación del desempeño).\n\nOrden del día:\n1. Qqq',
    },
  };

  test.each(Object.keys(EXPECTED) as Language[])('%s: .ics summary and description, and the web calendar event', (lang) => {
    const r = buildMeetingIcs({ ...base, emailLanguage: lang }, { timeZone: 'UTC', now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const event = new ICAL.Component(ICAL.parse(r.ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(EXPECTED[lang].summary);
    expect(event.getFirstPropertyValue('description')).toBe(EXPECTED[lang].description);
    const web = meetingEvent({ ...base, emailLanguage: lang }, { timeZone: 'UTC' });
    expect(web.ok && [web.event.title, web.event.description]).toEqual([EXPECTED[lang].summary, EXPECTED[lang].description]);
  });

  test('a web calendar event whose agenda is cut ends with a note in the same language', () => {
    const long = { ...base, emailLanguage: 'de' as const, agenda: Array.from({ length: 80 }, (_, i) => ({ id: `a${i}`, section: 'goals' as const, text: `Qqq ${i} `.repeat(8) })) };
    const web = meetingEvent(long, { timeZone: 'UTC' });
    if (!web.ok) throw new Error(JSON.stringify(web.error));
    const link = calendarLink('google', web.event, { cutNote: inviteCutNote('de'), maxLength: 1500 });
    expect(link.truncated).toBe(true);
    expect(decodeURIComponent(new URL(link.url).searchParams.get('details') ?? '')).toMatch(/\(Die Agenda ist länger: .*\)$/);
    for (const lang of ['de', 'fr', 'es'] as const) expect(inviteCutNote(lang)).not.toMatch(/agenda is longer|full version/i);
  });

  test('a plan without an email language follows the default given (the interface language)', () => {
    const { emailLanguage: _none, ...plan } = base;
    const r = buildMeetingIcs(plan, { timeZone: 'UTC', defaultLanguage: 'de' });
    expect(r.ok && r.ics).toContain('SUMMARY:Entwicklungsgespräch: Ada und Dana');
    const empty = buildMeetingIcs({ ...plan, myName: '', managerName: '' }, { timeZone: 'UTC', defaultLanguage: 'es' });
    expect(empty.ok && empty.ics).toContain('SUMMARY:Conversación de desarrollo profesional\r\n');
  });

  test.each(['de', 'fr', 'es'] as TestLocale[])('%s: why an invite cannot be made is said in the interface language', (lang) => {
    const r = buildMeetingIcs({ ...base, meetingAt: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = localeMessage(lang, r.error.key, (r.error.subs ?? []).map(String));
    expect(text).not.toBe('');
    expect(text).not.toContain(localeMessage('en', r.error.key));
  });
});
