// Popup: time from opening to showing the active plan, and the planner's time to interactive,
// with 1 plan and with 1,000 plans and 20,000 action items, each over its page's script-free
// floor measured in the same rounds (targets: popup <= 2x, planner <= 3x; 1,000 / 1 within
// 1.1x for the popup, 1.2x for the planner).
// Data is seeded straight into the extension's IndexedDB (lib/datasets.mjs, lib/raw-db.mjs).
import { seedRecords } from './lib/raw-db.mjs';
import { manyPlans } from './lib/datasets.mjs';

const RUNS = 9;

/**
 * Median popup and planner open times with `plans` plans seeded, each paired with the same
 * page loaded with its scripts switched off (HTML and CSS only: what an extension page costs
 * this browser before any of our code runs) in the same round, so load on the machine hits
 * both alike. Exported for the budget checks in `npm test`.
 */
export async function measurePopup(ctx, plans, runs = RUNS) {
  const { context, extensionId, worker } = await ctx.launch();
  try {
    const page = await context.newPage();
    const bare = await context.newPage();
    const cdp = await context.newCDPSession(bare);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    const url = (path) => `chrome-extension://${extensionId}/${path}`;
    const shown = () => page.evaluate(() => performance.getEntriesByName('careertalk:plan-shown')[0].startTime);
    const dcl = () => bare.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd).catch(() => NaN);
    const openPopup = async () => {
      await page.goto('about:blank');
      await page.goto(url('popup.html'));
      await page.waitForFunction(() => document.querySelector('[data-plan-id]') && performance.getEntriesByName('careertalk:plan-shown').length > 0);
    };
    const openPlanner = async () => {
      // Through about:blank: a second goto to the same URL with a hash would not reload.
      await page.goto('about:blank');
      await page.goto(url('planner.html#goals'));
      await page.waitForFunction(() => performance.getEntriesByName('careertalk:plan-shown').length > 0);
      // Interactive: the stage's own fields are on screen (Goals: the first goal's).
      await page.locator('[data-stage] input, [data-stage] textarea').first().waitFor();
    };
    // Opening the popup once creates the database with its current schema.
    await page.goto(url('popup.html'));
    await page.waitForFunction(() => performance.getEntriesByName('careertalk:plan-shown').length > 0);
    await seedRecords(worker, manyPlans(plans), { settle: true });
    // The person has opened it before: the popup's snapshot of the active plan exists.
    await openPopup();
    const popup = [];
    const planner = [];
    const bareSamples = [];
    const plannerBareSamples = [];
    for (let i = 0; i < runs; i++) {
      await openPopup();
      popup.push(await shown());
      await bare.goto(url('popup.html'));
      bareSamples.push(await dcl());
      await openPlanner();
      planner.push(await shown());
      await bare.goto(url('planner.html#goals'));
      plannerBareSamples.push(await dcl());
      await bare.goto('about:blank');
    }
    const m = ctx.stats.median;
    return {
      popup: m(popup), planner: m(planner), popupSamples: popup, plannerSamples: planner,
      bare: m(bareSamples), plannerBare: m(plannerBareSamples), bareSamples, plannerBareSamples,
    };
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const one = await measurePopup(ctx, 1);
  const many = await measurePopup(ctx, 1000);
  const paired = (xs, floors) => ctx.stats.median(xs.map((x, i) => x / floors[i]));
  const rows = [{ name: 'popup page without its scripts (the browser\'s own floor), DOMContentLoaded', value: one.bare, unit: 'ms' }];
  for (const [label, t] of [['1 plan', one], ['1,000 plans + 20,000 action items', many]]) {
    const ratio = paired(t.popupSamples, t.bareSamples);
    rows.push(
      { name: `popup: active plan shown, ${label} (median of ${RUNS})`, value: t.popup, unit: 'ms' },
      { name: `popup: active plan shown / script-free floor, ${label}`, value: ratio, unit: 'x', target: '<= 2x', ok: ratio <= 2 },
    );
  }
  rows.push({ name: 'popup: 1,000 plans / 1 plan', value: many.popup / one.popup, unit: 'x', target: '<= 1.1x', ok: many.popup / one.popup <= 1.1 });
  rows.push({ name: 'planner page without its scripts, DOMContentLoaded', value: one.plannerBare, unit: 'ms' });
  for (const [label, t] of [['1 plan', one], ['1,000 plans + 20,000 action items', many]]) {
    const ratio = paired(t.plannerSamples, t.plannerBareSamples);
    rows.push(
      { name: `planner: interactive (fields shown), ${label}`, value: t.planner, unit: 'ms' },
      { name: `planner: interactive / its own script-free floor, ${label}`, value: ratio, unit: 'x', target: '<= 3x', ok: ratio <= 3 },
    );
  }
  rows.push({ name: 'planner: 1,000 plans / 1 plan', value: many.planner / one.planner, unit: 'x', target: '<= 1.2x', ok: many.planner / one.planner <= 1.2 });
  return rows;
}
