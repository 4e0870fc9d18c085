import type { IsoDate } from '../types';

/**
 * Calendar arithmetic on plain dates (no time, no time zone): a due date said in a
 * meeting is a day on the person's calendar, so nothing here may shift it by a zone.
 */
export interface Day {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

/** What a date phrase means: one date, or a question to put to the person. */
export type DateOutcome =
  | { due: IsoDate }
  /** Two or more readings (12/11, "next Friday" early in the week, "next month"): ask which. */
  | { ask: 'ambiguous'; options: IsoDate[] }
  /** A day and month that already passed this year: did they mean it, or next year? */
  | { ask: 'past'; options: IsoDate[] }
  /** Looks like a date but is none (Feb 30, 13/13). */
  | { ask: 'invalid'; options: [] };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const toIso = (day: Day): IsoDate => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

export function fromIso(iso: IsoDate): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return isValid(day) ? day : undefined;
}

export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValid = (day: Day) => day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m);

const serial = (day: Day) => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;

export function addDays(day: Day, n: number): Day {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Adds months, keeping the day of month when it exists (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export const compare = (a: Day, b: Day) => serial(a) - serial(b);

/** 0 = Monday … 6 = Sunday (weeks start on Monday in planning talk: "end of the week" is Friday). */
export const weekdayOf = (day: Day) => (((serial(day) + 3) % 7) + 7) % 7;

/** The given weekday (0 = Monday) in the Monday-to-Sunday week of `day`, shifted by whole weeks. */
export const weekdayInWeek = (day: Day, weekday: number, weeks = 0) => addDays(day, weekday - weekdayOf(day) + 7 * weeks);

const lastOfMonth = (y: number, m: number): Day => ({ y, m, d: daysInMonth(y, m) });

const due = (day: Day): DateOutcome => ({ due: toIso(day) });
const ambiguous = (...days: Day[]): DateOutcome => ({ ask: 'ambiguous', options: days.map(toIso) });
const invalid = (): DateOutcome => ({ ask: 'invalid', options: [] });

/** Four-digit years stay; "26" is 2026. */
const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

/** How far back a day and month without a year still reads as "did you mean that day?" rather than next year's. */
const RECENT_PAST_DAYS = 60;

/**
 * A day and month (and maybe a year). Without a year it is the next such day from today;
 * a day that passed only recently is asked about (most likely a slip), never silently moved a year on.
 */
export function monthDay(today: Day, month: number, d: number, year?: number): DateOutcome {
  if (year !== undefined) {
    const day = { y: fullYear(year), m: month, d };
    return isValid(day) ? due(day) : invalid();
  }
  const thisYear = { y: today.y, m: month, d };
  const nextYear = { y: today.y + 1, m: month, d };
  if (!isValid(thisYear) && !isValid(nextYear)) return invalid();
  if (!isValid(thisYear)) return due(nextYear); // Feb 29 of a leap year ahead
  if (compare(thisYear, today) >= 0) return due(thisYear);
  if (compare(today, thisYear) <= RECENT_PAST_DAYS) return { ask: 'past', options: [toIso(thisYear), ...(isValid(nextYear) ? [toIso(nextYear)] : [])] };
  return isValid(nextYear) ? due(nextYear) : invalid();
}

/** "by the 8th": the next 8th from today (this month if still ahead, else the next month that has one). */
export function dayOfMonth(today: Day, d: number): DateOutcome {
  if (d < 1 || d > 31) return invalid();
  for (let i = 0; i < 3; i++) {
    const month = addMonths({ ...today, d: 1 }, i);
    const day = { ...month, d };
    if (isValid(day) && compare(day, today) >= 0) return due(day);
  }
  return invalid();
}

/**
 * Numbers with a slash: in English "12/11" may be December 11 (US) or 12 November;
 * when both readings are dates and differ, ask. Other languages write the day first.
 */
export function numericDate(today: Day, a: number, b: number, year: number | undefined, order: 'ask' | 'day-first'): DateOutcome {
  const dayFirst = monthDay(today, b, a, year);
  if (order === 'day-first') return dayFirst;
  const monthFirst = monthDay(today, a, b, year);
  const dfOk = a <= 31 && b <= 12 && !('ask' in dayFirst && dayFirst.ask === 'invalid');
  const mfOk = a <= 12 && b <= 31 && !('ask' in monthFirst && monthFirst.ask === 'invalid');
  if (mfOk && dfOk && a !== b) {
    const pick = (o: DateOutcome) => ('due' in o ? [o.due] : o.options.slice(-1));
    return { ask: 'ambiguous', options: [...pick(monthFirst), ...pick(dayFirst)] };
  }
  if (mfOk) return monthFirst;
  if (dfOk) return dayFirst;
  return invalid();
}

export type WeekdayModifier = 'plain' | 'this' | 'next' | 'this-week' | 'next-week';

/**
 * A weekday (0 = Monday). "by Friday" is the coming Friday (asked when said on a Friday:
 * today or in a week?). "next Friday" is asked when the coming Friday is still this week,
 * since people split on whether it means that one or the one after. "Friday next week" is not ambiguous.
 */
export function weekday(today: Day, wd: number, modifier: WeekdayModifier): DateOutcome {
  const todayWd = weekdayOf(today);
  const coming = addDays(today, ((wd - todayWd + 7) % 7) || 7);
  switch (modifier) {
    case 'plain':
      return wd === todayWd ? ambiguous(today, coming) : due(coming);
    case 'this':
    case 'this-week': {
      const inWeek = weekdayInWeek(today, wd);
      return compare(inWeek, today) >= 0 ? due(inWeek) : due(coming);
    }
    case 'next': {
      const sunday = weekdayInWeek(today, 6);
      return compare(coming, sunday) <= 0 ? ambiguous(coming, addDays(coming, 7)) : due(coming);
    }
    case 'next-week':
      return due(weekdayInWeek(today, wd, 1));
  }
}

export type Unit = 'day' | 'week' | 'month';

/** "in 3 days", "within two weeks", "in a month". */
export function inUnits(today: Day, n: number, unit: Unit): DateOutcome {
  if (!Number.isFinite(n) || n < 0 || n > 366) return invalid();
  if (unit === 'day') return due(addDays(today, n));
  if (unit === 'week') return due(addDays(today, 7 * n));
  return due(addMonths(today, n));
}

export type Period = 'week' | 'month' | 'quarter' | 'year';

/** "end of the week" (its Friday), "end of month", "end of next quarter", "end of the year". */
export function endOf(today: Day, period: Period, offset = 0): DateOutcome {
  switch (period) {
    case 'week': {
      const friday = weekdayInWeek(today, 4, offset);
      // Said on a weekend, "end of the week" is the coming working week's Friday.
      return due(compare(friday, today) >= 0 ? friday : weekdayInWeek(today, 4, offset + 1));
    }
    case 'month': {
      const m = addMonths({ ...today, d: 1 }, offset);
      return due(lastOfMonth(m.y, m.m));
    }
    case 'quarter': {
      const q = addMonths({ ...today, d: 1 }, 3 * offset);
      const lastMonth = Math.ceil(q.m / 3) * 3;
      return due(lastOfMonth(q.y, lastMonth));
    }
    case 'year':
      return due({ y: today.y + offset, m: 12, d: 31 });
  }
}

/** "end of January": the last day of the next January (this one if not over yet). */
export function endOfMonthNamed(today: Day, month: number): DateOutcome {
  const y = month < today.m ? today.y + 1 : today.y;
  return due(lastOfMonth(y, month));
}

/** "mid-January": the 15th of the next January (this month's if still ahead). */
export function midMonthNamed(today: Day, month: number): DateOutcome {
  const y = month < today.m || (month === today.m && today.d > 15) ? today.y + 1 : today.y;
  return due({ y, m: month, d: 15 });
}

/** "next week" as a deadline: done during next week, so its Friday; "by/before next week": its Monday. */
export function nextWeek(today: Day, before: boolean): DateOutcome {
  return due(weekdayInWeek(today, before ? 0 : 4, 1));
}

/** "next month" could be its first day or any day in it: ask. */
export function nextMonth(today: Day): DateOutcome {
  const first = addMonths({ ...today, d: 1 }, 1);
  return ambiguous(first, lastOfMonth(first.y, first.m));
}

export const todayPlus = (today: Day, n: number): DateOutcome => due(addDays(today, n));
