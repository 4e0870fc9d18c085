// Popup: time from opening to showing the active plan, with 1 plan and with 1,000 plans
// and 20,000 action items (target: under 100 ms, and within 1.5x of the 1-plan case).
// Planner: time from opening to the active plan's stage being shown.
// Data is seeded straight into the extension's IndexedDB from an extension page.

const RUNS = 9;

/** Writes `plans` plans (20 action items each) into the extension's database, the last one active. */
async function seed(page, plans) {
  await page.evaluate(async (count) => {
    const open = () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('careertalk');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const db = await open();
    // The app's writers keep a summary row per plan (lib/db/plan-summaries.ts): so does this seed.
    const tx = db.transaction(['plans', 'actionItems', 'settings', 'planSummaries'], 'readwrite');
    const entry = (text) => ({ id: crypto.randomUUID(), text });
    let lastId = '';
    for (let i = 0; i < count; i++) {
      const id = crypto.randomUUID();
      lastId = id;
      const iso = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
      tx.objectStore('plans').put({
        id, title: '', createdAt: iso, updatedAt: iso, myName: 'Alex Doe', managerName: `Manager ${i}`,
        managerEmail: `manager${i}@example.com`, company: `Company ${i}`, currentRole: 'Software engineer',
        meetingAt: '2026-12-03T10:30', meetingMinutes: 30,
        selfAssessment: {
          strengths: [entry('Debugging hard problems'), entry('Explaining designs')],
          areasToImprove: [entry('Delegating')], interests: [entry('Platform work')], energizers: [entry('Mentoring')],
          underusedSkills: [entry('Data analysis')], vision: 'Lead a small platform team within three years.',
        },
        paths: [{ id: crypto.randomUUID(), role: 'Staff engineer', moveType: 'vertical', qualifications: 'Design reviews', gaps: 'Cross-team projects', notes: '' }],
        interviews: [{ id: crypto.randomUUID(), who: 'Sam', role: 'Staff engineer', date: '2026-11-01', learned: 'Write more design docs' }],
        goals: [{ id: crypto.randomUUID(), kind: 'lead-project', text: 'Leadership', request: 'Lead the billing migration' }],
        agenda: [{ id: crypto.randomUUID(), text: 'My current role', section: 'current-role' }],
        meeting: { strengthsFeedback: '', growthFeedback: '', opportunities: '', notes: '', takeaways: [] },
        checkIns: [], notes: [], emailsSent: [], reminders: { enabled: true, checkInEveryDays: 21 },
      });
      tx.objectStore('planSummaries').put({ id, title: '', company: `Company ${i}`, meetingAt: '2026-12-03T10:30', createdAt: iso, updatedAt: iso });
      for (let j = 0; j < 20; j++) {
        tx.objectStore('actionItems').put({
          id: crypto.randomUUID(), planId: id, text: `Action ${j}`, owner: j % 2 ? 'me' : 'manager', ownerName: '',
          due: `2026-12-${String((j % 28) + 1).padStart(2, '0')}`, status: 'open', order: j, createdAt: iso,
        });
      }
    }
    tx.objectStore('settings').put({ key: 'activePlanId', value: lastId });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, plans);
}

/**
 * Median popup and planner open times with `plans` plans seeded, each paired with the same
 * page loaded with its scripts switched off (HTML and CSS only: what an extension page costs
 * this browser before any of our code runs) in the same round, so load on the machine hits
 * both alike. Exported for the budget checks in `npm test`.
 */
export async function measurePopup(ctx, plans, runs = RUNS) {
  const { context, extensionId } = await ctx.launch();
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
      await page.getByLabel("Manager's name").first().waitFor();
    };
    // Opening the popup once creates the database with its current schema.
    await page.goto(url('popup.html'));
    await page.waitForFunction(() => performance.getEntriesByName('careertalk:plan-shown').length > 0);
    await seed(page, plans);
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
  const ratio = many.popup / one.popup;
  return [
    { name: 'popup: time to show the active plan, 1 plan (median of 9)', value: one.popup, unit: 'ms', target: '< 100 ms', ok: one.popup < 100 },
    { name: 'popup: time to show the active plan, 1,000 plans + 20,000 action items', value: many.popup, unit: 'ms', target: '< 100 ms', ok: many.popup < 100 },
    { name: 'popup: 1,000-plan / 1-plan ratio', value: ratio, unit: 'x', target: '<= 1.5x', ok: ratio <= 1.5 },
    { name: 'popup page without its scripts (the browser\'s own floor), DOMContentLoaded', value: one.bare, unit: 'ms' },
    { name: 'popup: our own cost above that floor, 1,000 plans', value: many.popup - one.bare, unit: 'ms', target: '< 100 ms', ok: many.popup - one.bare < 100 },
    { name: 'popup: active plan shown / script-free floor, 1 plan', value: one.popup / one.bare, unit: 'x', target: '<= 2x', ok: one.popup / one.bare <= 2 },
    { name: 'popup: active plan shown / script-free floor, 1,000 plans', value: many.popup / many.bare, unit: 'x', target: '<= 2x', ok: many.popup / many.bare <= 2 },
    { name: 'planner: time to interactive (fields shown), 1 plan', value: one.planner, unit: 'ms' },
    { name: 'planner: time to interactive, 1,000 plans + 20,000 action items', value: many.planner, unit: 'ms' },
    { name: 'planner page without its scripts, DOMContentLoaded', value: one.plannerBare, unit: 'ms' },
    { name: 'planner: interactive / its own script-free floor, 1 plan', value: one.planner / one.plannerBare, unit: 'x', target: '<= 3x', ok: one.planner / one.plannerBare <= 3 },
    { name: 'planner: interactive / its own script-free floor, 1,000 plans', value: many.planner / many.plannerBare, unit: 'x', target: '<= 3x', ok: many.planner / many.plannerBare <= 3 },
    { name: 'planner: 1,000-plan / 1-plan ratio', value: many.planner / one.planner, unit: 'x', target: '<= 1.2x', ok: many.planner / one.planner <= 1.2 },
  ];
}
