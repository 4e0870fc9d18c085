import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, type ExtensionSession } from './harness';
import { openPlanDetails } from './plan-details';
import { seedPlan } from './seed';
import { agendaReminderAt } from '../../lib/background/agenda-reminder';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';
import type { ActionItem, Plan } from '../../lib/plan/types';

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
  await openPlanDetails(page);
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

test('the calendar links open Google Calendar and Outlook with the meeting, the agenda and the manager', async () => {
  const meetingAt = localWall(7, 14);
  await seedPlan(s, {
    myName: 'Alex Rivera',
    managerName: 'Dana Whitfield',
    managerEmail: 'dana@example.com',
    meetingAt,
    meetingMinutes: 45,
    agenda: [{ id: 'a1', section: 'long-term', text: 'Where I want to be in three years' }],
  });
  const page = await s.openPlanner('#meeting');
  const start = new Date(meetingAt).getTime();
  const attempted = async (button: string, prefix: string) => {
    const before = s.outbound.length;
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: button }).click();
    await (await popup).waitForLoadState().catch(() => undefined);
    // Requests are blocked in the tests: the new tab's navigation is recorded instead of leaving the machine.
    await expect.poll(() => s.outbound.slice(before).find((u) => u.startsWith(prefix))).toBeTruthy();
    const tried = s.outbound.splice(before);
    // Only the calendar was asked for (the harness fails the file on anything else left in outbound).
    expect(tried.every((u) => u.startsWith(prefix))).toBe(true);
    return new URL(tried[0]);
  };

  const google = await attempted('Add to Google Calendar', 'https://calendar.google.com/calendar/render?');
  expect(google.searchParams.get('action')).toBe('TEMPLATE');
  expect(google.searchParams.get('text')).toBe('Career development conversation: Alex Rivera and Dana Whitfield');
  const stamp = (d: number) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  expect(google.searchParams.get('dates')).toBe(`${stamp(start)}/${stamp(start + 45 * 60_000)}`);
  expect(google.searchParams.get('details')).toContain('Where I want to be in three years');
  expect(google.searchParams.get('add')).toBe('dana@example.com');

  const outlook = await attempted('Add to Outlook calendar', 'https://outlook.office.com/calendar/deeplink/compose?');
  expect(outlook.searchParams.get('rru')).toBe('addevent');
  expect(new Date(outlook.searchParams.get('startdt')!).getTime()).toBe(start);
  expect(new Date(outlook.searchParams.get('enddt')!).getTime()).toBe(start + 45 * 60_000);
  expect(outlook.searchParams.get('body')).toContain('Where I want to be in three years');
  expect(outlook.searchParams.get('to')).toBe('dana@example.com');
  await page.close();
});

/** Prints the page to PDF (Chromium's print path, `@media print`) and reads it back with pdftotext. */
async function printed(page: import('playwright-core').Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'careertalk-pdf-'));
  try {
    const pdf = join(dir, 'sheet.pdf');
    await page.pdf({ path: pdf, format, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    return { pages: text.split('\f').length - 1, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test('Print meeting sheet: at most 2 pages (A4 and Letter) with the agenda, the questions and the requests; no navigation or buttons', async () => {
  const agenda = [
    'My current role: what is going well and what I would change',
    'Where I want to be in two to five years: leading a small platform team',
    'The development goals below, and how you could help',
    'Your feedback: my strengths and the one area to develop',
  ];
  await seedPlan(s, {
    myName: 'Alex Rivera',
    managerName: 'Dana Whitfield',
    meetingAt: localWall(3, 10),
    agenda: agenda.map((text, i) => ({ id: `a${i}`, section: 'other', text })),
    goals: [
      { id: 'g1', kind: 'lead-project', text: 'Experience leading people', request: 'Lead the Q3 billing migration' },
      { id: 'g2', kind: 'mentor', text: 'Learn how staff engineers work', request: 'Pair me with a staff engineer as a mentor' },
    ],
  });
  const page = await s.openPlanner('#meeting');
  await page.getByRole('button', { name: 'Print meeting sheet' }).waitFor();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print meeting sheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printed(page, format);
    expect(pages, format).toBeGreaterThanOrEqual(1);
    expect(pages, format).toBeLessThanOrEqual(2);
    const flat = squash(text);
    for (const item of agenda) expect(flat).toContain(item);
    expect(flat).toContain('Questions to ask');
    expect(flat).toContain('Ask which of your skills they see as strongest');
    expect(flat).toContain('Lead the Q3 billing migration');
    expect(flat).toContain('Thank Dana Whitfield for making the time');
    for (const box of ['Strengths', 'Areas to grow', 'Opportunities', 'Takeaways and next steps']) expect(flat).toContain(box);
    // Only the sheet: no navigation, no buttons, no form fields.
    for (const ui of ['Print meeting sheet', 'Self-assessment', 'Download calendar invite', 'Add to Google Calendar', 'Templates']) {
      expect(flat, ui).not.toContain(ui);
    }
  }

  // A big plan still fits on two pages.
  await seedPlan(s, {
    myName: 'Alex Rivera',
    managerName: 'Dana Whitfield',
    agenda: Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, section: 'other' as const, text: `Talking point ${i + 1}: ${'a fairly long sentence about my work '.repeat(2)}` })),
    goals: Array.from({ length: 8 }, (_, i) => ({ id: `h${i}`, kind: 'other' as const, text: `Goal ${i + 1} in my own words`, request: `Concrete request number ${i + 1}` })),
  });
  await page.reload();
  await page.getByRole('button', { name: 'Print meeting sheet' }).waitFor();
  // The page paints first from its snapshot of the plan, which the raw seeding above bypassed;
  // print once the database's version (the big plan) is on screen.
  await expect.poll(() => page.locator('body').textContent(), { timeout: 15_000 }).toContain('Talking point 20');
  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printed(page, format);
    expect(pages, format).toBeLessThanOrEqual(2);
    expect(squash(text)).toContain('Talking point 20');
    expect(squash(text)).toContain('Concrete request number 8');
  }
  await page.close();
});

