import { describe, expect, test } from 'vitest';
import { newPlan } from '../../lib/plan/factory';
import { nextStep, STAGES, stageDone } from '../../lib/plan/progress';
import { recapDueAt, recapState } from '../../lib/plan/deadlines';
import { t } from '../../lib/i18n';

const now = new Date(2026, 10, 26, 12, 0);

describe('next step and progress', () => {
  test('an empty plan asks for the manager and company first', () => {
    const step = nextStep(newPlan(now), [], now, 'en-US');
    expect(step).toEqual({ stage: 'self-assessment', key: 'nextStepAddManager', subs: [], urgent: false });
    expect(t(step.key, ...step.subs)).toBe("Add your manager's name and your company");
  });

  test('after the meeting and before the 24-hour window closes, the recap is urgent with its deadline', () => {
    const plan = newPlan(now, { managerName: 'Dana', company: 'Acme', meetingAt: '2026-11-26T09:00' });
    expect(recapState(plan, now)).toBe('due');
    const step = nextStep(plan, [], now, 'en-US');
    expect(step.stage).toBe('recap');
    expect(step.urgent).toBe(true);
    expect(recapDueAt(plan)).toEqual(new Date(2026, 10, 27, 9, 30));
    expect(t(step.key, ...step.subs)).toMatch(/^Send the thank-you recap by Friday.*9:30/);
  });

  test('once the recap is sent, the next check-in comes three weeks after the meeting', () => {
    const plan = newPlan(now, {
      managerName: 'Dana', company: 'Acme', meetingAt: '2026-11-20T09:00',
      emailsSent: [{ kind: 'recap', templateId: 'recap', at: '2026-11-20T12:00:00.000Z', via: 'gmail' , status: 'sent' as const }],
    });
    const step = nextStep(plan, [], now, 'en-US');
    expect(step).toMatchObject({ stage: 'check-ins', key: 'nextStepCheckInAround', urgent: false });
    expect(t(step.key, ...step.subs)).toBe('Next check-in around Friday, Dec 11');
    expect(stageDone(plan).recap).toBe(true);
  });

  test('a stage counts only with real content: empty rows do not tick it', () => {
    const plan = newPlan(now, { managerName: 'Dana', company: 'Acme' });
    plan.selfAssessment.strengths = [{ id: 's', text: '  ' }];
    plan.paths = [{ id: 'p', role: '', moveType: 'lateral', qualifications: '', gaps: '', notes: '' }];
    plan.agenda = [1, 2, 3].map((n) => ({ id: `a${n}`, text: n === 1 ? 'My role' : ' ', section: 'other' as const }));
    plan.meeting.takeaways = [{ id: 't', text: '' }];
    plan.checkIns = [{ id: 'c', date: '2026-11-01', notes: '', progress: {} }];
    expect(Object.values(stageDone(plan)).some(Boolean)).toBe(false);
    plan.selfAssessment.strengths[0].text = 'Clear writing';
    plan.paths[0].role = 'Analytics engineer';
    expect(stageDone(plan)).toMatchObject({ 'self-assessment': true, 'career-paths': true });
  });

  test('the next-step hint walks the guide\'s order: reflect, research career paths, then goals', () => {
    const plan = newPlan(now, { managerName: 'Dana', company: 'Acme' });
    expect(nextStep(plan, [], now).key).toBe('nextStepReflect');
    plan.selfAssessment.vision = 'Lead a small analytics team';
    expect(nextStep(plan, [], now)).toMatchObject({ stage: 'career-paths', key: 'nextStepPaths' });
    expect(t('nextStepPaths')).toMatch(/career path/i);
    plan.paths = [{ id: 'p', role: 'Analytics engineer', moveType: 'lateral', qualifications: '', gaps: '', notes: '' }];
    expect(nextStep(plan, [], now)).toMatchObject({ stage: 'goals', key: 'nextStepGoals' });
  });

  test('a drafted recap is not a sent one: the recap stays due', () => {
    const plan = newPlan(now, {
      managerName: 'Dana', company: 'Acme', meetingAt: '2026-11-26T09:00',
      emailsSent: [{ kind: 'recap', templateId: 'recap', at: '2026-11-26T10:00:00.000Z', via: 'gmail', status: 'drafted' }],
    });
    expect(stageDone(plan).recap).toBe(false);
    expect(nextStep(plan, [], now)).toMatchObject({ stage: 'recap', urgent: true });
  });

  test('every stage has a name in the messages file', () => {
    expect(STAGES.map((s) => t(s.nameKey))).toEqual(['Self-assessment', 'Career paths', 'Goals and requests', 'Agenda', 'Meeting', 'Recap', 'Check-ins']);
  });
});
