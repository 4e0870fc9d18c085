import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';

/**
 * Writes made by the service worker (here: a selection saved from the context menu) reach
 * the snapshot the popup paints its first frame from (lib/background/snapshot-refresh.ts,
 * through the offscreen document): the popup opened after such a write shows it at once,
 * never the plan as it was a moment before.
 */

const SNAPSHOT_KEY = 'careertalk:active-plan-snapshot';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  // Every frame of the popup: the values of its goal fields (or that there is no form yet).
  await s.context.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = frames;
    const tick = () => {
      const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.quick-goals input, .quick-goals textarea')];
      const state = fields.length ? fields.map((f) => f.value).join('|') : 'nothing';
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

async function saveFromMenu(menuItemId: string, selectionText: string) {
  return s.worker.evaluate(
    ({ menuItemId, selectionText }) =>
      (globalThis as unknown as { __careertalkMenus: { click(i: unknown, t: unknown): Promise<{ ok: boolean }> } }).__careertalkMenus.click(
        { menuItemId, selectionText, frameId: 0 },
        undefined,
      ),
    { menuItemId, selectionText },
  );
}

test('a goal saved from the context menu is in the popup’s first frame (no flash of the plan without it)', async () => {
  const plan = await seedPlan(s, { managerName: 'Dana Whitfield', company: 'Acme', goals: [] });
  // The person has opened the popup before: its snapshot holds the plan without goals.
  let popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Acme');
  await expect.poll(() => popup.evaluate((k) => localStorage.getItem(k), SNAPSHOT_KEY)).toContain('Acme');
  await popup.close();

  expect(await saveFromMenu('careertalk-save-goal', 'Lead the Q3 launch review')).toMatchObject({ ok: true });
  expect((await readPlan(s, plan.id))?.goals.map((g) => g.text)).toEqual(['Lead the Q3 launch review']);

  popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Goal 1', { exact: true }).inputValue()).toBe('Lead the Q3 launch review');
  const frames = (await popup.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).filter((f) => f !== 'nothing');
  // The first frame with a form already holds the saved goal (and the blank field after it).
  expect(frames[0]).toBe('Lead the Q3 launch review|');
  expect(frames.every((f) => f.startsWith('Lead the Q3 launch review'))).toBe(true);
  await popup.close();
});

test('a second background write while no page is open: the snapshot follows it too', async () => {
  expect(await saveFromMenu('careertalk-save-goal', 'Shadow the staff engineer for a sprint')).toMatchObject({ ok: true });
  const popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Goal 2', { exact: true }).inputValue()).toBe('Shadow the staff engineer for a sprint');
  const frames = (await popup.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).filter((f) => f !== 'nothing');
  expect(frames[0]).toBe('Lead the Q3 launch review|Shadow the staff engineer for a sprint|');
  await popup.close();
});
