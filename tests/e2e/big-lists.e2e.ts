import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';

/**
 * Long lists render only what is on screen: a check-in asks for progress on every action item
 * of the plan (up to 2,000), so each check-in's progress list is windowed too. Nothing is out
 * of reach: scrolled to, the last row is there, and what is typed in it is saved.
 */

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  expect(s.outbound).toEqual([]);
  await s?.close();
});

test('check-ins on a plan with 300 action items render a window of progress rows, and the last one can be reached and edited', async () => {
  const items = Array.from({ length: 300 }, (_, i) => ({ text: `Step ${i + 1}`, owner: 'me' as const, status: 'open' as const }));
  const plan = await seedPlan(s, {
    company: 'Acme',
    checkIns: [
      { id: 'c1', date: '2026-12-01', notes: 'First', progress: {} },
      { id: 'c2', date: '2026-12-15', notes: 'Second', progress: {} },
    ],
  }, items);
  const page = await s.openPlanner('#check-ins');
  await page.locator('.stage .list-item [data-list-action]').first().waitFor();
  const rows = page.locator('.list-item').first().locator('.progress-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  // A window, not all 300 rows of each check-in.
  expect(await page.locator('.progress-row').count()).toBeLessThan(120);

  // Scroll through the first check-in's progress to its end: the last action item is there.
  const last = page.getByLabel('Progress: Step 300', { exact: true }).first();
  for (let i = 0; i < 200 && !(await last.count()); i++) await page.mouse.wheel(0, 1500);
  await last.waitFor();
  await last.fill('Shipped');
  const stored = async () => (await readPlan(s, plan.id))?.checkIns.find((c) => c.id === 'c1')?.progress;
  await expect.poll(async () => Object.values((await stored()) ?? {})).toEqual(['Shipped']);
  await page.close();
});
