import { describe, expect, test } from 'vitest';
import { builtinTemplate, renderTemplate } from '../../lib/templates';
import { applyFix, NO_CHOICES, reviewEmail, wordFindings } from '../../lib/templates/review';
import { agendaWithoutLeftOut, planForInvite } from '../../lib/plan/agenda-proposal';
import { buildMeetingIcs, meetingDescription } from '../../lib/io/ics';
import { validateExportFile } from '../../lib/io/validate-export';
import { buildExportFile } from '../../lib/io/export';
import { tm, t } from '../../lib/i18n';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import type { Plan } from '../../lib/plan/types';
import { GOLDEN_PLANS } from '../golden/plans';

/**
 * The review wherever an email leaves CareerTalk: in the email's own language, in the invite's
 * agenda (a typed line that carries a left-out goal goes with it), and remembered through an
 * export and import.
 */

const analyst = GOLDEN_PLANS.find((g) => g.name === 'data-analyst')!;

/** Issue 15's plan written in German: a raise goal, a vague goal, a concrete one, an undated item. */
function germanPlan() {
  const plan = newPlan(new Date(2026, 2, 2, 9, 0), {
    myName: 'Dana Ortiz',
    managerName: 'Priya Shah',
    company: 'Acme Logistik',
    currentRole: 'Datenanalystin',
    meetingAt: '2026-03-10T14:00',
    emailLanguage: 'de',
    goals: [
      { id: 'g-raise', kind: 'other', text: 'Eine Gehaltserhöhung für die zusätzliche Reporting-Arbeit', request: '' },
      { id: 'g-vague', kind: 'other', text: 'Mehr Führungserfahrung sammeln', request: '' },
      { id: 'g-forecast', kind: 'lead-project', text: 'Eine Prognose verantworten', request: 'Die Aktualisierung der Q3-Bedarfsprognose leiten' },
    ],
  });
  const items = [newActionItem(plan.id, 0, { text: 'Für den SQL-Kurs anmelden', owner: 'me', due: '' })];
  return { plan, items };
}
const OPTS = { locale: 'de-DE', now: new Date(2026, 2, 31, 10, 0) };

describe('the review in the email language', () => {
  test('German: the flagged goals are left out of the Agenda email and said so; German placeholders and fix wording', () => {
    const { plan, items } = germanPlan();
    const agenda = renderTemplate(builtinTemplate('agenda')!, plan, items, OPTS);
    expect(agenda.text).toContain('am Dienstag, 10. März um 14:00');
    expect(agenda.text).toContain('Worum ich bitten möchte: Die Aktualisierung der Q3-Bedarfsprognose leiten');
    expect(agenda.text).not.toMatch(/Gehaltserhöhung|Führungserfahrung/);
    const findings = reviewEmail(agenda, plan, items, NO_CHOICES, { lang: 'de' });
    expect(findings.filter((f) => f.kind === 'left-out').map((f) => f.subs[0])).toEqual([
      'Eine Gehaltserhöhung für die zusätzliche Reporting-Arbeit',
      'Mehr Führungserfahrung sammeln',
    ]);

    const recap = renderTemplate(builtinTemplate('recap')!, plan, items, OPTS);
    expect(recap.text).toContain('Ich übernehme: Für den SQL-Kurs anmelden, bis zum [Fälligkeitsdatum].');
    const noDate = reviewEmail(recap, plan, items, NO_CHOICES, { lang: 'de' }).find((f) => f.kind === 'no-date')!;
    expect(noDate.subs).toEqual(['Für den SQL-Kurs anmelden', '[Fälligkeitsdatum]']);
    // Worded in the interface language (English here), quoting the email's own words.
    const [worded] = wordFindings([noDate], (key, ...subs) => t(key, ...subs));
    expect(worded.text).toBe('“Für den SQL-Kurs anmelden” has no due date, so the email says “[Fälligkeitsdatum]”.');
    expect(worded.fixes.map((f) => f.label)).toEqual(['Pick a date', 'Write “nach Absprache”', 'Keep as is']);
    const agreed = applyFix(NO_CHOICES, noDate.fixes[1].fix);
    expect(renderTemplate(builtinTemplate('recap')!, plan, items, { ...OPTS, choices: agreed }).text).toContain('Ich übernehme: Für den SQL-Kurs anmelden, Termin nach Absprache.');
  });

  test('German framing words in a kept goal are found by the German rules; vague forms are offered only with a wording for them', () => {
    const { plan, items } = germanPlan();
    const kept = applyFix(applyFix(NO_CHOICES, { type: 'keep-goal', goalId: 'g-raise' }), { type: 'keep-goal', goalId: 'g-vague' });
    const r = renderTemplate(builtinTemplate('agenda')!, plan, items, { ...OPTS, choices: kept });
    const findings = reviewEmail(r, plan, items, kept, { lang: 'de' });
    const framing = findings.find((f) => f.kind === 'framing')!;
    expect(framing.key).toBe('reviewFindingPay');
    expect(framing.fixes[0].fix).toEqual({ type: 'omit-goal', goalId: 'g-raise' });
    // No wording in the email's language for the concrete forms: only "leave out" and "keep as is".
    const vague = findings.find((f) => f.kind === 'vague')!;
    expect(vague.fixes.map((f) => f.fix.type)).toEqual(['omit-goal', 'keep-as-is']);
  });
});

