import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CareerTalkDB, setDbForTests } from '../../lib/db/schema';
import { draftRecord } from '../../lib/plan/emails';
import { addActionItem, createPlan, getActivePlanId, setActivePlan, recordEmail, recordEmailSent, updateActionItem, updatePlanFields } from '../../lib/db/plans';
import { meetingEnd, recapDueAt, recapReminderAt } from '../../lib/plan/deadlines';
import { desiredReminders, reminderId } from '../../lib/background/reminder-schedule';
import { ALARM_PREFIX, fireDueReminders, MAX_NOTICES_PER_RUN, MORE_NOTICE_KEY, registerReminders, SYNC_ALARM, syncPlanReminders, syncReminders } from '../../lib/background/reminders';
import { handleNoticeClick, parseNoticeId, resetNoticeClicksForTests } from '../../lib/background/notify';
import { setDiscreetNotifications } from '../../lib/db/notification-settings';

const HOUR = 3_600_000;
let factory: IDBFactory;
let db: CareerTalkDB;

/** A database as the service worker would open it, on the same (persistent) storage. */
function openDb() {
  const d = new CareerTalkDB('careertalk-reminders', { indexedDB: factory, IDBKeyRange });
  setDbForTests(d);
  return d;
}

beforeEach(async () => {
  factory = new IDBFactory();
  db = openDb();
  resetNoticeClicksForTests();
  // These tests read the full wording; the discreet wording (the default) is in discreet-notifications.test.ts.
  await setDiscreetNotifications(db, false);
});

