import { describe, expect, test } from 'vitest';
import { proposeAgenda } from '../../components/planner/propose-agenda';
import { routeFromHash } from '../../components/planner/routes';
import { newEntry, newPlan } from '../../lib/plan/factory';

describe('proposeAgenda', () => {
  test('the guide\'s four parts: current role, long-term interests, the goals\' requests in one line, feedback', () => {
    const plan = newPlan(new Date(), { currentRole: 'Backend engineer' });
    plan.selfAssessment.vision = 'Leading  a small\nplatform team.';
    plan.selfAssessment.interests = [newEntry('Developer tooling'), newEntry('  '), newEntry('Mentoring')];
    plan.goals = [
      { id: 'g1', kind: 'lead-project', text: 'Leadership', request: 'Lead the Q3 billing migration' },
      { id: 'g2', kind: 'mentor', text: 'A mentor in API design', request: 'Be paired with a mentor in API design for three months' },
      { id: 'g3', kind: 'other', text: ' ', request: '' },
      { id: 'g4', kind: 'lead-project', text: 'Lead the Q3 billing migration.', request: '' },
    ];
    const { items, leftOut } = proposeAgenda(plan);
    expect(items.map((a) => [a.section, a.text])).toEqual([
      ['current-role', 'My current role as Backend engineer: what is going well and what I have learned'],
      ['long-term', 'My long-term interests (developer tooling and mentoring) and where I would like to be in two to five years: leading a small platform team'],
      ['goals', 'My development goals and what I would like to ask for: lead the Q3 billing migration and be paired with a mentor in API design for three months'],
      ['feedback', 'Your feedback: where you see my strengths, and one area to develop for more impact'],
    ]);
    expect(leftOut).toEqual([]);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  test('goals about pay or promotion, and vague goals, are left out and reported with why', () => {
    const plan = newPlan(new Date(), { currentRole: 'Data analyst' });
    plan.goals = [
      { id: 'raise', kind: 'other', text: 'Get a raise this year to reflect the extra reporting work', request: '' },
      { id: 'vague', kind: 'other', text: 'Get more leadership experience', request: '' },
      { id: 'ok', kind: 'lead-project', text: 'Own a forecast end to end', request: 'Lead the Q3 forecast refresh' },
    ];
    const { items, leftOut } = proposeAgenda(plan);
    expect(items).toHaveLength(4);
    const text = items.map((a) => a.text).join('\n');
    expect(text).toContain('lead the Q3 forecast refresh');
    expect(text).not.toMatch(/raise|leadership experience/i);
    expect(leftOut.map((l) => [l.goal.id, l.flags])).toEqual([['raise', ['pay']], ['vague', ['vague']]]);
  });

  test('an empty plan still gets all four parts of the agenda', () => {
    const { items } = proposeAgenda(newPlan());
    expect(items.map((a) => a.section)).toEqual(['current-role', 'long-term', 'goals', 'feedback']);
    expect(items.every((a) => a.text.trim().length > 10)).toBe(true);
  });

  test('written in the plan\'s email language and formality, not the interface\'s (English here)', () => {
    const plan = newPlan(new Date(), { currentRole: 'Datenanalystin', emailLanguage: 'de', formality: 'formal' });
    plan.selfAssessment.vision = 'Ein kleines Analytics-Team leiten.';
    plan.goals = [{ id: 'g1', kind: 'lead-project', text: 'Projekte leiten', request: 'Das Churn-Dashboard-Projekt im ersten Quartal leiten' }];
    expect(proposeAgenda(plan).items.map((a) => a.text)).toEqual([
      'Meine aktuelle Rolle als Datenanalystin: was gut läuft und was ich gelernt habe',
      'Wo ich in zwei bis fünf Jahren stehen möchte: Ein kleines Analytics-Team leiten',
      'Meine Entwicklungsziele und worum ich Sie bitten möchte: Das Churn-Dashboard-Projekt im ersten Quartal leiten',
      'Ihr Feedback: wo Sie meine Stärken sehen und ein Bereich, in dem ich wirksamer werden kann',
    ]);
    const du = proposeAgenda({ ...plan, formality: 'informal', goals: [] }).items.map((a) => a.text);
    expect(du.slice(2)).toEqual([
      'Meine Entwicklungsziele und wie du mich dabei unterstützen könntest',
      'Dein Feedback: wo du meine Stärken siehst und ein Bereich, in dem ich wirksamer werden kann',
    ]);
    const usted = proposeAgenda({ ...plan, emailLanguage: 'es', formality: 'formal', goals: [] }).items.at(-1)!.text;
    expect(usted).toBe('Su opinión: dónde ve mis puntos fuertes y un área que desarrollar para tener más impacto');
    const tu = proposeAgenda({ ...plan, emailLanguage: 'fr', formality: 'informal', goals: [] }).items.at(-1)!.text;
    expect(tu).toBe('Ton retour\u00a0: où tu vois mes points forts, et un axe à développer pour gagner en impact');
  });

  test('plan text is copied as plain text, never interpreted', () => {
    const plan = newPlan();
    plan.goals = [{ id: 'g', kind: 'other', text: '', request: '<b>Lead</b> {{x}} for the whole team' }];
    expect(proposeAgenda(plan).items.find((a) => a.section === 'goals')!.text).toContain('<b>Lead</b> {{x}}');
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
