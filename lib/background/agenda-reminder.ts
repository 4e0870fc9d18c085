import { wasSent } from '../plan/emails';
import { zonedToUtc } from '../io/ics';
import type { Plan } from '../plan/types';

/**
 * When to remind the person to send the agenda. The guide: send it beforehand so the
 * manager can prepare. Two working days before the meeting (Monday to Friday), at the
 * morning hour, in the person's time zone; when that moment has already passed but the
 * meeting has not, the reminder is due at once (its time stays the computed one, so a
 * rebuild of the reminders never re-arms it). Pure: no clock, no browser.
 */

/** Working days between the reminder and the meeting. */
export const AGENDA_WORKING_DAYS_BEFORE = 2;
/** Local hour the reminder fires on its day. */
export const AGENDA_REMINDER_HOUR = 9;

/**
 * Whether the Agenda email counts as sent: really sent (the compose's Send, or the person
 * confirmed it), not merely drafted. The one place the agenda reminder asks.
 */
export function agendaWasSent(plan: Pick<Plan, 'emailsSent'>): boolean {
  return wasSent(plan, 'agenda');
}

interface WallDate {
  y: number;
  mo: number;
  d: number;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** The calendar date `count` working days (Mon–Fri) before the given date. Calendar arithmetic only. */
export function workingDaysBefore(date: WallDate, count: number): WallDate {
  const t = new Date(Date.UTC(date.y, date.mo - 1, date.d));
  let left = count;
  while (left > 0) {
    t.setUTCDate(t.getUTCDate() - 1);
    const day = t.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export interface AgendaReminderOptions {
  /** IANA zone the meeting's wall time is in; defaults to this browser's zone. */
  timeZone?: string;
}

/**
 * The instant the agenda reminder is due, or undefined when there should be none:
 * no valid meeting date, the meeting has started, the agenda was sent, or reminders are off.
 */
export function agendaReminderAt(
  plan: Pick<Plan, 'meetingAt' | 'emailsSent' | 'reminders'>,
  now: number,
  options: AgendaReminderOptions = {},
): number | undefined {
  if (plan.reminders && plan.reminders.enabled === false) return undefined;
  if (agendaWasSent(plan)) return undefined;
  const m = WALL.exec(plan.meetingAt ?? '');
  if (!m) return undefined;
  const wall = { y: +m[1], mo: +m[2], d: +m[3], h: m[4] ? +m[4] : 9, mi: m[5] ? +m[5] : 0 };
  if (wall.mo < 1 || wall.mo > 12 || wall.d < 1 || wall.d > 31 || wall.h > 23 || wall.mi > 59) return undefined;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  let start: number;
  let fireAt: number;
  try {
    start = zonedToUtc(wall, timeZone);
    const day = workingDaysBefore(wall, AGENDA_WORKING_DAYS_BEFORE);
    fireAt = zonedToUtc({ ...day, h: AGENDA_REMINDER_HOUR, mi: 0 }, timeZone);
  } catch {
    return undefined; // an unknown zone: no reminder rather than a wrong one
  }
  if (Number.isNaN(start) || now >= start) return undefined;
  return fireAt;
}
