import { browser } from 'wxt/browser';

/**
 * Chrome does not put content scripts into tabs that were already open when the
 * extension is installed or updated: an open Gmail tab would lose its button until
 * reloaded (the old script removes its own UI when it is invalidated). So on install
 * and update, the webmail content scripts are injected into open webmail tabs.
 * The content scripts' match patterns are the only hosts this touches.
 */
const SCRIPTS = [
  { file: '/content-scripts/gmail.js', urls: ['https://mail.google.com/*'] },
  {
    file: '/content-scripts/outlook.js',
    urls: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  },
] as const;

export async function injectIntoOpenWebmailTabs(): Promise<number> {
  let injected = 0;
  for (const { file, urls } of SCRIPTS) {
    const tabs = await browser.tabs.query({ url: [...urls] });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
        injected++;
      } catch {
        // A tab that is closing or showing an error page: it gets the script on its next load.
      }
    }
  }
  return injected;
}

export function registerReinjection(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenWebmailTabs();
  });
}
