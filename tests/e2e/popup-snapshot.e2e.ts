import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { openPlanDetails } from './plan-details';
import { readPlan, seedPlan } from './seed';

const SNAPSHOT_KEY = 'careertalk:active-plan-snapshot';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  // Every frame of every page, the values of the popup's Company and Manager fields and
  // whether it shows a loading state: what the person could have seen, frame by frame.
  await s.context.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = frames;
    const tick = () => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Company');
      const company = label ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
      const busy = document.querySelector('main.popup[aria-busy="true"]');
      const state = busy ? 'loading' : company ? company.value : 'nothing';
      if (frames.at(-1) !== state) frames.push(state);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
});
afterAll(async () => {
  expect(s.outbound).toEqual([]);
  await s?.close();
});

test('the popup paints the plan from its snapshot in the first frame, without a loading state', async () => {
  await seedPlan(s, { managerName: 'Dana Whitfield', company: 'Acme' });
  // The first opening has no snapshot: it waits for the database once, then keeps one.
  let popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Acme');
  await expect.poll(() => popup.evaluate((k) => localStorage.getItem(k), SNAPSHOT_KEY)).toContain('Acme');
  await popup.close();

  popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Acme');
  const frames = await popup.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
  expect(frames.filter((f) => f !== 'nothing')).toEqual(['Acme']);
  await popup.close();
});

test('edited in the planner while the popup’s snapshot is stale: the popup shows the new value, and a keystroke typed at once is kept', async () => {
  const planner = await s.openPlanner('#self-assessment');
  await openPlanDetails(planner);
  await expect.poll(() => planner.getByLabel('Company').inputValue()).toBe('Acme');
  const stale = await planner.evaluate((k) => localStorage.getItem(k), SNAPSHOT_KEY);
  expect(stale).toContain('Acme');
  await planner.getByLabel('Company').fill('');
  await planner.getByLabel('Company').pressSequentially('Initech');
  const planId = JSON.parse(stale!).plan.id as string;
  await expect.poll(async () => (await readPlan(s, planId))?.company).toBe('Initech');
  // As if that edit had come from a writer that cannot reach the snapshot (the service worker).
  await planner.evaluate(([k, v]) => localStorage.setItem(k, v), [SNAPSHOT_KEY, stale!] as const);
  await planner.close();

  const popup = await s.openPopup();
  // Typed the instant the popup appears, while the stale snapshot is still on screen.
  await popup.getByLabel("Manager's name").press('End');
  await popup.getByLabel("Manager's name").pressSequentially(' Jr');
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Initech');
  expect(await popup.getByLabel("Manager's name").inputValue()).toBe('Dana Whitfield Jr');
  await expect.poll(async () => (await readPlan(s, planId))?.managerName).toBe('Dana Whitfield Jr');
  // From the stale value straight to the stored one: never an empty form or a loading state.
  const frames = (await popup.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).filter((f) => f !== 'nothing');
  expect(frames).not.toContain('loading');
  expect(frames).not.toContain('');
  expect(frames.at(-1)).toBe('Initech');
  expect(frames.every((f) => f === 'Acme' || f === 'Initech')).toBe(true);
  // The next opening paints the corrected value first.
  await expect.poll(() => popup.evaluate((k) => localStorage.getItem(k), SNAPSHOT_KEY)).toContain('Initech');
  await popup.close();
});

test('the plan switcher fills in the other plans after the first paint, from their titles', async () => {
  await seedPlan(s, { title: 'Second cycle', company: 'Globex' });
  const popup = await s.openPopup();
  const switcher = popup.getByLabel('Plan', { exact: true });
  await expect.poll(() => switcher.locator('option').allInnerTexts()).toEqual(['Second cycle', expect.stringContaining('Initech')]);
  await switcher.selectOption({ index: 1 });
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Initech');
  await popup.close();
});
