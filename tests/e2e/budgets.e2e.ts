import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { extensionDir } from './harness';
// The same measurements `npm run bench` prints, run here as budgets.
import { createBenchContext, stats } from '../../scripts/bench/lib/context.mjs';
import { measureMutationRatio } from '../../scripts/bench/webmail.mjs';
import { measurePopup } from '../../scripts/bench/popup.mjs';

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

test('the popup shows the active plan as fast with 1,000 plans and 20,000 action items as with one (within 1.5x plus noise)', { timeout: 240_000 }, async () => {
  const one = await measurePopup(ctx, 1, 7);
  const many = await measurePopup(ctx, 1000, 7);
  const ratio = many.popup / one.popup;
  const noise = (stats.iqr(many.popupSamples) + stats.iqr(one.popupSamples)) / one.popup;
  console.log(`popup ${one.popup.toFixed(1)} ms (1 plan) vs ${many.popup.toFixed(1)} ms (1,000 plans): ratio ${ratio.toFixed(2)} (noise ±${noise.toFixed(2)})`);
  expect(ratio).toBeLessThanOrEqual(1.5 + noise);
});
