import { describe, expect, test } from 'vitest';
import { CALENDAR_CUT_NOTE, calendarLink, meetingEvent, type CalendarEvent } from '../../lib/io/calendar-links';
import { newPlan } from '../../lib/plan/factory';

const plan = (extra = {}) =>
  newPlan(new Date('2026-01-01T00:00:00Z'), {
    myName: 'Alex Rivera',
    managerName: 'Dana Whitfield',
    managerEmail: 'dana@example.com',
    meetingAt: '2026-06-09T14:00',
    meetingMinutes: 45,
    agenda: [
      { id: 'a', section: 'current-role', text: 'My current role: what works, what I would change' },
      { id: 'b', section: 'goals', text: 'Lead the Q3 billing migration; a mentor in platform & infra?' },
    ],
    ...extra,
  });

/** Reads a Google Calendar template link back into its parts. */
function parseGoogle(url: string) {
  const u = new URL(url);
  const [from, to] = (u.searchParams.get('dates') ?? '').split('/');
  const stamp = (s: string) => new Date(s.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  return { base: u.origin + u.pathname, action: u.searchParams.get('action'), title: u.searchParams.get('text'), start: stamp(from), end: stamp(to), details: u.searchParams.get('details'), guest: u.searchParams.get('add') };
}

function parseOutlook(url: string) {
  const u = new URL(url);
  const p = u.searchParams;
  return { base: u.origin + u.pathname, path: p.get('path'), rru: p.get('rru'), title: p.get('subject'), start: new Date(p.get('startdt')!), end: new Date(p.get('enddt')!), body: p.get('body'), guest: p.get('to') };
}

describe('calendar links for the meeting', () => {
  const r = meetingEvent(plan(), { timeZone: 'Europe/Berlin' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const event = r.event;

  test('Google Calendar: title, start and end from the date and length, the agenda as details, the manager as guest', () => {
    const g = parseGoogle(calendarLink('google', event).url);
    expect(g.base).toBe('https://calendar.google.com/calendar/render');
    expect(g.action).toBe('TEMPLATE');
    expect(g.title).toBe('Career development conversation: Alex Rivera and Dana Whitfield');
    expect(g.start.toISOString()).toBe('2026-06-09T12:00:00.000Z'); // 14:00 CEST
    expect(g.end.toISOString()).toBe('2026-06-09T12:45:00.000Z');
    expect(g.details).toContain('1. My current role: what works, what I would change');
    expect(g.details).toContain('2. Lead the Q3 billing migration; a mentor in platform & infra?');
    expect(g.guest).toBe('dana@example.com');
  });

  test('Outlook on the web: work/school and personal hosts, same event, the manager in To', () => {
    for (const [target, host] of [['outlook', 'https://outlook.office.com'], ['outlook-personal', 'https://outlook.live.com']] as const) {
      const o = parseOutlook(calendarLink(target, event).url);
      expect(o.base).toBe(`${host}/calendar/deeplink/compose`);
      expect(o.path).toBe('/calendar/action/compose');
      expect(o.rru).toBe('addevent');
      expect(o.title).toBe(event.title);
      expect(o.start.toISOString()).toBe('2026-06-09T12:00:00.000Z');
      expect(o.end.toISOString()).toBe('2026-06-09T12:45:00.000Z');
      expect(o.body).toBe(event.description);
      expect(o.guest).toBe('dana@example.com');
    }
  });

  test('spaces are %20 (not +), and characters that mean something in a URL stay text', () => {
    const url = calendarLink('google', event).url;
    expect(url).not.toContain('+');
    expect(parseGoogle(url).details).toContain('platform & infra?');
  });

  test('no guest when there is no manager email; no link without a meeting date', () => {
    const noEmail = meetingEvent(plan({ managerEmail: '' }), { timeZone: 'UTC' });
    expect(noEmail.ok && new URL(calendarLink('google', noEmail.event).url).searchParams.has('add')).toBe(false);
    expect(meetingEvent(plan({ meetingAt: '' })).ok).toBe(false);
  });

  test('a long agenda is cut at a line, ends with a note, and the URL fits', () => {
    const agenda = Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, section: 'other' as const, text: `Point ${i}: ${'détail '.repeat(6)}` }));
    const long = meetingEvent(plan({ agenda }), { timeZone: 'UTC' });
    if (!long.ok) throw new Error(JSON.stringify(long.error));
    for (const target of ['google', 'outlook'] as const) {
      const link = calendarLink(target, long.event);
      expect(link.truncated).toBe(true);
      expect(link.url.length).toBeLessThanOrEqual(8000);
      const text = target === 'google' ? parseGoogle(link.url).details! : parseOutlook(link.url).body!;
      expect(text.endsWith(`\n\n${CALENDAR_CUT_NOTE}`)).toBe(true);
      const kept = text.slice(0, -CALENDAR_CUT_NOTE.length - 2).split('\n');
      // Every kept line is a whole line of the full description.
      const full = long.event.description.split('\n');
      expect(kept).toEqual(full.slice(0, kept.length));
      expect(kept.length).toBeGreaterThan(10);
      // The times and guest are never cut.
      expect(link.url).toContain('dana%40example.com');
    }
  });

  test('a custom note and a small limit: still whole lines', () => {
    const e: CalendarEvent = { title: 'T', start: new Date(0), end: new Date(60_000), description: 'one\ntwo\nthree\nfour', guest: '' };
    const link = calendarLink('google', e, { maxLength: calendarLink('google', { ...e, description: 'one\ntwo\n\nCUT' }).url.length, cutNote: 'CUT' });
    expect(parseGoogle(link.url).details).toBe('one\ntwo\n\nCUT');
  });
});
