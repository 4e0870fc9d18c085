import { tm } from '../../lib/i18n';
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { buildMeetingIcs, escapeText, foldLine, zonedToUtc } from '../../lib/io/ics';
import { newPlan } from '../../lib/plan/factory';

const NOW = new Date('2026-03-01T12:00:00Z');

function plan(extra: Parameters<typeof newPlan>[1] = {}) {
  return newPlan(NOW, {
    myName: 'Sam Lee',
    managerName: 'Jordan Diaz, PhD',
    managerEmail: 'jordan@example.com',
    company: 'Acme',
    meetingAt: '2026-04-14T15:30',
    meetingMinutes: 45,
    agenda: [
      { id: 'a1', text: 'My current role; what is going well, and what is not', section: 'current-role' },
      { id: 'a2', text: 'Long-term interests: platform work \\ infrastructure', section: 'long-term' },
      { id: 'a3', text: 'Feedback: where can I grow? Ünïcödé ✓ '.repeat(4), section: 'feedback' },
    ],
    ...extra,
  });
}

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = root.getFirstSubcomponent('vevent')!;
  return { root, vevent, event: new ICAL.Event(vevent) };
}

describe('meeting invite (.ics)', () => {
  test('parses back with ical.js: uid, stamp, summary, agenda, attendee', () => {
    const p = plan();
    const r = buildMeetingIcs(p, { timeZone: 'America/New_York', now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { root, vevent, event } = parse(r.ics);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toContain('CareerTalk');
    expect(event.uid).toBe(`${p.id}-meeting@careertalk.invalid`);
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-01T12:00:00Z');
    expect(event.summary).toBe('Career development conversation: Sam Lee and Jordan Diaz, PhD');
    expect(event.description).toContain('1. My current role; what is going well, and what is not');
    expect(event.description).toContain('2. Long-term interests: platform work \\ infrastructure');
    expect(event.description).toContain('Ünïcödé ✓');
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(attendee.getFirstValue()).toBe('mailto:jordan@example.com');
    expect(attendee.getParameter('cn')).toBe('Jordan Diaz, PhD');
    expect(r.filename).toBe('career-conversation-2026-04-14.ics');
  });

  test('start and end keep the local wall time and the right instant (New York, summer time)', () => {
    const r = buildMeetingIcs(plan(), { timeZone: 'America/New_York', now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { event } = parse(r.ics);
    expect(r.ics).toContain('DTSTART;TZID=America/New_York:20260414T153000');
    expect(r.ics).toContain('DTEND;TZID=America/New_York:20260414T161500');
    expect(event.startDate.zone?.tzid).toBe('America/New_York');
    // 15:30 EDT is 19:30 UTC.
    expect(event.startDate.toUnixTime()).toBe(Date.UTC(2026, 3, 14, 19, 30) / 1000);
    expect(event.endDate.toUnixTime()).toBe(Date.UTC(2026, 3, 14, 20, 15) / 1000);
    expect(r.start.toISOString()).toBe('2026-04-14T19:30:00.000Z');
  });

  test('winter time and zones east of UTC', () => {
    const r = buildMeetingIcs(plan({ meetingAt: '2026-01-20T09:00' }), { timeZone: 'Asia/Kolkata', now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { event } = parse(r.ics);
    expect(event.startDate.toUnixTime()).toBe(Date.UTC(2026, 0, 20, 3, 30) / 1000);
    const b = buildMeetingIcs(plan({ meetingAt: '2026-01-20T09:00' }), { timeZone: 'Europe/Berlin', now: NOW });
    if (!b.ok) throw new Error(JSON.stringify(b.error));
    expect(parse(b.ics).event.startDate.toUnixTime()).toBe(Date.UTC(2026, 0, 20, 8, 0) / 1000);
  });

  test('UTC zone, or a DST change during the meeting, is written as exact UTC times', () => {
    const u = buildMeetingIcs(plan(), { timeZone: 'UTC', now: NOW });
    if (!u.ok) throw new Error(JSON.stringify(u.error));
    expect(u.ics).toContain('DTSTART:20260414T153000Z');
    expect(u.ics).not.toContain('VTIMEZONE');
    // US clocks go back at 02:00 on 2026-11-01: a 01:30 meeting of 60 min crosses it.
    const d = buildMeetingIcs(plan({ meetingAt: '2026-11-01T01:30', meetingMinutes: 60 }), { timeZone: 'America/New_York', now: NOW });
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    const { event } = parse(d.ics);
    expect(event.startDate.toUnixTime()).toBe(Date.UTC(2026, 10, 1, 5, 30) / 1000);
    expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe(3600);
  });

  test('lines are folded at 75 octets with CRLF and unfold to the original', () => {
    const r = buildMeetingIcs(plan(), { timeZone: 'Europe/Berlin', now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.ics.endsWith('\r\n')).toBe(true);
    expect(r.ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of r.ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(r.ics).toMatch(/\r\n [^\r\n]/); // at least one continuation line
    const folded = foldLine('X:' + 'é'.repeat(80));
    expect(folded.replace(/\r\n /g, '')).toBe('X:' + 'é'.repeat(80));
  });

  test('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  test('no meeting date, a broken date or a bad email: clear message, no file', () => {
    const error = (r: ReturnType<typeof buildMeetingIcs>) => (r.ok ? 'no error' : tm(r.error));
    expect(error(buildMeetingIcs(plan({ meetingAt: '' })))).toContain('meeting date');
    expect(error(buildMeetingIcs(plan({ meetingAt: '2026-13-40T10:00' })))).toBe('The meeting date "2026-13-40T10:00" is not a valid date.');
    expect(error(buildMeetingIcs(plan({ managerEmail: 'jordan at example' })))).toContain('does not look like');
    expect(error(buildMeetingIcs(plan(), { timeZone: 'Mars/Olympus' }))).toBe('Unknown time zone "Mars/Olympus".');
  });

  test('wall time to UTC handles the skipped spring hour', () => {
    // 02:30 does not exist in New York on 2026-03-08; it becomes 03:30 EDT (07:30 UTC).
    expect(new Date(zonedToUtc({ y: 2026, mo: 3, d: 8, h: 2, mi: 30 }, 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 2026-11-01: the first one (EDT, 05:30 UTC).
    expect(new Date(zonedToUtc({ y: 2026, mo: 11, d: 1, h: 1, mi: 30 }, 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  test('no manager email: no attendee, still valid', () => {
    const r = buildMeetingIcs(plan({ managerEmail: '', managerName: '', myName: '' }), { timeZone: 'Europe/Paris', now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { vevent, event } = parse(r.ics);
    expect(vevent.getFirstProperty('attendee')).toBeNull();
    expect(event.summary).toBe('Career development conversation');
  });
});
