// Big plans in the planner: the Recap stage with 1,000 action items, the Goals stage with
// 500 goals, the Check-ins stage with 20 check-ins on 1,000 action items. First render
// (navigation start to the list's first row on screen, polled every frame) and keystrokes
// (Event Timing: each key's handling up to the next paint; the browser reports only those of
// 16 ms or more, so 0 means every one fit in a frame): in Plan details where the stage shows
// that card (opened), else in the first goal's request. The floor: the same on a plan with one goal.
import { seedRecords } from './lib/raw-db.mjs';
import { bigPlan } from './lib/datasets.mjs';

const RUNS = 5;
const KEYS = 'Acme Robotics Europe';

/** Opens `stage` of the seeded active plan `runs` times; medians of first render and keystroke cost. */
export async function measureBigStage(ctx, { stage, items = 0, goals = 0, checkIns = 0, runs = RUNS }) {
  const { context, extensionId, worker } = await ctx.launch();
  try {
    const { plan, actionItems } = bigPlan({ items, goals, checkIns });
    await seedRecords(worker, { plans: [plan], actionItems, activePlanId: plan.id }, { settle: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // The Plan details card opened (it remembers being open), where the stage shows it.
      localStorage.setItem('careertalk.planDetailsOpen', '1');
      const w = window;
      w.__slowEvents = [];
      w.__longTasks = [];
      new PerformanceObserver((l) => w.__slowEvents.push(...l.getEntries().map((e) => ({ name: e.name, duration: e.duration })))).observe({ type: 'event', durationThreshold: 16, buffered: true });
      new PerformanceObserver((l) => w.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const first = [];
    const worstBlock = [];
    const keyWorst = [];
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      await page.goto(`chrome-extension://${extensionId}/planner.html#${stage}`);
      first.push(await (await page.waitForFunction(() => document.querySelector('.stage .list-item [data-list-action]') && performance.now(), undefined, { timeout: 120_000 })).jsonValue());
      // Let the page settle, then type into Plan details.
      await page.waitForTimeout(300);
      worstBlock.push(Math.max(0, ...(await page.evaluate(() => window.__longTasks))));
      const field = stage === 'goals' ? page.getByLabel('Your concrete request').first() : page.getByLabel('Company');
      await field.click();
      await field.press('End');
      await page.evaluate(() => (window.__slowEvents.length = 0));
      await field.pressSequentially(KEYS);
      await page.waitForTimeout(500);
      const slow = (await page.evaluate(() => window.__slowEvents)).filter((e) => /^key|^input|^beforeinput/.test(e.name));
      keyWorst.push(Math.max(0, ...slow.map((e) => e.duration)));
      await field.fill(stage === 'goals' ? plan.goals[0].request : plan.company);
      await page.waitForTimeout(300);
    }
    const m = ctx.stats.median;
    return { firstRender: m(first), firstSamples: first, worstBlock: m(worstBlock), keyWorst: m(keyWorst), keySamples: keyWorst };
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const recap = await measureBigStage(ctx, { stage: 'recap', items: 1000 });
  const goals = await measureBigStage(ctx, { stage: 'goals', goals: 500 });
  // Each check-in asks for progress on every action item: 20 check-ins of 1,000 items each.
  const checkIns = await measureBigStage(ctx, { stage: 'check-ins', items: 1000, checkIns: 20 });
  // The floor: the same page and keystrokes with a plan of one goal, in the same run.
  const small = await measureBigStage(ctx, { stage: 'goals', goals: 1 });
  const rows = [];
  for (const [name, r] of [['Recap, 1,000 action items', recap], ['Goals, 500 goals', goals], ['Check-ins, 20 of them on 1,000 action items', checkIns], ['Goals, 1 goal (the floor)', small]]) {
    rows.push(
      { name: `${name}: first render (median of ${RUNS})`, value: r.firstRender, unit: 'ms', target: '<= 200 ms', ok: r.firstRender <= 200 },
      { name: `${name}: longest main-thread block while opening`, value: r.worstBlock, unit: 'ms' },
      {
        name: `${name}: slowest of ${KEYS.length} keystrokes in ${name.startsWith('Goals') ? 'the first goal' : 'Plan details'} (0 = all under 16 ms)`,
        value: r.keyWorst,
        unit: 'ms',
        target: '<= 16 ms',
        ok: r.keyWorst <= 16,
      },
    );
  }
  return rows;
}
