import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CareerTalkDB, setDbForTests } from '../../lib/db/schema';
import { createPlan, recordEmailSent, updatePlanFields } from '../../lib/db/plans';
import { setComposeTarget } from '../../lib/db/compose-choice';
import { agendaReminderAt, agendaWasSent, workingDaysBefore } from '../../lib/background/agenda-reminder';
import { desiredReminders, reminderId, reminderText } from '../../lib/background/reminder-schedule';
import { fireDueReminders } from '../../lib/background/reminders';
import { handleNoticeClick, noticeId, resetNoticeClicksForTests } from '../../lib/background/notify';
import { newPlan } from '../../lib/plan/factory';
import type { Plan } from '../../lib/plan/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BERLIN = { timeZone: 'Europe/Berlin' };

const plan = (meetingAt: string, extra: Partial<Plan> = {}) => newPlan(new Date('2026-01-01T00:00:00Z'), { meetingAt, ...extra });
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('when the agenda reminder is due', () => {
  test('meeting in 5 days: two working days before, at 9:00 local, skipping the weekend', () => {
    // Now: Thursday 4 June 2026, 10:00 in Berlin. Meeting: Tuesday 9 June, 14:00.
    const now = Date.parse('2026-06-04T08:00:00Z');
    const at = agendaReminderAt(plan('2026-06-09T14:00'), now, BERLIN);
    expect(iso(at)).toBe('2026-06-05T07:00:00.000Z'); // Friday 5 June, 09:00 CEST
    expect(at!).toBeGreaterThan(now);
  });

  test('meeting in 1 day: the computed time has passed, so it is due at once (and stays the same on every rebuild)', () => {
    const now = Date.parse('2026-06-08T08:00:00Z'); // Monday 10:00
    const p = plan('2026-06-09T14:00');
    const at = agendaReminderAt(p, now, BERLIN)!;
    expect(at).toBeLessThanOrEqual(now);
    expect(agendaReminderAt(p, now + HOUR, BERLIN)).toBe(at);
    expect(iso(at)).toBe('2026-06-05T07:00:00.000Z');
  });

  test('meeting in the past or already started: none', () => {
    const p = plan('2026-06-09T14:00');
    expect(agendaReminderAt(p, Date.parse('2026-06-09T12:00:00Z'), BERLIN)).toBeUndefined(); // 14:00 Berlin: started
    expect(agendaReminderAt(p, Date.parse('2026-07-01T00:00:00Z'), BERLIN)).toBeUndefined();
  });

  test('agenda already sent, reminders off, no or broken meeting date: none', () => {
    const now = Date.parse('2026-06-01T08:00:00Z');
    const sent = plan('2026-06-09T14:00', { emailsSent: [{ kind: 'agenda', templateId: 'agenda', at: '2026-06-01T07:00:00Z', via: 'gmail', status: 'sent' }] });
    expect(agendaWasSent(sent)).toBe(true);
    expect(agendaReminderAt(sent, now, BERLIN)).toBeUndefined();
    // Only drafted (inserted, copied, opened as a link) is not sent: the reminder stays.
    const drafted = plan('2026-06-09T14:00', { emailsSent: [{ ...sent.emailsSent[0], status: 'drafted' }] });
    expect(agendaWasSent(drafted)).toBe(false);
    expect(agendaReminderAt(drafted, now, BERLIN)).toBeDefined();
    // Other emails sent do not count as the agenda.
    const other = plan('2026-06-09T14:00', { emailsSent: [{ kind: 'meeting-request', templateId: 'meeting-request', at: '', via: 'gmail', status: 'sent' }] });
    expect(agendaReminderAt(other, now, BERLIN)).toBeDefined();
    const off = plan('2026-06-09T14:00', { reminders: { enabled: false, checkInEveryDays: 21 } });
    expect(agendaReminderAt(off, now, BERLIN)).toBeUndefined();
    expect(agendaReminderAt(plan(''), now, BERLIN)).toBeUndefined();
    expect(agendaReminderAt(plan('2026-13-40T10:00'), now, BERLIN)).toBeUndefined();
    expect(agendaReminderAt(plan('2026-06-09T14:00'), now, { timeZone: 'Not/AZone' })).toBeUndefined();
  });

  test('a date without a time counts as a 9:00 meeting', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(iso(agendaReminderAt(plan('2026-06-09'), now, BERLIN))).toBe('2026-06-05T07:00:00.000Z');
  });

  test('working days: Monday meeting → the Thursday before; Saturday meeting → Thursday; across a month and a year', () => {
    expect(workingDaysBefore({ y: 2026, mo: 6, d: 8 }, 2)).toEqual({ y: 2026, mo: 6, d: 4 });
    expect(workingDaysBefore({ y: 2026, mo: 6, d: 13 }, 2)).toEqual({ y: 2026, mo: 6, d: 11 });
    expect(workingDaysBefore({ y: 2026, mo: 7, d: 1 }, 2)).toEqual({ y: 2026, mo: 6, d: 29 });
    expect(workingDaysBefore({ y: 2027, mo: 1, d: 4 }, 2)).toEqual({ y: 2026, mo: 12, d: 31 });
  });

  test('time zones: 9:00 on the person\'s own clock, wherever they are', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const p = plan('2026-06-09T14:00');
    expect(iso(agendaReminderAt(p, now, { timeZone: 'America/New_York' }))).toBe('2026-06-05T13:00:00.000Z');
    expect(iso(agendaReminderAt(p, now, { timeZone: 'Asia/Tokyo' }))).toBe('2026-06-05T00:00:00.000Z');
    expect(iso(agendaReminderAt(p, now, { timeZone: 'Asia/Kolkata' }))).toBe('2026-06-05T03:30:00.000Z');
    // Kiribati (UTC+14): the reminder day is the previous UTC day.
    expect(iso(agendaReminderAt(p, now, { timeZone: 'Pacific/Kiritimati' }))).toBe('2026-06-04T19:00:00.000Z');
  });

  test('DST edges: the clocks change between the reminder and the meeting, the reminder stays at 9:00 local', () => {
    const now = Date.parse('2026-03-01T00:00:00Z');
    // Berlin springs forward on Sunday 29 March 2026: reminder Friday 27 (CET, +1), meeting Tuesday 31 (CEST, +2).
    expect(iso(agendaReminderAt(plan('2026-03-31T10:00'), now, BERLIN))).toBe('2026-03-27T08:00:00.000Z');
    // New York falls back on Sunday 1 November 2026: reminder Friday 30 October (EDT, -4), meeting Tuesday 3 November (EST).
    expect(iso(agendaReminderAt(plan('2026-11-03T10:00'), now, { timeZone: 'America/New_York' }))).toBe('2026-10-30T13:00:00.000Z');
    // Sydney's DST ends on Sunday 5 April 2026: reminder Thursday 2 April (AEDT, +11), meeting Monday 6 (AEST, +10).
    expect(iso(agendaReminderAt(plan('2026-04-06T09:30'), now, { timeZone: 'Australia/Sydney' }))).toBe('2026-04-01T22:00:00.000Z');
    // On the DST night 02:30 does not exist in Berlin: the meeting counts as 03:30 CEST (01:30 UTC), just after the gap.
    expect(agendaReminderAt(plan('2026-03-29T02:30'), Date.parse('2026-03-29T01:29:00Z'), BERLIN)).toBeDefined();
    expect(agendaReminderAt(plan('2026-03-29T02:30'), Date.parse('2026-03-29T01:30:00Z'), BERLIN)).toBeUndefined();
  });
});

