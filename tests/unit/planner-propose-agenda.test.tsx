import { describe, expect, test } from 'vitest';
import { proposeAgenda } from '../../components/planner/propose-agenda';
import { routeFromHash } from '../../components/planner/routes';
import { newEntry, newPlan } from '../../lib/plan/factory';

describe('proposeAgenda', () => {
  test('builds current role, long-term interests, each goal request and a feedback request, in that order', () => {
    const plan = newPlan(new Date(), { currentRole: 'Backend engineer' });
    plan.selfAssessment.vision = 'Leading  a small\nplatform team';
    plan.selfAssessment.interests = [newEntry('Developer tooling'), newEntry('  '), newEntry('Mentoring')];
    plan.goals = [
      { id: 'g1', kind: 'lead-project', text: 'Leadership', request: 'Lead the Q3 billing migration' },
      { id: 'g2', kind: 'mentor', text: 'Find a mentor in design', request: '' },
      { id: 'g3', kind: 'other', text: ' ', request: '' },
    ];
    const agenda = proposeAgenda(plan);
    expect(agenda.map((a) => [a.section, a.text])).toEqual([
      ['current-role', 'My current role as Backend engineer: what is going well and what I have learned'],
      ['long-term', 'Where I would like to be in two to five years: Leading a small platform team'],
      ['long-term', 'Areas I am interested in exploring: Developer tooling, Mentoring'],
      ['goals', 'Lead the Q3 billing migration'],
      ['goals', 'Find a mentor in design'],
      ['feedback', 'Your feedback: where you see my strengths, and one area to develop for more impact'],
    ]);
    expect(new Set(agenda.map((a) => a.id)).size).toBe(agenda.length);
  });

  test('an empty plan still gets all four parts of the agenda', () => {
    const agenda = proposeAgenda(newPlan());
    expect(agenda.map((a) => a.section)).toEqual(['current-role', 'long-term', 'goals', 'feedback']);
    expect(agenda.every((a) => a.text.trim().length > 10)).toBe(true);
  });

  test('plan text is copied as plain text, never interpreted', () => {
    const plan = newPlan();
    plan.goals = [{ id: 'g', kind: 'other', text: '', request: '<b>Lead</b> {{x}}' }];
    expect(proposeAgenda(plan).find((a) => a.section === 'goals')!.text).toBe('<b>Lead</b> {{x}}');
  });
});

describe('routeFromHash', () => {
  test('maps every stage hash to its page and rejects unknown ones', () => {
    for (const id of ['self-assessment', 'career-paths', 'goals', 'agenda', 'meeting', 'recap', 'check-ins', 'templates', 'data']) {
      expect(routeFromHash(`#${id}`)).toBe(id);
    }
    expect(routeFromHash('#/Recap')).toBe('recap');
    expect(routeFromHash('')).toBeUndefined();
    expect(routeFromHash('#nope')).toBeUndefined();
    expect(routeFromHash('#%E0%A4%A')).toBeUndefined();
  });
});
