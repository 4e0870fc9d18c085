import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { agendaReminderAt } from '../../lib/background/agenda-reminder';

/** Follow-through (issue 14): the agenda reminder, calendar links, the printed meeting sheet, the next cycle. */

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

/** `YYYY-MM-DDTHH:mm` in local time, `days` from now at the given hour. */
function localWall(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

const alarmsOf = (planId: string, kind: string) =>
  s.worker.evaluate(
    async ([planId, kind]) => {
      const g = globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } };
      return (await g.chrome.alarms.getAll()).filter((a) => a.name === `reminder:${planId}:${kind}:`).map((a) => a.scheduledTime);
    },
    [planId, kind],
  );

test('setting a meeting date schedules the agenda reminder two working days before; the webmail choice is kept; turning reminders off removes it', async () => {
  const plan = await seedPlan(s, { myName: 'Alex Rivera', managerName: 'Dana Whitfield', managerEmail: 'dana@example.com', company: 'Acme' });
  const page = await s.openPlanner('#agenda');
  const meetingAt = localWall(10, 10);
  await page.getByLabel('Meeting date').fill(meetingAt);
  const expected = agendaReminderAt({ meetingAt, emailsSent: [], reminders: plan.reminders }, Date.now())!;
  await expect.poll(() => alarmsOf(plan.id, 'agenda'), { timeout: 15_000 }).toEqual([expected]);
  await expect.poll(() => page.getByText('Reminder to send the agenda:').count()).toBe(1);

  // The person picks the webmail the reminder's draft opens in; the choice is kept.
  await page.getByLabel('Open reminder drafts in').first().selectOption('outlook');
  await page.reload();
  await expect.poll(() => page.getByLabel('Open reminder drafts in').first().inputValue()).toBe('outlook');

  // Reminders off: the alarm goes.
  await page.goto(page.url().replace(/#.*$/, '#check-ins'));
  await page.getByLabel('Remind me (agenda, recap, check-ins and due action items)').uncheck();
  await expect.poll(() => alarmsOf(plan.id, 'agenda'), { timeout: 15_000 }).toEqual([]);
  await page.close();
});