async function planWithMeeting(meetingAt = '2026-05-04T14:00') {
  const plan = await createPlan(db, { managerName: 'Jordan', company: 'Acme', meetingAt, meetingMinutes: 30 });
  return plan;
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
const notices = async () => Object.entries(await fakeBrowser.notifications.getAll());

describe('which reminders a plan has', () => {
  test('recap a few hours after the meeting, check-in after 21 days, action items on their due morning', async () => {
    const plan = await planWithMeeting();
    const item = await addActionItem(db, plan.id, { text: 'Ask Priya about shadowing', due: '2026-05-20' });
    const before = meetingEnd(plan)!.getTime() - HOUR;
    const list = desiredReminders(plan, [item], before);
    expect(list.map((r) => r.id).sort()).toEqual(
      [reminderId(plan.id, 'agenda'), reminderId(plan.id, 'recap'), reminderId(plan.id, 'check-in'), reminderId(plan.id, 'action-due', item.id)].sort(),
    );
    const recap = list.find((r) => r.kind === 'recap')!;
    expect(recap.fireAt).toBe(recapReminderAt(plan)!.getTime());
    expect(recap.fireAt).toBeLessThan(recapDueAt(plan)!.getTime() - 12 * HOUR); // well before the window closes
    const checkIn = list.find((r) => r.kind === 'check-in')!;
    expect(new Date(checkIn.fireAt).getDate()).toBe(new Date(2026, 4, 25).getDate()); // 21 days after May 4
    const action = list.find((r) => r.kind === 'action-due')!;
    expect(new Date(action.fireAt)).toEqual(new Date(2026, 4, 20, 9, 0));
  });

  test('none for a sent recap, a done item, a closed recap window, or reminders turned off', async () => {
    const plan = await planWithMeeting();
    const item = await addActionItem(db, plan.id, { text: 'Draft plan', due: '2026-05-20', status: 'done' });
    const after = recapDueAt(plan)!.getTime() + 1;
    expect(desiredReminders(plan, [item], after).map((r) => r.kind)).toEqual(['check-in']);
    const sent = { ...plan, emailsSent: [{ kind: 'recap' as const, templateId: 'recap', at: '', via: 'gmail' , status: 'sent' as const }] };
    expect(desiredReminders(sent, [], meetingEnd(plan)!.getTime()).map((r) => r.kind)).toEqual(['check-in']);
    const off = { ...plan, reminders: { enabled: false, checkInEveryDays: 21 } };
    expect(desiredReminders(off, [{ ...item, status: 'open' }], 0)).toEqual([]);
    const noMeeting = { ...plan, meetingAt: '' };
    expect(desiredReminders(noMeeting, [], 0)).toEqual([]);
  });

  test('the check-in cadence is per plan and counts from the last check-in', async () => {
    const plan = await planWithMeeting();
    const p = { ...plan, reminders: { enabled: true, checkInEveryDays: 14 }, checkIns: [{ id: 'c', date: '2026-06-01', notes: '', progress: {} }] };
    const checkIn = desiredReminders(p, [], 0).find((r) => r.kind === 'check-in')!;
    expect(new Date(checkIn.fireAt)).toEqual(new Date(2026, 5, 15, 9, 0));
  });
});

describe('the reminders table and alarms', () => {
  test('sync stores rows and alarms; running it again changes nothing (no doubles)', async () => {
    const plan = await planWithMeeting();
    const item = await addActionItem(db, plan.id, { text: 'Sign up for the course', due: '2026-05-10' });
    const now = new Date(2026, 4, 1).getTime();
    await syncReminders(db, now);
    const rows = await db.reminders.toArray();
    expect(rows).toHaveLength(4) // agenda, recap, check-in, action item;
    expect(await alarmNames()).toEqual(rows.map((r) => ALARM_PREFIX + r.id).sort());
    const alarm = await fakeBrowser.alarms.get(ALARM_PREFIX + reminderId(plan.id, 'action-due', item.id));
    expect(alarm?.scheduledTime).toBe(new Date(2026, 4, 10, 9).getTime());
    await syncReminders(db, now + 1000);
    await syncReminders(db, now + 2000);
    expect(await db.reminders.count()).toBe(4);
    expect(await alarmNames()).toHaveLength(4);
  });

  test('after a browser restart (alarms gone, new worker) everything is rebuilt once, and a shown reminder stays shown', async () => {
    const plan = await planWithMeeting();
    const afterMeeting = recapReminderAt(plan)!.getTime() + 5 * 60_000;
    const shown = await fireDueReminders(db, afterMeeting);
    expect(shown.map((r) => r.kind)).toEqual(['recap']);
    expect(await notices()).toHaveLength(1);

    // Restart: the alarms are lost, notifications cleared, a new worker opens the same database.
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.notifications.clear((await notices())[0][0]);
    db.close();
    db = openDb();
    const again = await fireDueReminders(db, afterMeeting + HOUR);
    expect(again).toEqual([]);
    expect(await notices()).toHaveLength(0);
    expect(await db.reminders.count()).toBe(2); // recap (fired) + check-in
    expect((await db.reminders.get(reminderId(plan.id, 'recap')))?.firedAt).toBe(afterMeeting);
    expect(await alarmNames()).toEqual([ALARM_PREFIX + reminderId(plan.id, 'check-in')]);
  });

  test('a reminder missed while the browser was closed shows at the next start, if still useful', async () => {
    const plan = await planWithMeeting();
    // The browser was closed from before the meeting until 10 hours after: recap window still open.
    const late = meetingEnd(plan)!.getTime() + 10 * HOUR;
    expect((await fireDueReminders(db, late)).map((r) => r.kind)).toEqual(['recap']);
    // Had it opened 2 days later, the recap window was closed: no recap reminder.
    await db.reminders.clear();
    expect(await fireDueReminders(db, meetingEnd(plan)!.getTime() + 48 * HOUR)).toEqual([]);
  });

  test('the notification says what to do and a click opens the planner at the recap stage for that plan', async () => {
    const plan = await planWithMeeting();
    const other = await createPlan(db, { company: 'Other' }); // now the active plan
    expect(await getActivePlanId(db)).toBe(other.id);
    await fireDueReminders(db, recapReminderAt(plan)!.getTime());
    const [[id, options]] = await notices();
    expect(options).toMatchObject({ type: 'basic', title: 'Send your thank-you recap' });
    expect((options as { message: string }).message).toContain('Jordan');
    expect((options as { iconUrl: string }).iconUrl).toMatch(/^data:image\/png;base64,|^chrome-extension:/);
    const created: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((t) => void created.push(t.url!));
    expect(await handleNoticeClick(db, id)).toBe(true);
    expect(created).toEqual(['chrome-extension://test-extension-id/planner.html#recap']);
    expect(await getActivePlanId(db)).toBe(plan.id);
  });

  test('an action item due today: notification; marking it done or changing the date updates the schedule', async () => {
    const plan = await planWithMeeting();
    const item = await addActionItem(db, plan.id, { text: 'Send course list', due: '2026-05-12', owner: 'manager' });
    const morning = new Date(2026, 4, 12, 9, 0).getTime();
    const shown = await fireDueReminders(db, morning);
    expect(shown.map((r) => r.kind)).toContain('action-due');
    const texts = (await notices()).map(([, o]) => (o as { message: string }).message);
    expect(texts.some((m) => m.includes('"Send course list" (Jordan)'))).toBe(true);

    // Moved to a later date: re-armed (fires again on the new morning).
    await updateActionItem(db, item.id, { due: '2026-05-19' });
    await syncReminders(db, morning + HOUR);
    const row = await db.reminders.get(reminderId(plan.id, 'action-due', item.id));
    expect(row).toMatchObject({ fireAt: new Date(2026, 4, 19, 9).getTime() });
    expect(row?.firedAt).toBeUndefined();
    // Done: removed with its alarm.
    await updateActionItem(db, item.id, { status: 'done' });
    await syncReminders(db, morning + 2 * HOUR);
    expect(await db.reminders.get(reminderId(plan.id, 'action-due', item.id))).toBeUndefined();
    expect(await alarmNames()).not.toContain(ALARM_PREFIX + reminderId(plan.id, 'action-due', item.id));
  });

  test('sending the recap or turning reminders off removes rows and alarms', async () => {
    const plan = await planWithMeeting();
    const now = meetingEnd(plan)!.getTime() - HOUR;
    await syncReminders(db, now);
    expect(await alarmNames()).toContain(ALARM_PREFIX + reminderId(plan.id, 'recap'));
    // Inserting the recap into a draft is not sending it: the reminder stays.
    const draft = draftRecord('recap', 'recap', 'gmail', new Date(now));
    await recordEmail(db, plan.id, draft);
    await syncReminders(db, now);
    expect(await alarmNames()).toContain(ALARM_PREFIX + reminderId(plan.id, 'recap'));
    expect(await recordEmailSent(db, plan.id, { draftId: draft.id! })).toBe(true);
    await syncReminders(db, now);
    expect(await alarmNames()).not.toContain(ALARM_PREFIX + reminderId(plan.id, 'recap'));
    await updatePlanFields(db, plan.id, { 'reminders.enabled': false });
    await syncReminders(db, now);
    expect(await db.reminders.count()).toBe(0);
    expect(await alarmNames()).toEqual([]);
    expect(await fireDueReminders(db, now + 30 * 86_400_000)).toEqual([]);
  });
});

describe('a full rebuild over more rows than one slice', () => {
  test('every row is written once, fired rows stay fired, and rows nothing wants are removed', async () => {
    // 2,600 due action items on two plans: three slices of reads and writes.
    const a = await planWithMeeting('2026-05-04T14:00');
    const b = await planWithMeeting('2026-05-04T14:00');
    const rows = (planId: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `${planId}-i${String(i).padStart(5, '0')}`, planId, text: `Step ${i}`, owner: 'me' as const, ownerName: '', due: `2026-05-${String((i % 20) + 5).padStart(2, '0')}`, status: 'open' as const, order: i, createdAt: a.createdAt }));
    await db.actionItems.bulkAdd([...rows(a.id, 1_500), ...rows(b.id, 1_100)]);
    const now = new Date(2026, 4, 1, 12).getTime();
    const pending = await syncReminders(db, now);
    // Each plan: agenda, recap, check-in, plus one per action item.
    expect(pending).toHaveLength(2_600 + 6);
    expect(await db.reminders.count()).toBe(2_606);
    expect(new Set(pending.map((r) => r.id)).size).toBe(2_606);

    // One already shown keeps its firedAt; plan b goes away: its 1,103 rows are removed.
    const shownId = reminderId(a.id, 'action-due', `${a.id}-i01234`);
    await db.reminders.update(shownId, { firedAt: now });
    await db.plans.delete(b.id);
    const again = await syncReminders(db, now + 1000);
    expect(again).toHaveLength(1_503 - 1);
    expect(await db.reminders.count()).toBe(1_503);
    expect((await db.reminders.get(shownId))?.firedAt).toBe(now);
    expect(await db.reminders.where('planId').equals(b.id).count()).toBe(0);
    // The alarms: the nearest MAX_ALARMS of what is pending, none for plan b.
    const names = await alarmNames();
    expect(names.length).toBeLessThanOrEqual(50);
    expect(names.some((n) => n.includes(b.id))).toBe(false);
  });
});