describe('the agenda reminder among the plan\'s reminders', () => {
  let db: CareerTalkDB;
  beforeEach(() => {
    db = new CareerTalkDB('careertalk-agenda-reminder', { indexedDB: new IDBFactory(), IDBKeyRange });
    setDbForTests(db);
    resetNoticeClicksForTests();
  });

  test('desiredReminders lists it with a stable id; it goes once the agenda is recorded as sent', async () => {
    const p = await createPlan(db, { managerName: 'Jordan', meetingAt: '2026-06-09T14:00' });
    const now = new Date(2026, 5, 1, 12).getTime();
    const agenda = desiredReminders(p, [], now).find((r) => r.kind === 'agenda')!;
    expect(agenda.id).toBe(reminderId(p.id, 'agenda'));
    expect(new Date(agenda.fireAt)).toEqual(new Date(2026, 5, 5, 9, 0)); // local clock of the test run
    await recordEmailSent(db, p.id, { kind: 'agenda' });
    const after = (await db.plans.get(p.id))!;
    expect(desiredReminders(after, [], now).some((r) => r.kind === 'agenda')).toBe(false);
    await updatePlanFields(db, p.id, { emailsSent: [], 'reminders.enabled': false });
    expect(desiredReminders((await db.plans.get(p.id))!, [], now)).toEqual([]);
  });

  test('a meeting closer than two working days: the notification shows at once, once', async () => {
    const meeting = new Date(Date.now() + DAY);
    const pad = (n: number) => String(n).padStart(2, '0');
    const meetingAt = `${meeting.getFullYear()}-${pad(meeting.getMonth() + 1)}-${pad(meeting.getDate())}T${pad(meeting.getHours())}:${pad(meeting.getMinutes())}`;
    const p = await createPlan(db, { managerName: 'Jordan', meetingAt });
    const shown = await fireDueReminders(db);
    expect(shown.map((r) => r.kind)).toContain('agenda');
    const notices = Object.keys(await fakeBrowser.notifications.getAll());
    expect(notices).toContain(noticeId({ key: `reminder:${p.id}:agenda:`, stage: 'agenda', planId: p.id }));
    expect((await fireDueReminders(db)).map((r) => r.kind)).not.toContain('agenda');
  });

  test('its words name the manager and the meeting day', () => {
    const p = plan('2026-06-09T14:00', { managerName: 'Jordan' });
    const text = reminderText({ id: 'x', planId: p.id, kind: 'agenda', ref: '', fireAt: 0 }, p, undefined);
    expect(text.title).toBe('Send your agenda');
    expect(text.message).toContain('Jordan');
    expect(text.message).toContain(new Date(2026, 5, 9).toLocaleString(undefined, { weekday: 'long' }));
    expect(text.stage).toBe('agenda');
  });

  test('clicking it opens the Agenda email in the chosen webmail, filled and addressed to the manager', async () => {
    const p = await createPlan(db, {
      myName: 'Alex',
      managerName: 'Jordan',
      managerEmail: 'jordan@example.com',
      meetingAt: '2026-06-09T14:00',
      agenda: [{ id: 'a1', section: 'long-term', text: 'Where I want to be in three years' }],
    });
    const created: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((t) => void created.push(t.url!));
    const id = noticeId({ key: `reminder:${p.id}:agenda:`, stage: 'agenda', planId: p.id });
    expect(await handleNoticeClick(db, id)).toBe(true);
    const gmail = new URL(created[0]);
    expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
    expect(gmail.searchParams.get('to')).toBe('jordan@example.com');
    expect(gmail.searchParams.get('body')).toContain('Where I want to be in three years');

    await setComposeTarget(db, 'outlook');
    expect(await handleNoticeClick(db, id)).toBe(true);
    const outlook = new URL(created[1]);
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(outlook.searchParams.get('body')).toContain('Where I want to be in three years');
    // Opening a draft is not sending it.
    expect((await db.plans.get(p.id))!.emailsSent).toEqual([]);
  });

  test('an agenda too long for a link opens the planner\'s Agenda stage instead', async () => {
    const long = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, section: 'other' as const, text: `Point ${i}: ${'detail '.repeat(8)}` }));
    const p = await createPlan(db, { managerName: 'Jordan', meetingAt: '2026-06-09T14:00', agenda: long });
    const created: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((t) => void created.push(t.url!));
    await handleNoticeClick(db, noticeId({ key: `reminder:${p.id}:agenda:`, stage: 'agenda', planId: p.id }));
    expect(created).toEqual(['chrome-extension://test-extension-id/planner.html#agenda']);
  });
});
