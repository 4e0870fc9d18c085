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
 * The shared journeys' view of a Chromium session (Playwright). Sessions the journeys start
 * (fresh profiles) are added to `sessions`, for the test file to close.
 */
export function chromiumLane(s: ExtensionSession, sessions: ExtensionSession[] = []): Lane {
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
    const s = await launchExtension();
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
