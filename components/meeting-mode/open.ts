import { browser } from 'wxt/browser';

/** The meeting view's address for a plan; `small` marks the separate small window. */
export function meetingUrl(planId: string, small = false): string {
  const q = new URLSearchParams({ plan: planId });
  if (small) q.set('window', 'small');
  return browser.runtime.getURL(`/meeting.html?${q}` as '/meeting.html');
}

/** Opens meeting mode in a small window of its own, to sit beside a video call. */
export async function openMeetingWindow(planId: string): Promise<void> {
  await browser.windows.create({ url: meetingUrl(planId, true), type: 'popup', width: 460, height: 820 });
}

/**
 * After the meeting: the planner's Recap stage, with the recap ready. In the small window
 * the planner opens in a tab and the window closes; in a tab, the tab goes there.
 */
export async function goToRecap(small: boolean): Promise<void> {
  const url = browser.runtime.getURL('/planner.html#recap' as '/planner.html');
  if (small) {
    await browser.tabs.create({ url });
    window.close();
  } else {
    location.assign(url);
  }
}
