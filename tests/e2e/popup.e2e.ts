import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  expect(s.outbound).toEqual([]);
  await s?.close();
});

test('typed values survive the popup closing at once, and reopening shows them exactly', async () => {
  let popup = await s.openPopup();
  await popup.getByRole('button', { name: 'Start a plan' }).click();
  await popup.getByLabel("Manager's name").pressSequentially('Dana Whitfield');
  await popup.getByLabel("Manager's email").fill('dana@example.com');
  await popup.getByLabel('Company').pressSequentially('Acme Robotics');
  await popup.getByLabel('Meeting date').fill('2026-12-03T10:30');
  await popup.getByLabel('Your first goal').pressSequentially('Lead the billing migration');
  // The popup closes the moment focus leaves it: no blur, no Save, no waiting.
  await popup.close();

  popup = await s.openPopup();
  await expect(popup.getByLabel("Manager's name").inputValue()).resolves.toBe('Dana Whitfield');
  await expect(popup.getByLabel("Manager's email").inputValue()).resolves.toBe('dana@example.com');
  await expect(popup.getByLabel('Company').inputValue()).resolves.toBe('Acme Robotics');
  await expect(popup.getByLabel('Meeting date').inputValue()).resolves.toBe('2026-12-03T10:30');
  await expect(popup.getByLabel('Goal 1').inputValue()).resolves.toBe('Lead the billing migration');
  await popup.close();
});

test('a second plan can be created and the first switched back to', async () => {
  const popup = await s.openPopup();
  await popup.getByRole('button', { name: 'New plan' }).click();
  await expect.poll(() => popup.getByLabel("Manager's name").inputValue()).toBe('');
  await popup.getByLabel('Company').pressSequentially('Globex');
  const switcher = popup.getByLabel('Plan', { exact: true });
  await expect.poll(() => switcher.locator('option').allInnerTexts()).toEqual([expect.stringContaining('Globex'), expect.stringContaining('Acme Robotics')]);
  await switcher.selectOption({ label: (await switcher.locator('option').nth(1).innerText()).trim() });
  await expect.poll(() => popup.getByLabel("Manager's name").inputValue()).toBe('Dana Whitfield');
  await popup.close();
});

test('the popup shows the next step and opens the planner', async () => {
  const popup = await s.openPopup();
  const text = await popup.locator('.next-step').innerText();
  expect(text).toMatch(/Next:/);
  const [planner] = await Promise.all([s.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open the full planner' }).click()]);
  await planner.waitForLoadState();
  expect(planner.url()).toContain(`chrome-extension://${s.extensionId}/planner.html`);
  await planner.close();
});

test('two pages open on the same plan keep both edits and show each other’s live', async () => {
  const a = await s.openPopup();
  const b = await s.openPopup();
  await a.getByLabel("Manager's name").fill('');
  await a.getByLabel("Manager's name").pressSequentially('Priya Natarajan');
  await b.getByLabel('Company').fill('');
  await b.getByLabel('Company').pressSequentially('Initech');
  // Each page sees the other's edit without a reload (live queries), and neither overwrote the other.
  await expect.poll(() => a.getByLabel('Company').inputValue()).toBe('Initech');
  await expect.poll(() => b.getByLabel("Manager's name").inputValue()).toBe('Priya Natarajan');
  await a.close();
  await b.close();
  const c = await s.openPopup();
  await expect.poll(() => c.getByLabel("Manager's name").inputValue()).toBe('Priya Natarajan');
  await expect.poll(() => c.getByLabel('Company').inputValue()).toBe('Initech');
  await c.close();
});

test('setting the meeting time in the popup schedules the recap reminder at once', async () => {
  const popup = await s.openPopup();
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  const local = new Date(hourAgo.getTime() - hourAgo.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await popup.getByLabel('Meeting date').fill(local);
  const planId = await popup.locator('[data-plan-id]').getAttribute('data-plan-id');
  const alarms = () =>
    s.worker.evaluate(async (planId) => {
      const g = globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } };
      return (await g.chrome.alarms.getAll()).filter((a) => a.name.includes(`${planId}:recap`));
    }, planId);
  // A few hours after the meeting ends, well inside the 24-hour window (the plan may have had a
  // recap alarm for its earlier meeting time: it must move, not stay or double).
  const meetingEnd = new Date(local).getTime() + 30 * 60_000;
  const hoursAfterEnd = async () => (await alarms()).map((a) => (a.scheduledTime - meetingEnd) / 3_600_000);
  await expect.poll(hoursAfterEnd, { timeout: 10_000 }).toEqual([expect.any(Number)]);
  await expect
    .poll(async () => (await hoursAfterEnd())[0], { timeout: 10_000 })
    .toSatisfy((hours: number) => hours > 1 && hours < 12);
  expect(await hoursAfterEnd()).toHaveLength(1);
  await popup.close();
});
