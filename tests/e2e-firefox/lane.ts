import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Lane, Tab } from '../journeys/driver';
import { puppeteerTab } from '../journeys/puppeteer-driver';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxSession } from './harness';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import { readRecords, seedRecords } from '../../scripts/bench/lib/raw-db.mjs';

/**
 * The shared journeys' view of a Firefox session (puppeteer over WebDriver BiDi). Sessions the
 * journeys start (fresh profiles) are added to `sessions`, for the test file to close.
 */
export function firefoxLane(s: FirefoxSession, sessions: FirefoxSession[] = []): Lane {
  const pages = new WeakMap<Tab, Page>();
  const extensionTab = async (path: string) => {
    const page = await s.openExtensionPage(path);
    // Reload where the page is now (its hash may have changed).
    return puppeteerTab(page, async () => s.navigate(page, await page.evaluate(() => location.href)), s.downloadsDir);
  };
  return {
    browser: 'firefox',
    origin: EXTENSION_ORIGIN,
    outbound: s.outbound,
    openPopup: () => extensionTab('popup.html'),
    openPlanner: (hash = '') => extensionTab(`planner.html${hash}`),
    async openUrl(url) {
      const page = await s.newTab();
      await page.goto(url);
      const tab = puppeteerTab(page, async () => void (await page.reload()), s.downloadsDir);
      pages.set(tab, page);
      return tab;
    },
    async menuClick(tab, info) {
      const page = pages.get(tab)!;
      await s.grantActiveTab(page);
      const url = page.url();
      // MV2: the background is a page; an extension page reaches its global scope.
      return s.ext.evaluate(
        async ({ info, url }) => {
          const api = (globalThis as any).browser;
          const target = (await api.tabs.query({})).find((t: { url?: string }) => t.url === url);
          const background = await api.runtime.getBackgroundPage();
          return background.__careertalkMenus.click({ frameId: 0, ...info }, { id: target.id });
        },
        { info, url },
      );
    },
    async serve(prefix, html, headers) {
      s.serve(prefix, html, headers);
    },
    // An extension page has the WebExtension APIs, the extension's IndexedDB and (MV2) its background page.
    inExtension: (fn, arg) => s.ext.evaluate(fn as never, arg as never) as never,
    async seedPlan(init, items = []) {
      const plan = newPlan(new Date(), init);
      const actionItems = items.map((item, order) => newActionItem(plan.id, order, item));
      await seedRecords(s.ext, { plans: [plan], actionItems, activePlanId: plan.id });
      return plan;
    },
    readStores: (stores) => readRecords(s.ext, stores),
    async freshProfile() {
      const fresh = await launchFirefox();
      sessions.push(fresh);
      return firefoxLane(fresh, sessions);
    },
  };
}

/**
 * For a test file of journeys: launches Firefox before its tests and closes every session after.
 * Call `checkQuietAndLocal()` after the journeys: the last test, over all the file's sessions.
 */
export function firefoxJourneys(): { lane: () => Lane; checkQuietAndLocal(): void } {
  const sessions: FirefoxSession[] = [];
  let lane: Lane;
  beforeAll(async () => {
    const s = await launchFirefox();
    sessions.push(s);
    lane = firefoxLane(s, sessions);
  });
  afterAll(async () => {
    for (const s of sessions) await s.close();
  });
  return {
    lane: () => lane,
    checkQuietAndLocal() {
      test('no console error or warning from the extension, and no request left the machine', () => {
        expect(sessions.flatMap((s) => s.consoleProblems())).toEqual([]);
        expect(sessions.flatMap((s) => s.outbound)).toEqual([]);
      });
    },
  };
}
