import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Tests build into their own folder so parallel runs never share a half-written build.
  outDir: process.env.CAREERTALK_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  hooks: {
    // Content scripts talk to the browser's own promise-based API (chrome.* in MV3 Chromium,
    // browser.* in Firefox): the ~10 KB webextension-polyfill stays in the extension pages and
    // the background, and the webmail scripts keep room under their 40 KB budget.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, ...list.filter((a) => a.find !== 'wxt/browser')] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['contextMenus', 'alarms', 'notifications', 'activeTab', 'scripting'],
    // Exactly the webmail sites the content scripts run on (no new install warning): lets an
    // update put the new content script into webmail tabs that are already open.
    host_permissions: WEBMAIL_MATCHES,
    action: { default_title: 'CareerTalk' },
    commands: {
      'open-template-menu': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Insert career template menu in the focused compose window',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'careertalk@careertalk.app',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: all data stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
