// Import of the biggest file CareerTalk takes (lib/plan/limits.ts: 50,000 action items in all,
// at most 2,000 per plan: 25 plans of 2,000) through the planner's Data page: how long it
// takes, the longest main-thread block while it runs (long tasks; target: none over 50 ms),
// then every stage opened on an imported plan, each with its time to show and longest block.
// A file over the caps (one plan with 100,000 action items) is refused: how fast, and
// without blocking the page either.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigPlan, manyPlans } from './lib/datasets.mjs';

const STAGES = ['self-assessment', 'career-paths', 'goals', 'agenda', 'meeting', 'recap', 'check-ins', 'templates', 'data'];
const LONGEST = () => Math.max(0, ...window.__longTasks);

async function importFile(page, path) {
  await page.evaluate(() => (window.__longTasks.length = 0));
  const started = Date.now();
  await page.getByLabel('Import a CareerTalk file (JSON)').setInputFiles(path);
  await page.locator('.import-ok, .data-stage [role="alert"]').first().waitFor({ timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  // Long tasks are reported a moment after they end.
  await page.waitForTimeout(200);
  const ok = (await page.locator('.import-ok').count()) > 0;
  return { ok, seconds, block: await page.evaluate(LONGEST) };
}

/** Imports `plans` plans of `itemsEach` action items, then a file with one plan of `refused` items (over the caps). */
export async function measureBigImport(ctx, { plans = 25, itemsEach = 2000, refused = 100_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'careertalk-import-'));
  const { context, extensionId } = await ctx.launch();
  try {
    const file = (name, data) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify({ format: 'careertalk', version: 1, exportedAt: new Date().toISOString(), templates: [], ...data }));
      return path;
    };
    const many = manyPlans(plans, itemsEach);
    const big = file('many.json', { plans: many.plans, actionItems: many.actionItems });
    const over = bigPlan({ items: refused });
    const tooBig = file('too-big.json', { plans: [over.plan], actionItems: over.actionItems });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`chrome-extension://${extensionId}/planner.html#data`);
    await page.getByLabel('Import a CareerTalk file (JSON)').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    ctx.log(`importing ${plans} plans of ${itemsEach} action items …`);
    const imported = await importFile(page, big);
    ctx.log(`importing one plan of ${refused} action items (over the caps) …`);
    // A fresh Data page, so the first import's success message cannot stand for the second's result.
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${extensionId}/planner.html#data`);
    await page.getByLabel('Import a CareerTalk file (JSON)').waitFor({ timeout: 30_000 });
    const refusal = await importFile(page, tooBig);
    const stages = [];
    for (const stage of STAGES) {
      ctx.log(`opening ${stage} …`);
      await page.goto('about:blank');
      const t0 = Date.now();
      await page.goto(`chrome-extension://${extensionId}/planner.html#${stage}`);
      const ready = stage === 'recap' ? '.stage .list-item [data-list-action]' : '[data-stage-focus] h2, [data-stage-focus] h3, .stage-title';
      const shown = await page.locator(ready).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
      await page.waitForTimeout(200);
      stages.push({ stage, shown, ms: Date.now() - t0 - 200, block: await page.evaluate(LONGEST) });
    }
    return { imported, refusal, stages, items: plans * itemsEach, plans, refused };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(ctx) {
  const r = await measureBigImport(ctx);
  const worst = Math.max(...r.stages.map((s) => s.block));
  const what = `import of ${r.items.toLocaleString('en')} action items (${r.plans} plans, the most a file may hold)`;
  return [
    { name: `${what}: imported`, value: r.imported.ok ? 'yes' : 'NO' },
    { name: `${what}: time`, value: r.imported.seconds, unit: 's' },
    { name: `${what}: longest main-thread block`, value: r.imported.block, unit: 'ms', target: '<= 50 ms', ok: r.imported.block <= 50 },
    { name: `a file with one plan of ${r.refused.toLocaleString('en')} action items: refused`, value: r.refusal.ok ? 'NO (imported)' : 'yes', target: 'refused', ok: !r.refusal.ok },
    { name: `  refusing it: time`, value: r.refusal.seconds, unit: 's' },
    { name: `  refusing it: longest main-thread block`, value: r.refusal.block, unit: 'ms', target: '<= 50 ms', ok: r.refusal.block <= 50 },
    ...r.stages.map((s) => ({
      name: `after the import, stage ${s.stage} (2,000 action items): shown in`,
      value: s.shown ? s.ms : 'NOT shown',
      unit: s.shown ? `ms (longest block ${Math.round(s.block)} ms)` : '',
      target: 'shown',
      ok: s.shown,
    })),
    { name: 'after the import, longest block opening any stage', value: worst, unit: 'ms', target: '<= 50 ms', ok: worst <= 50 },
  ];
}
