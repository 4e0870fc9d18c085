import type { Page } from 'playwright-core';
import type { Lane, Role, Tab } from '../journeys/driver';
import type { ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';

/** A Playwright page as the shared journeys see it: roles and labels only (getByRole / getByLabel). */
function playwrightTab(page: Page): Tab {
  const role = (r: Role, name: string) => page.getByRole(r, { name, exact: true });
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
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

/** The shared journeys' view of a Chromium session (Playwright). */
export function chromiumLane(s: ExtensionSession): Lane {
  return {
    browser: 'chromium',
    origin: `chrome-extension://${s.extensionId}`,
    outbound: s.outbound,
    openPopup: async () => playwrightTab(await s.openPopup()),
    openPlanner: async (hash) => playwrightTab(await s.openPlanner(hash)),
    async openUrl(url) {
      const page = await s.context.newPage();
      await page.goto(url);
      return playwrightTab(page);
    },
    async serve(prefix, html, headers) {
      await s.serve(`${prefix}**`, html, headers);
    },
    // The service worker has the WebExtension APIs and the extension's IndexedDB.
    inExtension: (fn, arg) => s.worker.evaluate(fn as never, arg as never) as never,
    seedPlan: (init, items) => seedPlan(s, init, items),
    readStores: (stores) => readRecords(s.worker, stores),
  };
}
