import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';

const profileDir = mkdtempSync(join(tmpdir(), 'careertalk-first-run-'));
let s: ExtensionSession | undefined;
afterAll(async () => {
  await s?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const plannerTabs = (context: BrowserContext, id: string) => context.pages().filter((p) => p.url().startsWith(`chrome-extension://${id}/planner.html`));

test('installing opens the planner welcome once; restarting the browser opens nothing', async () => {
  s = await launchExtension({ profileDir, keepWelcome: true });
  await expect.poll(() => plannerTabs(s!.context, s!.extensionId).length, { timeout: 10_000 }).toBe(1);
  const welcome = plannerTabs(s.context, s.extensionId)[0];
  await welcome.getByRole('heading', { name: 'Prepare your career conversation' }).waitFor();
  await welcome.getByText(/not a review of the past and not a pay talk/).first().waitFor();
  // Give a second welcome (if any) the time to show up: there must be none.
  await new Promise((r) => setTimeout(r, 1500));
  expect(plannerTabs(s.context, s.extensionId)).toHaveLength(1);
  await s.close({ keepProfile: true });

  s = await launchExtension({ profileDir, keepWelcome: true });
  await (await s.openPopup()).getByRole('heading').first().waitFor();
  await new Promise((r) => setTimeout(r, 3000));
  expect(plannerTabs(s.context, s.extensionId)).toHaveLength(0);
});
