import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CareerTalkDB, setDbForTests } from '../../lib/db/schema';
import { addActionItem, createPlan } from '../../lib/db/plans';
import { recapReminderAt } from '../../lib/plan/deadlines';
import { fireDueReminders } from '../../lib/background/reminders';
import { handleNoticeClick, resetNoticeClicksForTests } from '../../lib/background/notify';
import { discreetNotifications, setDiscreetNotifications } from '../../lib/db/notification-settings';

let db: CareerTalkDB;
beforeEach(() => {
  db = new CareerTalkDB('careertalk-discreet', { indexedDB: new IDBFactory(), IDBKeyRange });
  setDbForTests(db);
  resetNoticeClicksForTests();
});

const shown = async () => Object.entries(await fakeBrowser.notifications.getAll()) as [string, { title: string; message: string }][];

test('discreet by default: reminders name nobody and quote no plan text, and a click still opens the right stage', async () => {
  expect(await discreetNotifications(db)).toBe(true);
  const plan = await createPlan(db, { managerName: 'Jordan Secret', company: 'Acme', meetingAt: '2026-05-04T14:00', meetingMinutes: 30 });
  await addActionItem(db, plan.id, { text: 'Ask about the confidential reorg', due: '2026-05-05' });
  await fireDueReminders(db, recapReminderAt(plan)!.getTime());
  const notices = await shown();
  expect(notices.length).toBeGreaterThan(0);
  for (const [, n] of notices) {
    expect(n.title).toBe('CareerTalk reminder');
    expect(`${n.title} ${n.message}`).not.toMatch(/Jordan|Secret|Acme|reorg/);
  }
  expect(notices.map(([, n]) => n.message)).toContain('Your meeting follow-up is due. Click to open CareerTalk.');
  const [id] = notices.find(([, n]) => n.message.includes('follow-up'))!;
  expect(await handleNoticeClick(db, id)).toBe(true);
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.some((t) => t.url?.endsWith('planner.html#recap'))).toBe(true);
});

test('turned off, reminders say who and what', async () => {
  await setDiscreetNotifications(db, false);
  const plan = await createPlan(db, { managerName: 'Jordan Secret', meetingAt: '2026-05-04T14:00', meetingMinutes: 30 });
  await fireDueReminders(db, recapReminderAt(plan)!.getTime());
  expect((await shown()).some(([, n]) => n.message.includes('Jordan Secret'))).toBe(true);
});
