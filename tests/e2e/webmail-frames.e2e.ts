import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
// The same measurement `npm run bench` prints, run here as a budget.
import { measureComposeFrames } from '../../scripts/bench/webmail.mjs';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(s, { managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com' });
});
afterAll(async () => {
  await s?.close();
});

// The harness blocks every request it does not serve; measureComposeFrames serves its fixture itself.
test("Gmail (real docking: each dialog in its own wrapper in the dock): every compose's button is painted in the compose's first frame", async () => {
  const frames = await measureComposeFrames(s.context, 'gmail', resolve('.'));
  console.log(`Gmail compose → button frames: ${frames.join(', ')}`);
  expect(Math.max(...frames)).toBe(1);
});

test("Outlook: every compose's button is painted in the compose's first frame", async () => {
  const frames = await measureComposeFrames(s.context, 'outlook', resolve('.'));
  console.log(`Outlook compose → button frames: ${frames.join(', ')}`);
  expect(Math.max(...frames)).toBe(1);
});
