import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';
import { seedPlan } from './seed';

// The planner pages not covered by the stage walk in planner.e2e.ts: the start screen,
// Email templates and Export and import, in light and dark.
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

test('the planner start screen, templates page and data page have no serious accessibility violations', async () => {
  const planner = await s.openPlanner();
  await planner.getByRole('button', { name: /start/i }).first().waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await planner.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(planner)).toEqual([]);
  }
  await seedPlan(s, { managerName: 'Dana Whitfield', managerEmail: 'dana@example.com', company: 'Northwind' });
  for (const hash of ['#templates', '#data']) {
    await planner.goto(planner.url().replace(/#.*$/, '') + hash);
    await planner.reload();
    await planner.locator('h2').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await planner.emulateMedia({ colorScheme: scheme });
      expect({ hash, scheme, violations: await seriousViolations(planner) }).toEqual({ hash, scheme, violations: [] });
    }
  }
  await planner.close();
});
