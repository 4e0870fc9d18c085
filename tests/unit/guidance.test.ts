import { describe, expect, test } from 'vitest';
import { checkFraming, checkPlanGuidance, checkSpecificity, FRAMING_EXPLANATION_KEYS, type SpecificityIssue } from '../../lib/plan/guidance';
import { localeMessage } from '../setup/locale';
import { newEntry, newPlan } from '../../lib/plan/factory';
import type { GoalKind } from '../../lib/plan/types';

/** The issue's message, hint and suggestions as the English interface words them. */
const message = (issue: SpecificityIssue) =>
  [localeMessage('en', issue.messageKey, issue.messageSubs), issue.hintKey && localeMessage('en', issue.hintKey)].filter(Boolean).join(' ');
const suggestions = (issue: SpecificityIssue) => issue.suggestionKeys.map((k) => localeMessage('en', k));

const terms = (text: string) => checkFraming(text).map((i) => `${i.category}:${i.term.toLowerCase()}`);

describe('checkFraming: flags pay, promotion and performance-rating talk', () => {
  test.each([
    ['I want to discuss my salary', ['pay:salary']],
    ['Salaries across the team', ['pay:salaries']],
    ['Ask for a raise', ['pay:raise']],
    ['annual raises', ['pay:raises']],
    ['I deserve a raise in salary', ['pay:raise in salary']],
    ['Could we get the raise sorted?', ['pay:raise']],
    ['A pay rise next year', ['pay:pay rise']],
    ['A pay-rise next year', ['pay:pay-rise']],
    ['a pay bump', ['pay:pay bump']],
    ['my pay is below market', ['pay:pay']],
    ['Discuss pay.', ['pay:pay']],
    ['pay and benefits', ['pay:pay']],
    ['Total compensation', ['pay:compensation']],
    ['The bonus structure', ['pay:bonus']],
    ['I want to earn more', ['pay:earn more']],
    ['move to a better paid role', ['pay:better paid']],
    ['Talk about my promotion', ['promotion:promotion']],
    ['Please promote me to senior engineer', ['promotion:promote me']],
    ['I want to get promoted this year', ['promotion:get promoted']],
    ['My performance rating last cycle', ['review:performance rating']],
    ['the performance review score', ['review:performance review']],
    ['What went wrong in my year-end review', ['review:year-end review']],
    ['Go over my annual review', ['review:annual review']],
    ['My review score was low', ['review:review score']],
    ['Appraisal results', ['review:appraisal']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test('reports several categories in order of appearance, each term once', () => {
    const issues = checkFraming('Promotion, then salary and a raise. Salary again, and my performance rating.');
    expect(issues.map((i) => i.category)).toEqual(['promotion', 'pay', 'pay', 'review']);
    expect(issues.map((i) => i.term)).toEqual(['Promotion', 'salary', 'raise', 'performance rating']);
    expect(issues[1].index).toBe('Promotion, then '.length);
  });

  test('each issue carries an explanation that this conversation is about growth', () => {
    const [pay] = checkFraming('salary');
    const [promo] = checkFraming('promotion');
    const [review] = checkFraming('performance review');
    expect(pay.explanationKey).toBe(FRAMING_EXPLANATION_KEYS.pay);
    expect(localeMessage('en', pay.explanationKey)).toMatch(/grow/);
    expect(localeMessage('en', promo.explanationKey)).toMatch(/skills and experiences/);
    expect(localeMessage('en', review.explanationKey)).toMatch(/not a performance review/i);
    expect(localeMessage('en', review.explanationKey)).toMatch(/looks ahead|development/);
  });

  test.each([
    'Payment processing team',
    'Set up PayPal integration',
    'I would like the company to pay for the certification',
    'Pay attention to onboarding docs',
    'Hard work pays off',
    'Raise awareness of accessibility',
    'Raise a concern about on-call load',
    'I want to raise the issue of code review delays',
    'raise questions early',
    'A review of my current role',
    'Review my long-term interests',
    'Feedback on my strengths and areas to grow',
    'Marketing promotion campaign for the launch',
    'Self-promotion of the team’s work',
    'Bonus points if I can shadow the design team',
    'Lead a small project',
    'Prepaid cards product',
    'Repay technical debt in the billing service',
    'Performance tuning of the database',
    'A rating system for support tickets',
    '',
  ])('does not flag: %s', (text) => {
    expect(checkFraming(text)).toEqual([]);
  });
});

const goal = (text: string, request = '', kind: GoalKind = 'other') => ({ text, request, kind });

describe('checkSpecificity: vague goals without a concrete request', () => {
  test.each([
    'More leadership experience',
    'I want to grow',
    'Learn more',
    'Get better at Python',
    'More responsibility',
    'More visibility',
    'Develop my skills',
    'Take my career to the next level',
    'Professional development',
    'Move into management',
    'Explore different roles',
  ])('flags "%s"', (text) => {
    const issue = checkSpecificity(goal(text));
    expect(issue).toBeDefined();
    expect(issue!.vague.length).toBeGreaterThan(0);
    expect(text.toLowerCase()).toContain(issue!.vague.toLowerCase());
    expect(message(issue!)).toContain(issue!.vague);
    expect(issue!.suggestionKeys.length).toBeGreaterThanOrEqual(3);
  });

  test('reports the most telling phrase ("more leadership experience", not just "leadership")', () => {
    expect(checkSpecificity(goal('I would like more leadership experience'))!.vague).toBe('more leadership experience');
  });

  test('leadership goals get leadership suggestions: lead a small project, a mentor, shadowing', () => {
    const s = suggestions(checkSpecificity(goal('More leadership experience'))!).join('\n');
    expect(s).toMatch(/Lead a small project/);
    expect(s).toMatch(/mentor/);
    expect(s).toMatch(/Shadow a team lead/);
  });

  test('technical-skill goals get training and certification suggestions', () => {
    const s = suggestions(checkSpecificity(goal('Get better at cloud architecture'))!).join('\n');
    expect(s).toMatch(/training course/i);
    expect(s).toMatch(/certification/i);
  });

  test('other goals get the concrete forms from the guide', () => {
    const s = suggestions(checkSpecificity(goal('I want to grow'))!);
    expect(s).toEqual([
      'Lead a small, well-defined project',
      'Be paired with a mentor',
      'Earn a specific certification',
      'Get training in one named skill',
      'Shadow someone in another department',
    ]);
  });

  test('the goal kind adds a hint on what to name', () => {
    expect(message(checkSpecificity(goal('Develop my skills', '', 'certification'))!)).toMatch(/Name the certification/);
  });

  test('a vague goal with a concrete request is fine', () => {
    expect(checkSpecificity(goal('More leadership experience', 'Lead the Q3 billing migration', 'lead-project'))).toBeUndefined();
    expect(checkSpecificity(goal('Grow', 'AWS Solutions Architect certification by March', 'certification'))).toBeUndefined();
  });

  test('a vague request does not count as concrete', () => {
    expect(checkSpecificity(goal('More leadership experience', 'more responsibility'))).toBeDefined();
    expect(checkSpecificity(goal('', 'grow'))).toBeDefined();
  });

  test.each([
    goal('Lead the Q3 billing migration', '', 'lead-project'),
    goal('Shadow a product manager for two weeks', '', 'shadowing'),
    goal('Get the CKA certification before June', '', 'certification'),
    goal('Write the team’s onboarding guide'),
    goal('Become the team’s expert on the payments API'),
    goal(''),
  ])('does not flag a concrete or empty goal: %o', (g) => {
    expect(checkSpecificity(g)).toBeUndefined();
  });

  test('a one-word goal of a specific kind with no request asks for the request', () => {
    const issue = checkSpecificity(goal('Mentor', '', 'mentor'));
    expect(issue).toBeDefined();
    expect(issue!.vague).toBe('');
    expect(message(issue!)).toMatch(/what kind of mentor/);
  });
});

describe('checkPlanGuidance', () => {
  test('runs framing over goals and agenda, and specificity over goals', () => {
    const plan = newPlan(new Date('2025-01-01T00:00:00Z'));
    plan.goals = [
      { id: 'g1', kind: 'other', text: 'More leadership experience', request: '' },
      { id: 'g2', kind: 'lead-project', text: 'Lead the Q3 billing migration', request: 'Own the rollout plan' },
      { id: 'g3', kind: 'other', text: 'Talk about a raise', request: 'and a promotion to senior' },
    ];
    plan.agenda = [
      { id: 'a1', section: 'current-role', text: 'A review of my current role' },
      { id: 'a2', section: 'other', text: 'My performance rating' },
    ];
    const notes = checkPlanGuidance(plan);
    expect(notes.map((n) => [n.where, n.itemId, n.index])).toEqual([
      ['goal', 'g1', 0],
      ['goal', 'g3', 2],
      ['agenda', 'a2', 1],
    ]);
    expect(notes[0].specificity?.vague).toBe('More leadership experience');
    expect(notes[0].framing).toEqual([]);
    expect(notes[1].framing.map((f) => f.category)).toEqual(['pay', 'promotion']);
    expect(notes[2].framing[0].term).toBe('performance rating');
  });

  test('a clean plan has no notes', () => {
    const plan = newPlan();
    plan.goals = [{ id: 'g', kind: 'mentor', text: 'A mentor in data engineering', request: 'Pair me with Sam for monthly sessions' }];
    plan.agenda = [newEntry('Long-term interests') as never];
    expect(checkPlanGuidance(plan)).toEqual([]);
  });
});
