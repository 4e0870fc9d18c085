import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { extensionDir } from './harness';
// The same measurements `npm run bench` prints, run here as budgets.
import { createBenchContext, stats } from '../../scripts/bench/lib/context.mjs';
import { measureMutationRatio } from '../../scripts/bench/webmail.mjs';
import { measurePopup, type PopupTimes } from '../../scripts/bench/popup.mjs';

const ctx = createBenchContext({ root: resolve('.'), extensionDir: extensionDir() });
afterAll(() => ctx.close());

/**
 * A ratio fails its budget only when it misses the target by more than this machine's
 * noise, measured in the same run as the spread (IQR) of the paired samples.
 */
test('the Gmail page under 20,000 DOM mutations is at most 1.10x slower with the extension (plus noise)', { timeout: 240_000 }, async () => {
  const html = readFileSync(resolve('tests/fixtures/gmail-compose.html'), 'utf8');
  const withExt = await ctx.launch({ withExtension: true });
  const bare = await ctx.launch({ withExtension: false });
  try {
    const { pairsControl } = await measureMutationRatio(ctx, { withExt, bare, html, rounds: 15 });
    const ratio = stats.median(pairsControl);
    const noise = stats.iqr(pairsControl);
    console.log(`mutation slowdown ratio ${ratio.toFixed(3)} (noise ±${noise.toFixed(3)}, ${pairsControl.length} paired runs)`);
    expect(ratio).toBeLessThanOrEqual(1.1 + noise);
  } finally {
    await withExt.context.close();
    await bare.context.close();
  }
});

// One pair of measurements (1 plan, then 1,000 plans with 20,000 action items) serves every
// popup and planner budget below.
let popupRuns: Promise<{ one: PopupTimes; many: PopupTimes }> | undefined;
const popupTimes = () => (popupRuns ??= (async () => ({ one: await measurePopup(ctx, 1, 7), many: await measurePopup(ctx, 1000, 7) }))());

/** Each round's page time over the same round's script-free floor: the load of the moment hits both. */
const pairedRatios = (xs: number[], floors: number[]) => xs.map((x, i) => x / floors[i]).filter(Number.isFinite);

/**
 * 1,000 plans against 1 plan, each over its own same-round floor. The two data sets run in two
 * browser sessions one after the other, and the script-free floor itself moved by up to 1.7x
 * between them on this machine (seeding 20,000 items just before); dividing by each set's floor
 * leaves what our code adds with more data, which is what the budget is about. The raw ratio is
 * printed next to it.
 */
function dataSetRatio(manyTimes: number[], manyFloors: number[], oneTimes: number[], oneFloors: number[]) {
  const many = pairedRatios(manyTimes, manyFloors);
  const one = pairedRatios(oneTimes, oneFloors);
  const base = stats.median(one);
  return { ratio: stats.median(many) / base, noise: (stats.iqr(many) + stats.iqr(one)) / base };
}

test('the popup shows the active plan within 2x its script-free floor, with 1 and 1,000 plans (plus noise)', { timeout: 300_000 }, async () => {
  const { one, many } = await popupTimes();
  for (const [name, t] of [['1 plan', one], ['1,000 plans', many]] as const) {
    const ratios = pairedRatios(t.popupSamples, t.bareSamples);
    const ratio = stats.median(ratios);
    const noise = stats.iqr(ratios);
    console.log(`popup ${name}: ${t.popup.toFixed(1)} ms over a ${t.bare.toFixed(1)} ms floor: ratio ${ratio.toFixed(2)} (noise ±${noise.toFixed(2)})`);
    expect(ratio, name).toBeLessThanOrEqual(2 + noise);
  }
});

test('the popup shows the active plan as fast with 1,000 plans and 20,000 action items as with one, each over its floor (within 1.1x plus noise)', { timeout: 300_000 }, async () => {
  const { one, many } = await popupTimes();
  const { ratio, noise } = dataSetRatio(many.popupSamples, many.bareSamples, one.popupSamples, one.bareSamples);
  console.log(
    `popup ${one.popup.toFixed(1)} ms (1 plan) vs ${many.popup.toFixed(1)} ms (1,000 plans), raw ratio ${(many.popup / one.popup).toFixed(2)}; ` +
      `floors ${one.bare.toFixed(1)} vs ${many.bare.toFixed(1)} ms; over each floor: ratio ${ratio.toFixed(2)} (noise ±${noise.toFixed(2)})`,
  );
  expect(ratio).toBeLessThanOrEqual(1.1 + noise);
});

test('the planner is interactive within 3x its own script-free floor, with 1 and 1,000 plans, and as fast with 1,000, each over its floor (within 1.2x plus noise)', { timeout: 300_000 }, async () => {
  const { one, many } = await popupTimes();
  for (const [name, t] of [['1 plan', one], ['1,000 plans', many]] as const) {
    const ratios = pairedRatios(t.plannerSamples, t.plannerBareSamples);
    const ratio = stats.median(ratios);
    const noise = stats.iqr(ratios);
    console.log(`planner ${name}: ${t.planner.toFixed(1)} ms over a ${t.plannerBare.toFixed(1)} ms floor: ratio ${ratio.toFixed(2)} (noise ±${noise.toFixed(2)})`);
    expect(ratio, name).toBeLessThanOrEqual(3 + noise);
  }
  const { ratio, noise } = dataSetRatio(many.plannerSamples, many.plannerBareSamples, one.plannerSamples, one.plannerBareSamples);
  console.log(
    `planner ${one.planner.toFixed(1)} ms (1 plan) vs ${many.planner.toFixed(1)} ms (1,000 plans), raw ratio ${(many.planner / one.planner).toFixed(2)}; ` +
      `floors ${one.plannerBare.toFixed(1)} vs ${many.plannerBare.toFixed(1)} ms; over each floor: ratio ${ratio.toFixed(2)} (noise ±${noise.toFixed(2)})`,
  );
  expect(ratio).toBeLessThanOrEqual(1.2 + noise);
});
