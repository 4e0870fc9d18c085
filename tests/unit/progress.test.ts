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

  test('every stage has a name in the messages file', () => {
    expect(STAGES.map((s) => t(s.nameKey))).toEqual(['Self-assessment', 'Career paths', 'Goals and requests', 'Agenda', 'Meeting', 'Recap', 'Check-ins']);
  });
});
