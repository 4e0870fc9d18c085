import type { ActionItem, Plan, Reminder, ReminderKind } from '../plan/types';
import { meetingEnd, meetingStart, nextCheckInAt, recapDueAt, recapReminderAt, wasSent } from '../plan/deadlines';
import { planLabel } from '../plan/factory';
import type { StageId } from '../plan/progress';

/**
 * Which reminders a plan should have right now. Pure: the service worker turns
 * these into rows of the `reminders` table and browser alarms (see reminders.ts).
 *
 * - recap: a few hours after the meeting, while the 24-hour window is open and no recap was sent;
 * - check-in: when the next check-in is due (cadence per plan), once a meeting was set;
 * - action-due: on the morning an open action item is due (for a few days after, if missed).
 * A plan with reminders turned off has none.
 */

const DAY = 86_400_000;
/** An action item's reminder still shows if the browser was closed on its due day, but not forever. */
export const ACTION_REMINDER_GRACE_DAYS = 3;
/** Hour of the morning a dated reminder fires (local time). */
export const MORNING_HOUR = 9;

export function reminderId(planId: string, kind: ReminderKind, ref = ''): string {
  return `${planId}:${kind}:${ref}`;
}

export function desiredReminders(plan: Plan, items: ActionItem[], now: number): Reminder[] {
  if (plan.reminders && plan.reminders.enabled === false) return [];
  const out: Reminder[] = [];

  const due = recapDueAt(plan);
  const remindAt = recapReminderAt(plan);
  if (due && remindAt && !wasSent(plan, 'recap') && now < due.getTime()) {
    out.push({ id: reminderId(plan.id, 'recap'), planId: plan.id, kind: 'recap', ref: '', fireAt: remindAt.getTime() });
  }

  if (meetingStart(plan) || plan.checkIns.length) {
    const next = nextCheckInAt(plan);
    if (next) out.push({ id: reminderId(plan.id, 'check-in'), planId: plan.id, kind: 'check-in', ref: '', fireAt: next.getTime() });
  }

  for (const item of items) {
    if (item.planId !== plan.id || item.status === 'done' || !item.text.trim()) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(item.due);
    if (!m) continue;
    const fireAt = new Date(+m[1], +m[2] - 1, +m[3], MORNING_HOUR, 0).getTime();
    if (Number.isNaN(fireAt) || now > fireAt + ACTION_REMINDER_GRACE_DAYS * DAY) continue;
    out.push({ id: reminderId(plan.id, 'action-due', item.id), planId: plan.id, kind: 'action-due', ref: item.id, fireAt });
  }
  return out;
}

export interface ReminderText {
  title: string;
  message: string;
  stage: StageId;
}

const time = (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
const dayTime = (d: Date) => d.toLocaleString(undefined, { weekday: 'long', hour: '2-digit', minute: '2-digit' });
const day = (iso: string) => new Date(`${iso}T12:00`).toLocaleDateString(undefined, { weekday: 'long', month: 'short', day: 'numeric' });

/** The words of a reminder, written when it fires so they reflect the plan as it is then. */
export function reminderText(reminder: Reminder, plan: Plan, item: ActionItem | undefined): ReminderText {
  const manager = plan.managerName.trim() || 'your manager';
  const label = planLabel(plan);
  switch (reminder.kind) {
    case 'recap': {
      const end = meetingEnd(plan);
      const due = recapDueAt(plan);
      return {
        title: 'Send your thank-you recap',
        message:
          `Your career conversation with ${manager}${end ? ` ended at ${time(end)}` : ''}. ` +
          `Thank them and list the action items with owners and dates${due ? ` before ${dayTime(due)}` : ' within 24 hours'}.`,
        stage: 'recap',
      };
    }
    case 'check-in':
      return {
        title: 'Time for a check-in',
        message: `It has been about ${plan.reminders?.checkInEveryDays || 21} days. Note your progress on each action item and send ${manager} a short update (${label}).`,
        stage: 'check-ins',
      };
    case 'action-due': {
      const who = !item ? '' : item.owner === 'me' ? 'you' : item.owner === 'manager' ? manager : item.ownerName.trim() || 'someone else';
      return {
        title: 'Action item due',
        message: item
          ? `"${item.text.trim()}" (${who}) is due ${day(item.due)}. Mark it done or note where it stands.`
          : 'An action item from your career conversation is due.',
        stage: 'check-ins',
      };
    }
  }
}