describe('the invite follows the Agenda email', () => {
  /** An agenda typed (or proposed by an older version) with the raise as its own line. */
  const typed = (): Plan => ({
    ...analyst.plan,
    agenda: [
      { id: 'a1', section: 'current-role', text: 'My role as data analyst' },
      { id: 'a2', section: 'goals', text: 'Pay that reflects my wider scope: Get a raise this year to reflect the extra reporting work' },
      { id: 'a3', section: 'goals', text: 'Lead the Q3 demand forecast refresh' },
    ],
  });

  test('a typed line carrying a left-out goal leaves the email and the .ics with it; keeping the goal brings it back', () => {
    const plan = typed();
    const email = renderTemplate(builtinTemplate('agenda')!, plan, analyst.items, { locale: 'en-US', now: analyst.now });
    expect(email.text).not.toMatch(/raise/i);
    expect(email.text).toContain('- Lead the Q3 demand forecast refresh');

    const ics = buildMeetingIcs(planForInvite(plan), { timeZone: 'UTC', now: analyst.now });
    expect(ics.ok && ics.ics).not.toMatch(/raise/i);
    expect(meetingDescription(planForInvite(plan), 30)).toContain('Lead the Q3 demand forecast refresh');

    const kept = { ...plan, emailChoices: { agenda: applyFix(NO_CHOICES, { type: 'keep-goal', goalId: 'g-raise' }) } };
    expect(meetingDescription(planForInvite(kept), 30)).toMatch(/Get a raise/);
  });

  test('a short vague goal ("Grow") never takes an agenda line with it', () => {
    const goals = [{ id: 'g', kind: 'other' as const, text: 'Grow', request: '' }];
    const agenda = [{ text: 'My role: what is going well and where I want to grow' }];
    expect(agendaWithoutLeftOut(agenda, goals, undefined)).toEqual(agenda);
  });
});

describe('review choices in an export', () => {
  const file = (emailChoices: unknown) => {
    const f = buildExportFile({ plans: [{ ...analyst.plan, emailChoices } as Plan], actionItems: analyst.items, templates: [] } as never, analyst.now);
    return JSON.parse(JSON.stringify(f));
  };

  test('valid choices come back as they were', () => {
    const choices = { agenda: applyFix(NO_CHOICES, { type: 'keep-goal', goalId: 'g-vague' }), recap: { ...NO_CHOICES, undated: 'agree' } };
    const r = validateExportFile(file(choices));
    expect(r.ok && r.value.plans[0].emailChoices).toEqual(choices);
  });

  test('bad choices are refused with a message that names the field', () => {
    const r = validateExportFile(file({ recap: { ...NO_CHOICES, undated: 'never', keepGoals: 'g-raise' } }));
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.errors.map((e) => tm(e)).join('\n');
    expect(text).toContain('plans[0].emailChoices.recap.keepGoals');
    expect(text).toContain('plans[0].emailChoices.recap.undated');
    expect(validateExportFile(file({ __proto__x: 1, constructor: NO_CHOICES })).ok).toBe(false);
  });
});

describe('the printed meeting sheet follows the Agenda email', () => {
  test('the raise and the vague goal stay off the sheet unless kept in the review', async () => {
    const { render } = await import('preact');
    const { h } = await import('preact');
    const { MeetingSheet } = await import('../../components/meeting/PrintMeetingSheet');
    const host = document.createElement('div');
    render(h(MeetingSheet, { plan: analyst.plan }), host);
    expect(host.textContent).toContain('Lead the Q3 demand forecast refresh');
    expect(host.textContent).not.toMatch(/raise|leadership experience/i);
    const kept = { ...analyst.plan, emailChoices: { agenda: applyFix(NO_CHOICES, { type: 'keep-goal', goalId: 'g-vague' }) } };
    render(h(MeetingSheet, { plan: kept }), host);
    expect(host.textContent).toContain('Get more leadership experience');
    expect(host.textContent).not.toMatch(/raise/i);
  });
});