describe('after an edit in a page, one plan is re-planned', () => {
  test('its rows follow the edit, other plans\' rows are not read or changed, and the alarms stay the nearest of all', async () => {
    const edited = await planWithMeeting('2026-05-04T14:00');
    const other = await planWithMeeting('2026-05-04T14:00');
    const item = await addActionItem(db, edited.id, { text: 'Send course list', due: '2026-05-12' });
    const now = new Date(2026, 4, 1, 12).getTime();
    await syncReminders(db, now);
    const otherRows = await db.reminders.where('planId').equals(other.id).toArray();
    expect(otherRows.length).toBeGreaterThan(0);

    await updateActionItem(db, item.id, { due: '2026-05-19' });
    // The other plan changes too, but only the edited one is re-planned: its rows stay as they were.
    await updatePlanFields(db, other.id, { 'reminders.enabled': false });
    await syncPlanReminders(db, edited.id, now);
    expect(await db.reminders.get(reminderId(edited.id, 'action-due', item.id))).toMatchObject({ fireAt: new Date(2026, 4, 19, 9).getTime() });
    expect(await db.reminders.where('planId').equals(other.id).toArray()).toEqual(otherRows);
    // Alarms: the nearest unfired rows of the whole table, both plans' included.
    const names = await alarmNames();
    expect(names).toContain(ALARM_PREFIX + reminderId(other.id, 'agenda'));
    expect(names).toContain(ALARM_PREFIX + reminderId(edited.id, 'action-due', item.id));
    expect(names).toHaveLength(await db.reminders.count());
    // Done: its row and alarm go; the other plan's alarms stay as they were.
    await updateActionItem(db, item.id, { status: 'done' });
    await syncPlanReminders(db, edited.id, now);
    const after = await alarmNames();
    expect(after).not.toContain(ALARM_PREFIX + reminderId(edited.id, 'action-due', item.id));
    expect(after.filter((n) => n.includes(other.id))).toEqual(names.filter((n) => n.includes(other.id)));
  });

  test('a plan that is gone (removed by another path) loses its rows and alarms', async () => {
    const plan = await planWithMeeting('2026-05-04T14:00');
    const now = new Date(2026, 4, 1, 12).getTime();
    await syncReminders(db, now);
    expect(await db.reminders.where('planId').equals(plan.id).count()).toBeGreaterThan(0);
    await db.plans.delete(plan.id); // not deletePlan, which removes the rows itself
    await syncPlanReminders(db, plan.id, now);
    expect(await db.reminders.where('planId').equals(plan.id).count()).toBe(0);
    expect(await alarmNames()).toEqual([]);
  });
});

