import { browser } from 'wxt/browser';

/** URL of the full planner, optionally at a stage (`#recap`, `#check-ins`…). */
export function plannerUrl(stage?: string): string {
  return browser.runtime.getURL(`/planner.html${stage ? `#${stage}` : ''}`);
}

/** Opens the planner in a new tab (from the popup, the background or a notification). */
export async function openPlanner(stage?: string): Promise<void> {
  await browser.tabs.create({ url: plannerUrl(stage) });
}
