import { describe, expect, test } from 'vitest';
import { newPlan } from '../../lib/plan/factory';
import { draftRecord, emailState, lastSent, markSent, unconfirmedDraft, wasSent } from '../../lib/plan/emails';
import { recapState } from '../../lib/plan/deadlines';
import { stageDone } from '../../lib/plan/progress';

describe('drafted is not sent', () => {
  test('a drafted recap leaves the recap due; marking that draft sent completes it', () => {
    const plan = newPlan(new Date('2026-03-01T00:00:00Z'), { meetingAt: '2026-03-10T14:00' });
    const afterMeeting = new Date(2026, 2, 10, 16, 0);
    const draft = draftRecord('recap', 'recap', 'gmail', afterMeeting);
    plan.emailsSent.push(draft);
    expect(emailState(plan, 'recap')).toBe('drafted');
    expect(wasSent(plan, 'recap')).toBe(false);
    expect(recapState(plan, afterMeeting)).toBe('due');
    expect(stageDone(plan).recap).toBe(false);
    expect(unconfirmedDraft(plan)).toBe('recap');

    expect(markSent(plan, { draftId: draft.id! }, afterMeeting)).toBe(true);
    expect(wasSent(plan, 'recap')).toBe(true);
    expect(recapState(plan, afterMeeting)).toBe('sent');
    expect(stageDone(plan).recap).toBe(true);
    expect(lastSent(plan, 'recap')?.sentAt).toBe(afterMeeting.toISOString());
    expect(unconfirmedDraft(plan)).toBeUndefined();
    // Reporting the same send twice changes nothing.
    expect(markSent(plan, { draftId: draft.id! })).toBe(false);
  });

  test('the person confirming marks the latest draft of that kind, or records one when there was none', () => {
    const plan = newPlan();
    plan.emailsSent.push(draftRecord('agenda', 'agenda', 'clipboard'), draftRecord('agenda', 'agenda', 'gmail'));
    expect(markSent(plan, { kind: 'agenda' })).toBe(true);
    expect(plan.emailsSent.map((e) => e.status)).toEqual(['drafted', 'sent']);
    expect(markSent(plan, { kind: 'agenda' })).toBe(false);

    expect(markSent(plan, { kind: 'check-in' })).toBe(true);
    expect(plan.emailsSent.at(-1)).toMatchObject({ kind: 'check-in', via: 'confirmed', status: 'sent' });
  });

  test('an unknown draft id changes nothing', () => {
    const plan = newPlan();
    plan.emailsSent.push(draftRecord('recap', 'recap', 'outlook'));
    expect(markSent(plan, { draftId: 'not-ours' })).toBe(false);
    expect(emailState(plan, 'recap')).toBe('drafted');
    expect(emailState(plan, 'agenda')).toBe('none');
  });
});