describe('many reminders due at once', () => {
  test('the active plan\'s and the newest few are shown, one notice counts the rest, and nothing shows twice', async () => {
    // Six plans whose recaps are all due (an imported archive, a browser closed for hours). The
    // active plan's meeting was the earliest, so "newest first" alone would leave it out.
    const active = await planWithMeeting('2026-05-06T09:00');
    const plans = [active];
    for (let i = 0; i < 5; i++) plans.push(await planWithMeeting('2026-05-06T14:00'));
    await setActivePlan(db, active.id);
    const now = meetingEnd(plans[5])!.getTime() + 5 * HOUR;
    expect(recapReminderAt(active)!.getTime()).toBeLessThan(recapReminderAt(plans[5])!.getTime());
    const shown = await fireDueReminders(db, now);
    expect(shown.filter((r) => r.kind === 'recap')).toHaveLength(6);
    const list = await notices();
    expect(list).toHaveLength(MAX_NOTICES_PER_RUN);
    const planIds = list.map(([id]) => parseNoticeId(id)!.planId);
    expect(planIds).toContain(active.id);
    const summary = list.find(([id]) => parseNoticeId(id)!.key === MORE_NOTICE_KEY)!;
    expect((summary[1] as { message: string }).message).toBe('4 more reminders are due. Click to open CareerTalk.');
    // Every one of them is marked shown: the next run shows none of them again.
    expect((await db.reminders.toArray()).filter((r) => r.kind === 'recap' && !r.firedAt)).toEqual([]);
    for (const [id] of list) await fakeBrowser.notifications.clear(id);
    expect(await fireDueReminders(db, now + 60_000)).toEqual([]);
    expect(await notices()).toHaveLength(0);
  });

  test('up to the limit, each due reminder gets its own notice', async () => {
    const plans = [];
    for (let i = 0; i < MAX_NOTICES_PER_RUN; i++) plans.push(await planWithMeeting('2026-05-06T14:00'));
    await fireDueReminders(db, recapReminderAt(plans[0])!.getTime());
    const list = await notices();
    expect(list).toHaveLength(MAX_NOTICES_PER_RUN);
    expect(list.every(([id]) => parseNoticeId(id)!.key !== MORE_NOTICE_KEY)).toBe(true);
  });
});

