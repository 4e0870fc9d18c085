import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(s, { managerName: 'Dana Whitfield', managerEmail: 'dana@example.com', company: 'Northwind' });
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
});
afterAll(async () => {
  await s?.close();
});

test('when an update injects the new content script into an open Gmail tab, the old one steps aside: one working button', async () => {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(k: string): void }).ctOpen('compose'));
  const hosts = page.locator('careertalk-compose-button');
  await expect.poll(() => hosts.count()).toBe(1);

  // What the background does on install/update (lib/background/reinject.ts): inject the
  // content script into open webmail tabs. (Headless Chromium unloads a command-line
  // extension on chrome.runtime.reload(), so the injection itself is what is exercised.)
  const injected = await s.worker.evaluate(async () => {
    type Api = {
      tabs: { query(q: { url: string[] }): Promise<{ id?: number }[]> };
      scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    };
    const c = (globalThis as unknown as { chrome: Api }).chrome;
    const tabs = await c.tabs.query({ url: ['https://mail.google.com/*'] });
    for (const tab of tabs) await c.scripting.executeScript({ target: { tabId: tab.id! }, files: ['/content-scripts/gmail.js'] });
    return tabs.length;
  });
  expect(injected).toBe(1);
  await page.waitForTimeout(1000);
  // The older script removed its UI and listeners (ctx.onInvalidated); the new one added its own.
  expect(await hosts.count()).toBe(1);
  await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
  await expect.poll(() => page.locator('[g_editable=true]').innerText()).toContain('Hi Dana');
  // Inserted once, by one script.
  expect((await page.locator('[g_editable=true]').innerText()).match(/Hi Dana/g)).toHaveLength(1);
  await page.close();
});
