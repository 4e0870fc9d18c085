import { singleLine, withoutControls } from './control-chars';
import type { Plan } from '../plan/types';
import { buildMeetingIcs, inviteLanguage, meetingDescription, meetingTitle, type IcsOptions } from './ics';
import type { Message } from '../message';

/**
 * "Add to calendar" links for the meeting, next to the .ics file: Google Calendar's
 * event template and Outlook on the web's calendar compose deep link (work/school
 * accounts on outlook.office.com, personal ones on outlook.live.com). Times are UTC
 * instants, so the calendar shows them in the viewer's own zone. The manager is
 * added as a guest (Google `add`, Outlook `to`). A description that would make the
 * URL too long is cut at a line break and ends with a note.
 */

export type CalendarTarget = 'google' | 'outlook' | 'outlook-personal';

export interface CalendarEvent {
  title: string;
  start: Date;
  end: Date;
  description: string;
  /** Guest email ('' for none). */
  guest: string;
}

export interface CalendarLink {
  url: string;
  /** True when the description was cut to fit. */
  truncated: boolean;
}

/** Web calendars take long URLs, but proxies and browsers get unreliable past about 8,000 characters. */
export const MAX_CALENDAR_URL_LENGTH = 8000;
export const CALENDAR_CUT_NOTE = '(The agenda is longer: see the full version in the email or the .ics invite.)';

const googleStamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
const outlookStamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function buildUrl(target: CalendarTarget, e: CalendarEvent, description: string): string {
  const q = new URLSearchParams();
  if (target === 'google') {
    q.set('action', 'TEMPLATE');
    q.set('text', singleLine(e.title));
    q.set('dates', `${googleStamp(e.start)}/${googleStamp(e.end)}`);
    if (description) q.set('details', description);
    if (e.guest) q.set('add', e.guest);
    return `https://calendar.google.com/calendar/render?${q.toString().replace(/\+/g, '%20')}`;
  }
  q.set('path', '/calendar/action/compose');
  q.set('rru', 'addevent');
  q.set('subject', singleLine(e.title));
  q.set('startdt', outlookStamp(e.start));
  q.set('enddt', outlookStamp(e.end));
  if (description) q.set('body', description);
  if (e.guest) q.set('to', e.guest);
  const host = target === 'outlook-personal' ? 'https://outlook.live.com' : 'https://outlook.office.com';
  return `${host}/calendar/deeplink/compose?${q.toString().replace(/\+/g, '%20')}`;
}

/** The link; cuts the description at a line (never the title, times or guest) when the URL would be too long. */
export function calendarLink(
  target: CalendarTarget,
  event: CalendarEvent,
  options: { maxLength?: number; cutNote?: string } = {},
): CalendarLink {
  const max = options.maxLength ?? MAX_CALENDAR_URL_LENGTH;
  const note = options.cutNote ?? CALENDAR_CUT_NOTE;
  const description = withoutControls(event.description);
  const full = buildUrl(target, event, description);
  if (full.length <= max) return { url: full, truncated: false };
  const lines = description.split('\n');
  const withLines = (n: number) => [...lines.slice(0, n), '', note].join('\n');
  // Most whole lines that fit (the encoded length grows with every line added).
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (buildUrl(target, event, withLines(mid)).length <= max) lo = mid;
    else hi = mid - 1;
  }
  while (lo > 0 && !lines[lo - 1].trim()) lo--; // no blank line before the note
  return { url: buildUrl(target, event, lo ? withLines(lo) : note), truncated: true };
}

export type MeetingEventResult = { ok: true; event: CalendarEvent } | { ok: false; error: Message };

/** The meeting as a calendar event: the same title, times, description and guest as the .ics invite. */
export function meetingEvent(plan: Parameters<typeof buildMeetingIcs>[0], options: IcsOptions = {}): MeetingEventResult {
  const ics = buildMeetingIcs(plan, options);
  if (!ics.ok) return ics;
  const minutes = Math.round((ics.end.getTime() - ics.start.getTime()) / 60_000);
  const language = inviteLanguage(plan, options.defaultLanguage);
  return {
    ok: true,
    event: {
      title: meetingTitle(plan, language),
      start: ics.start,
      end: ics.end,
      description: meetingDescription(plan, minutes, language),
      guest: plan.managerEmail.trim(),
    },
  };
}