describe('service-worker wiring', () => {
  test('registering syncs at start, sets the periodic alarm once, and an alarm fires a due reminder', async () => {
    const plan = await planWithMeeting('2020-01-06T10:00'); // meeting long past: only the check-in remains
    await updatePlanFields(db, plan.id, { 'reminders.checkInEveryDays': 21 });
    registerReminders(() => db, { startDelayMs: 0 });
    await new Promise((r) => setTimeout(r, 200));
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 30 });
    // The check-in (2020-01-27) was missed long ago: shown once on start.
    const shown = await notices();
    expect(shown.map(([, o]) => (o as { title: string }).title)).toEqual(['Time for a check-in']);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now() });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 200));
    expect(await notices()).toHaveLength(1);
    expect((await db.reminders.get(reminderId(plan.id, 'check-in')))?.firedAt).toBeGreaterThan(0);
  });

  test('installed: one rebuild, the start safety net does not run a second one', async () => {
    await planWithMeeting('2020-01-06T10:00');
    const reads = vi.spyOn(db.plans, 'toArray');
    registerReminders(() => db, { startDelayMs: 100 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await new Promise((r) => setTimeout(r, 400));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeDefined();
    reads.mockRestore();
  });

  test('a wake that finds the periodic alarm in place does not rebuild every plan; the alarm does', async () => {
    const plan = await planWithMeeting('2020-01-06T10:00'); // its check-in is long overdue
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 30, delayInMinutes: 30 });
    registerReminders(() => db, { startDelayMs: 0 });
    await new Promise((r) => setTimeout(r, 200));
    expect(await notices()).toHaveLength(0);
    expect(await db.reminders.count()).toBe(0);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now() });
    await new Promise((r) => setTimeout(r, 200));
    expect((await db.reminders.get(reminderId(plan.id, 'check-in')))?.firedAt).toBeGreaterThan(0);
    expect(await notices()).toHaveLength(1);
  });
});

describe('showing due reminders arms no alarm for them', () => {
  test('the rebuild inside fireDueReminders sets alarms only for reminders still to come', async () => {
    const plan = await planWithMeeting();
    await addActionItem(db, plan.id, { text: 'Later', due: '2026-06-20' });
    const created: string[] = [];
    const alarms = {
      getAll: () => fakeBrowser.alarms.getAll(),
      clear: (name: string) => fakeBrowser.alarms.clear(name),
      create: (name: string, info: { when?: number }) => {
        created.push(name);
        return fakeBrowser.alarms.create(name, info);
      },
    } as unknown as Parameters<typeof fireDueReminders>[2];
    const shown = await fireDueReminders(db, recapReminderAt(plan)!.getTime(), alarms);
    expect(shown.map((r) => r.kind)).toEqual(['recap']);
    // An alarm for the recap, armed a second from now, would wake the worker for a second rebuild.
    expect(created).not.toContain(ALARM_PREFIX + reminderId(plan.id, 'recap'));
    expect(created.length).toBeGreaterThan(0); // the check-in and the action item still get theirs
  });
});
