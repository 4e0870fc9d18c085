// Import of a plan with 100,000 action items through the planner's Data page: how long it
// takes, the longest main-thread block while it runs (long tasks; target: none over 50 ms),
// then every stage opened on the imported plan, each with its time to show and longest block.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigPlan } from './lib/datasets.mjs';

const STAGES = ['self-assessment', 'career-paths', 'goals', 'agenda', 'meeting', 'recap', 'check-ins', 'templates', 'data'];

export async function measureBigImport(ctx, items = 100_000) {
  const dir = mkdtempSync(join(tmpdir(), 'careertalk-import-'));
  const { context, extensionId } = await ctx.launch();
  try {
    const { plan, actionItems } = bigPlan({ items });
    const path = join(dir, 'big.json');
    writeFileSync(path, JSON.stringify({ format: 'careertalk', version: 1, exportedAt: new Date().toISOString(), plans: [plan], actionItems, templates: [] }));
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`chrome-extension://${extensionId}/planner.html#data`);
    await page.getByLabel('Import a CareerTalk file (JSON)').waitFor();
    await page.waitForTimeout(500);
    await page.evaluate(() => (window.__longTasks.length = 0));
    const started = Date.now();
    await page.getByLabel('Import a CareerTalk file (JSON)').setInputFiles(path);
    await page.locator('.import-ok, .data-stage [role="alert"]').first().waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const ok = (await page.locator('.import-ok').count()) > 0;
    const importBlock = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
    const stages = [];
    for (const stage of STAGES) {
      await page.goto('about:blank');
      const t0 = Date.now();
      await page.goto(`chrome-extension://${extensionId}/planner.html#${stage}`);
      const ready = stage === 'recap' ? '.stage .list-item [data-list-action]' : '[data-stage-focus] h2, [data-stage-focus] h3, .stage-title';
      const shown = await page.locator(ready).first().waitFor({ timeout: 120_000 }).then(() => true, () => false);
      stages.push({ stage, shown, ms: Date.now() - t0, block: Math.max(0, ...(await page.evaluate(() => window.__longTasks))) });
    }
    return { ok, seconds, importBlock, stages };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(ctx) {
  const r = await measureBigImport(ctx);
  const worst = Math.max(...r.stages.map((s) => s.block));
  return [
    { name: 'import of a plan with 100,000 action items: imported', value: r.ok ? 'yes' : 'NO' },
    { name: 'import of 100,000 action items: time', value: r.seconds, unit: 's' },
    { name: 'import of 100,000 action items: longest main-thread block', value: r.importBlock, unit: 'ms', target: '<= 50 ms', ok: r.importBlock <= 50 },
    ...r.stages.map((s) => ({ name: `after it, stage ${s.stage}: shown in`, value: s.shown ? s.ms : 'NOT shown', unit: s.shown ? 'ms' : '', target: 'shown', ok: s.shown })),
    { name: 'after it, longest block opening any stage', value: worst, unit: 'ms' },
  ];
}
