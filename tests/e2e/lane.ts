import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lane, Name, Role, Tab } from '../journeys/driver';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';

/** A Playwright page as the shared journeys see it: roles and labels only (getByRole / getByLabel). */
function playwrightTab(page: Page): Tab {
  const role = (r: Role, name: Name) => page.getByRole(r, { name, exact: true });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  return {
    click: (r, name) => role(r, name).click(),
    focus: (r, name) => role(r, name).focus(),
    count: (r, name) => role(r, name).count(),
    type: (label, text) => field(label).pressSequentially(text),
    fill: (label, text) => field(label).fill(text),
    value: (label) => field(label).inputValue(),
    press: (keys) => page.keyboard.press(keys),
    keyboard: (text) => page.keyboard.type(text),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    async download(button) {
      const [download] = await Promise.all([page.waitForEvent('download'), role('button', button).click()]);
      const path = join(mkdtempSync(join(tmpdir(), 'careertalk-download-')), download.suggestedFilename());
      await download.saveAs(path);
      return { name: download.suggestedFilename(), path };
    },
    upload: (label, path) => field(label).setInputFiles(path),
    bringToFront: () => page.bringToFront(),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

/**
 * What a click on one of the extension's menu items gives it: activeTab on that tab. Chromium's
 * Extensions.triggerAction does the same grant (needs --enable-unsafe-extension-debugging); it
 * also opens the popup, which is closed again so the page keeps the focus.
 */
async function grantActiveTab(s: ExtensionSession, page: Page) {
  const cdp = await s.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { url: string; targetId: string }[] };
  const target = targetInfos.find((t) => t.url === page.url());
  await cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: target!.targetId } as never);
  await cdp.detach();
  for (const p of s.context.pages()) if (p.url().includes('/popup.html')) await p.close();
  await page.bringToFront();
}

/**
 * The shared journeys' view of a Chromium session (Playwright). Sessions the journeys start
 * (fresh profiles) are added to `sessions`, for the test file to close.
 */
export function chromiumLane(s: ExtensionSession, sessions: ExtensionSession[] = []): Lane {
  const pages = new WeakMap<Tab, Page>();
  return {
    browser: 'chromium',
    origin: `chrome-extension://${s.extensionId}`,
    outbound: s.outbound,
    openPopup: async () => playwrightTab(await s.openPopup()),
    openPlanner: async (hash) => playwrightTab(await s.openPlanner(hash)),
    async openUrl(url) {
      const page = await s.context.newPage();
      await page.goto(url);
      const tab = playwrightTab(page);
      pages.set(tab, page);
      return tab;
    },
    async menuClick(tab, info) {
      const page = pages.get(tab)!;
      await grantActiveTab(s, page);
      return s.worker.evaluate(
        async ({ info, url }) => {
          const c = (globalThis as any).chrome;
          const target = (await c.tabs.query({})).find((t: { url?: string }) => t.url === url);
          return (globalThis as any).__careertalkMenus.click({ frameId: 0, ...info }, { id: target.id });
        },
        { info, url: page.url() },
      );
    },
    async serve(prefix, html, headers) {
      await s.serve(`${prefix}**`, html, headers);
    },
    // The service worker has the WebExtension APIs and the extension's IndexedDB.
    inExtension: (fn, arg) => s.worker.evaluate(fn as never, arg as never) as never,
    seedPlan: (init, items) => seedPlan(s, init, items),
    readStores: (stores) => readRecords(s.worker, stores),
    async freshProfile() {
      const fresh = await launchExtension();
      sessions.push(fresh);
      return chromiumLane(fresh, sessions);
    },
  };
}

/**
 * For a test file of journeys: launches Chromium before its tests and closes every session after.
 * Call `checkLocal()` after the journeys: the last test, over all the file's sessions.
 */
export function chromiumJourneys(): { lane: () => Lane; checkLocal(): void } {
  const sessions: ExtensionSession[] = [];
  let lane: Lane;
  beforeAll(async () => {
    // Unsafe extension debugging: for the activeTab grant of context-menu journeys (see grantActiveTab).
    const s = await launchExtension({ args: ['--enable-unsafe-extension-debugging'] });
    sessions.push(s);
    lane = chromiumLane(s, sessions);
  });
  afterAll(async () => {
    for (const s of sessions.splice(0)) await s.close();
  });
  return {
    lane: () => lane,
    checkLocal() {
      test('no request left the machine', () => {
        expect(sessions.flatMap((s) => s.outbound)).toEqual([]);
      });
    },
  };
}
