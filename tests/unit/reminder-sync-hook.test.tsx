import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useReminderSync } from '../../components/hooks/useReminderSync';
import type { CareerTalkDB } from '../../lib/db/schema';
import type { ActionItem, Plan } from '../../lib/plan/types';

// The planner re-plans reminders 1.5 s after an edit that moves one. What it compares is worked
// out after the paint (a first render of 2,000 action items does not wait for it): opening a
// page, or an edit that moves no reminder, must still plan nothing, and a moving edit one sync.
const sync = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('../../lib/background/reminders', () => ({ syncPlanReminders: sync }));

let host: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  sync.mockClear();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  vi.useRealTimers();
});

const db = {} as CareerTalkDB;
const plan = (over: Partial<Plan> = {}) =>
  ({ id: 'p1', meetingAt: '2026-12-03T10:30', meetingMinutes: 30, emailsSent: [], checkIns: [], reminders: { enabled: true, checkInEveryDays: 21 }, company: 'A', ...over }) as unknown as Plan;
const items = (due: string, text = 'Write the design doc'): ActionItem[] => [{ id: 'a1', planId: 'p1', text, owner: 'me', ownerName: '', due, status: 'open', order: 0, createdAt: '' } as ActionItem];

function Sync(props: { plan?: Plan; items: ActionItem[] }) {
  useReminderSync(db, props.plan, props.items);
  return null;
}
const show = (p: Plan | undefined, i: ActionItem[]) => act(() => render(<Sync plan={p} items={i} />, host));
const settle = async () => {
  await act(async () => void vi.advanceTimersByTime(2000));
  await vi.dynamicImportSettled();
};

test('opening a page plans nothing; an edit that moves no reminder plans nothing', async () => {
  show(plan(), items('2026-12-10'));
  await settle();
  show(plan({ company: 'B' }), items('2026-12-10', 'Write the design doc today'));
  await settle();
  expect(sync).not.toHaveBeenCalled();
});

test('moving an action item’s due date re-plans that plan’s reminders once, 1.5 s later', async () => {
  show(plan(), items('2026-12-10'));
  await settle();
  show(plan(), items('2026-12-11'));
  // Typing elsewhere meanwhile (the plan re-read) neither cancels nor repeats it.
  await act(async () => void vi.advanceTimersByTime(500));
  show(plan({ company: 'B' }), items('2026-12-11'));
  await settle();
  expect(sync).toHaveBeenCalledTimes(1);
  expect(sync).toHaveBeenCalledWith(db, 'p1');
});

test('moving the meeting re-plans once; moving it again before the sync plans the newest only', async () => {
  show(plan(), items('2026-12-10'));
  await settle();
  show(plan({ meetingAt: '2026-12-04T10:30' }), items('2026-12-10'));
  await act(async () => void vi.advanceTimersByTime(1000));
  show(plan({ meetingAt: '2026-12-05T10:30' }), items('2026-12-10'));
  await settle();
  expect(sync).toHaveBeenCalledTimes(1);
});
