import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxSession } from './harness';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

test('the Firefox build installs with its background page, popup and planner', async () => {
  const popup = await s.openPopup();
  expect(await popup.title()).toBe('CareerTalk');
  // page.url() does not follow a raw BiDi navigation; the page knows where it is.
  expect(await popup.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/popup.html`);
  const planner = await s.openPlanner();
  expect(await planner.title()).toBe('CareerTalk planner');
  // MV2 in Firefox: a background page (not a service worker) that is alive and has registered its menus.
  const background = await planner.evaluate(async () => {
    const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
    return { url: bg.location.href, manifest: (globalThis as any).browser.runtime.getManifest().manifest_version };
  });
  expect(background).toEqual({ url: `${EXTENSION_ORIGIN}/_generated_background_page.html`, manifest: 2 });
});

test('the manifest asks only for the permissions its features need', async () => {
  const manifest = await s.ext.evaluate(() => (globalThis as any).browser.runtime.getManifest());
  expect([...manifest.permissions].sort()).toEqual([
    'activeTab',
    'alarms',
    // Copy summary writes the clipboard from the background page, never from the web page.
    'clipboardWrite',
    'contextMenus',
    'https://mail.google.com/*',
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'notifications',
    'scripting',
  ]);
  expect(await s.ext.evaluate(() => (globalThis as any).browser.runtime.id)).toBe('careertalk@careertalk.app');
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('no console error from the extension, nothing left the machine', () => {
  expect(s.consoleProblems()).toEqual([]);
  expect(s.outbound).toEqual([]);
});
