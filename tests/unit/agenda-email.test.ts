import { describe, expect, test } from 'vitest';
import { builtinTemplate, renderTemplate } from '../../lib/templates';
import { agendaParts } from '../../lib/plan/agenda-proposal';
import { checkFraming } from '../../lib/plan/guidance';
import { GOLDEN_PLANS } from '../golden/plans';

/** The plan of issue 15: a raise goal, a vague goal, a concrete goal, an action item without a date. */
const analyst = GOLDEN_PLANS.find((g) => g.name === 'data-analyst')!;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the Agenda email a manager is glad to receive', () => {
  test('the proposed agenda leaves the flagged goals out by default, keeps the concrete one, each goal once', () => {
    const parts = agendaParts(analyst.plan);
    expect(parts.requests).toEqual(['Lead the Q3 demand forecast refresh']);
    expect(parts.leftOut.map((l) => [l.goal.id, l.flags])).toEqual([['g-raise', ['pay']], ['g-vague', ['vague']]]);
    // Kept on purpose: it comes back.
    expect(agendaParts(analyst.plan, ['g-vague']).requests).toEqual(['Get more leadership experience', 'Lead the Q3 demand forecast refresh']);
  });

  test('at most 140 words, says the day and time, never repeats a goal, has no pay words', () => {
    const r = renderTemplate(builtinTemplate('agenda')!, analyst.plan, analyst.items, { locale: 'en-US', now: analyst.now });
    expect(words(r.text)).toBeLessThanOrEqual(140);
    expect(r.text).toContain('Tuesday, March 10 at 2:00 PM');
    expect(r.text.match(/forecast refresh/g)).toHaveLength(1);
    expect(r.text).not.toMatch(/raise|leadership experience/i);
    expect(checkFraming(`${r.subject}\n${r.text}`)).toEqual([]);
    // Feedback is asked for once, and there are two or three questions.
    expect(r.text.match(/feedback/gi)).toHaveLength(1);
    const questions = r.text.split('Questions I would like your view on:')[1].split('\n').filter((l) => l.startsWith('- '));
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.length).toBeLessThanOrEqual(3);
    expect(r.missing).toEqual([]);
  });

  test('a sentence typed by the person is not glued on with a stray capital', () => {
    const r = renderTemplate(builtinTemplate('agenda')!, analyst.plan, analyst.items, { locale: 'en-US', now: analyst.now });
    expect(r.text).toContain('Long term: in 2–3 years I lead a small analytics team (my interests: forecasting and data engineering)');
    expect(r.text).not.toMatch(/: In 2/);
  });
});
