import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { openPlanDetails } from './plan-details';
import { newEntry } from '../../lib/plan/factory';

// A pasted URL or a runaway name: one 2,000-character value with no space in it, everywhere.
const LONG = `https://example.com/${'a'.repeat(1980)}`;
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(
    s,
    {
      title: LONG,
      myName: LONG,
      managerName: LONG,
      managerEmail: 'dana@example.com',
      company: LONG,
      currentRole: LONG,
      meetingAt: '2026-12-03T10:00',
      selfAssessment: { strengths: [newEntry(LONG)], areasToImprove: [newEntry(LONG)], interests: [newEntry(LONG)], energizers: [], underusedSkills: [], vision: LONG },
      paths: [{ id: 'p1', role: LONG, moveType: 'lateral', qualifications: LONG, gaps: LONG, notes: LONG, sourceUrl: LONG, sourceTitle: LONG }],
      interviews: [{ id: 'i1', who: LONG, role: LONG, date: '2026-11-20', learned: LONG }],
      goals: [{ id: 'g1', kind: 'mentor', text: LONG, request: LONG }],
      agenda: [{ id: 'a1', section: 'goals', text: LONG }],
      meeting: { strengthsFeedback: LONG, growthFeedback: LONG, opportunities: LONG, notes: LONG, takeaways: [newEntry(LONG)] },
      checkIns: [{ id: 'c1', date: '2026-12-20', notes: LONG, progress: {} }],
      notes: [newEntry(LONG)],
    },
    [{ text: LONG, owner: 'other', ownerName: LONG, due: '2026-12-11' }],
  );
});
afterAll(async () => {
  await s?.close();
});

const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a 2,000-character unbroken value leaves no horizontal scroll on any planner page, in meeting mode or in the popup', async () => {
  const page = await s.openPlanner('#self-assessment');
  for (const width of [1200, 640, 380]) {
    await page.setViewportSize({ width, height: 900 });
    for (const hash of ['self-assessment', 'career-paths', 'goals', 'agenda', 'meeting', 'recap', 'check-ins', 'history', 'templates', 'data']) {
      await page.goto(page.url().replace(/#.*$/, '') + `#${hash}`);
      await page.locator('h2').first().waitFor();
      await expect.poll(() => sideways(page), { timeout: 3000 }).toBe(0).catch(async () => {
        throw new Error(`#${hash} at ${width} px scrolls sideways by ${await sideways(page)} px`);
      });
    }
  }
  // Plan details, collapsed (one cut line) above, and open: its fields hold the long values without widening the page.
  await page.goto(page.url().replace(/#.*$/, '') + '#agenda');
  await openPlanDetails(page);
  await expect.poll(() => sideways(page), { timeout: 3000 }).toBe(0);
  await page.goto(page.url().replace(/planner\.html.*$/, 'meeting.html'));
  await page.getByRole('heading', { name: 'Meeting mode', level: 1 }).waitFor();
  expect(await sideways(page)).toBe(0);
  await page.setViewportSize({ width: 460, height: 800 });
  expect(await sideways(page)).toBe(0);
  await page.close();

  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.locator('[data-plan-id]').waitFor();
  expect(await sideways(popup)).toBe(0);
  await popup.close();
});
