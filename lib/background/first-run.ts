import { browser } from 'wxt/browser';
import { claimWelcome } from '../db/first-run';
import { getDb, type CareerTalkDB } from '../db/schema';

/** Where a new person starts: the planner's welcome (with no plan yet, the planner shows it). */
export const WELCOME_PATH = '/planner.html';

/**
 * On install, and only the first time, open the planner's welcome in a tab: it says what the
 * conversation is and is not before anything else. An update or a browser restart opens nothing.
 */
export function registerFirstRun(dbFor: () => CareerTalkDB = getDb): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    try {
      if (!(await claimWelcome(dbFor()))) return;
      await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
    } catch {
      // No window to open it in, or storage unavailable: the popup still offers the planner.
    }
  });
}
