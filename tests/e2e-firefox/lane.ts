import type { Lane } from '../journeys/driver';
import { puppeteerTab } from '../journeys/puppeteer-driver';
import { EXTENSION_ORIGIN, type FirefoxSession } from './harness';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import { readRecords, seedRecords } from '../../scripts/bench/lib/raw-db.mjs';

/** The shared journeys' view of a Firefox session (puppeteer over WebDriver BiDi). */
export function firefoxLane(s: FirefoxSession): Lane {
  const extensionTab = async (path: string) => {
    const page = await s.openExtensionPage(path);
    const url = `${EXTENSION_ORIGIN}/${path}`;
    return puppeteerTab(page, () => s.navigate(page, url));
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
      return puppeteerTab(page, async () => void (await page.reload()));
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
  };
}
