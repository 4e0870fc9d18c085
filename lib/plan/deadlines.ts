import type { ActionItem, Plan } from './types';
import { wasSent } from './emails';

/** The guide: send the thank-you recap within 24 hours of the meeting. */
export const RECAP_WINDOW_HOURS = 24;
/** Remind a few hours after the meeting, well before the window closes. */
export const RECAP_REMINDER_AFTER_HOURS = 3;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Parses the plan's `YYYY-MM-DDTHH:mm` (local time) meeting; undefined when unset or invalid. */
export function meetingStart(plan: Pick<Plan, 'meetingAt'>): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(plan.meetingAt ?? '');
  if (!m) return undefined;
  const d = new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 9, m[5] ? +m[5] : 0);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function meetingEnd(plan: Pick<Plan, 'meetingAt' | 'meetingMinutes'>): Date | undefined {
  const start = meetingStart(plan);
  return start && new Date(start.getTime() + (plan.meetingMinutes || 30) * 60_000);
}

/** The recap is due 24 hours after the meeting ends. */
export function recapDueAt(plan: Pick<Plan, 'meetingAt' | 'meetingMinutes'>): Date | undefined {
  const end = meetingEnd(plan);
  return end && new Date(end.getTime() + RECAP_WINDOW_HOURS * HOUR);
}

export function recapReminderAt(plan: Pick<Plan, 'meetingAt' | 'meetingMinutes'>): Date | undefined {
  const end = meetingEnd(plan);
  return end && new Date(end.getTime() + RECAP_REMINDER_AFTER_HOURS * HOUR);
}

/** Only a sent email counts (a draft does not): see emails.ts. */
export { wasSent } from './emails';

/** The next check-in: cadence days after the last check-in, or after the meeting when there was none. */
export function nextCheckInAt(plan: Pick<Plan, 'meetingAt' | 'meetingMinutes' | 'checkIns' | 'reminders'>): Date | undefined {
  const every = Math.max(1, plan.reminders?.checkInEveryDays || 21) * DAY;
  const dates = plan.checkIns.map((c) => (c.date ? new Date(`${c.date}T09:00`).getTime() : NaN)).filter((t) => !Number.isNaN(t));
  if (dates.length) return new Date(Math.max(...dates) + every);
  const end = meetingEnd(plan);
  if (!end) return undefined;
  const due = new Date(end.getTime() + every);
  due.setHours(9, 0, 0, 0);
  return due;
}

export type RecapState = 'no-meeting' | 'before-meeting' | 'due' | 'overdue' | 'sent';

export function recapState(plan: Plan, now: Date = new Date()): RecapState {
  if (wasSent(plan, 'recap')) return 'sent';
  const end = meetingEnd(plan);
  const due = recapDueAt(plan);
  if (!end || !due) return 'no-meeting';
  if (now < end) return 'before-meeting';
  return now <= due ? 'due' : 'overdue';
}

/** Open action items whose due date (end of that day) has passed. */
export function overdueActionItems(items: ActionItem[], now: Date = new Date()): ActionItem[] {
  return items.filter((i) => i.status !== 'done' && i.due && new Date(`${i.due}T23:59:59`) < now);
}
