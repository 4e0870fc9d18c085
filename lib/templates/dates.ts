/** Dates for emails, formatted with Intl for the person's locale. Plan dates are local dates. */
import { formatDate } from '../date-format';

export interface DateOptions {
  /** BCP 47 locale; the runtime's default when omitted. */
  locale?: string;
  /** "Now", for choosing whether to show the year. */
  now?: Date;
}

function safeFormat(date: Date, options: Intl.DateTimeFormatOptions, locale?: string): string {
  return formatDate(date, options, locale);
}

/** Parses `YYYY-MM-DD` as a local date; undefined when empty or invalid. */
export function parseLocalDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const d = new Date(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(d.getTime()) || d.getDate() !== +m[3] ? undefined : d;
}

/** "Tuesday, May 14" (with the year when it is not this year). */
export function formatLongDate(date: Date, opts: DateOptions = {}): string {
  const now = opts.now ?? new Date();
  const withYear = date.getFullYear() !== now.getFullYear();
  return safeFormat(date, { weekday: 'long', month: 'long', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }, opts.locale);
}

/** "May 14" (with the year when it is not this year), for due dates. */
export function formatShortDate(date: Date, opts: DateOptions = {}): string {
  const now = opts.now ?? new Date();
  const withYear = date.getFullYear() !== now.getFullYear();
  return safeFormat(date, { month: 'long', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }, opts.locale);
}

export function formatTime(date: Date, opts: DateOptions = {}): string {
  return safeFormat(date, { hour: 'numeric', minute: '2-digit' }, opts.locale);
}
