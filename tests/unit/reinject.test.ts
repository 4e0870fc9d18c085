import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoOpenWebmailTabs, registerReinjection } from '../../lib/background/reinject';

describe('putting the content scripts into webmail tabs already open at install or update', () => {
  test('each open Gmail and Outlook tab gets its own script; other tabs are never asked for', async () => {
    const queries: string[][] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q: { url?: string | string[] }) => {
      const urls = [q.url ?? []].flat();
      queries.push(urls);
      if (urls.includes('https://mail.google.com/*')) return [{ id: 1 }, { id: 2, discarded: true }] as never;
      return [{ id: 3 }] as never;
    });
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };

    expect(await injectIntoOpenWebmailTabs()).toBe(2);
    expect(queries).toEqual([
      ['https://mail.google.com/*'],
      ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
    ]);
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 1 }, files: ['/content-scripts/gmail.js'] }],
      [{ target: { tabId: 3 }, files: ['/content-scripts/outlook.js'] }],
    ]);
  });

  test('a tab that refuses the script does not stop the others', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }] as never);
    const executeScript = vi.fn().mockRejectedValueOnce(new Error('closing')).mockResolvedValue([]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    expect(await injectIntoOpenWebmailTabs()).toBe(3);
  });

  test('runs on install and update, not on a browser update', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    registerReinjection();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update' as never, temporary: false });
    expect(executeScript).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false, previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
  });
});