test('Start the next cycle (popup → planner History): carried-over items in the new plan, the old one unchanged, History lists both', async () => {
  const old = await seedPlan(
    s,
    {
      myName: 'Alex Rivera',
      managerName: 'Dana Whitfield',
      company: 'Acme',
      meetingAt: localWall(-20, 10),
      goals: [
        { id: 'g1', kind: 'lead-project', text: 'Experience leading people', request: 'Lead the Q3 billing migration' },
        { id: 'g2', kind: 'certification', text: 'Cloud skills', request: 'AWS certification' },
      ],
      paths: [{ id: 'p1', role: 'Staff engineer', moveType: 'vertical', qualifications: '', gaps: '', notes: '' }],
    },
    [
      { text: 'Research the certification', status: 'done', due: '2030-01-01', doneAt: new Date().toISOString() },
      { text: 'Shadow Priya for a day', status: 'open' },
      { text: 'An idea I am dropping', status: 'open' },
    ],
  );
  const storedBefore = (await readRecords(s.worker, ['plans', 'actionItems'])) as { plans: Plan[]; actionItems: ActionItem[] };

  // The popup offers it once the meeting has taken place, and opens the planner's History page.
  const popup = await s.openPopup();
  const opened = s.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Start the next cycle' }).click();
  const page = await opened;
  await page.waitForURL(/planner\.html#history$/);
  await popup.close();

  await page.getByRole('checkbox', { name: 'Reached: AWS certification' }).check();
  await page.getByRole('checkbox', { name: 'Carry over: An idea I am dropping' }).uncheck();
  await page.getByRole('button', { name: 'Start the next cycle' }).click();
  await expect.poll(() => page.getByText('All cycles (2)').count(), { timeout: 10_000 }).toBe(1);

  const stored = (await readRecords(s.worker, ['plans', 'actionItems', 'settings'])) as { plans: Plan[]; actionItems: ActionItem[] };
  const oldAfter = stored.plans.find((p) => p.id === old.id)!;
  const next = stored.plans.find((p) => p.cycle?.previousPlanId === old.id)!;
  expect(stored.plans.filter((p) => p.cycle?.previousPlanId === old.id)).toHaveLength(1);
  // The old plan: as it was, plus the link forward that marks it finished.
  const { cycle, ...oldRest } = oldAfter;
  expect(oldRest).toEqual(storedBefore.plans.find((p) => p.id === old.id));
  expect(cycle).toMatchObject({ nextPlanId: next.id });
  expect(stored.actionItems.filter((i) => i.planId === old.id)).toEqual(storedBefore.actionItems.filter((i) => i.planId === old.id));
  expect(next.cycle).toMatchObject({ previousPlanId: old.id });
  expect(stored.actionItems.filter((i) => i.planId === next.id).map((i) => i.text)).toEqual(['Shadow Priya for a day']);

  // History: one row per cycle with its figures (1 done on time, 1 dropped, 1 carried over).
  const rows = page.locator('.history-table tbody tr');
  await expect.poll(() => rows.count()).toBe(2);
  expect(await rows.nth(0).locator('td').allTextContents()).toEqual(['Dana Whitfield', 'Lead the Q3 billing migrationAWS certification', '1', '0', '1', '1']);
  expect(await rows.nth(1).locator('td').allTextContents()).toEqual(['Dana Whitfield', 'Lead the Q3 billing migration', '0', '0', '–', '1 open']);
  await expect.poll(() => page.locator('.history-goal-path li').count()).toBe(2);

  // The planner now shows the new plan with what was carried over.
  await page.goto(page.url().replace(/#.*$/, '#goals'));
  await expect.poll(() => page.getByLabel('Your concrete request').first().inputValue()).toBe('Lead the Q3 billing migration');
  expect(await page.getByLabel('Your concrete request').count()).toBe(1);
  await page.goto(page.url().replace(/#.*$/, '#career-paths'));
  await expect.poll(() => page.getByLabel(/: role$/).first().inputValue()).toBe('Staff engineer');
  await page.close();
});
