import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

test('the built extension loads in Chromium with its popup and planner', async () => {
  expect(s.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await s.openPopup();
  await expect(popup.title()).resolves.toBe('CareerTalk');
  const planner = await s.openPlanner();
  await expect(planner.title()).resolves.toBe('CareerTalk planner');
});

test('the manifest asks only for the permissions its features need', async () => {
  const page = await s.openPopup();
  const manifest = await page.evaluate(() => (globalThis as any).chrome.runtime.getManifest() as { permissions?: string[]; host_permissions?: string[]; web_accessible_resources?: unknown[] });
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'clipboardWrite', 'contextMenus', 'notifications', 'offscreen', 'scripting']);
  expect(manifest.host_permissions).toEqual(['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*']);
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});
