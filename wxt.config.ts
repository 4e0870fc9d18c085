import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

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
    // CAREERTALK_NOMINIFY=1 keeps names readable in CPU profiles of the built extension.
    build: { sourcemap: false, minify: process.env.CAREERTALK_NOMINIFY ? false : undefined },
    // Test hooks (lib/test-hooks.ts) exist only in the build the end-to-end tests make
    // (CAREERTALK_E2E=1); in every other build this is false and the hooks are dropped as dead code.
    define: { 'import.meta.env.CAREERTALK_E2E': JSON.stringify(process.env.CAREERTALK_E2E === '1') },
  }),
  hooks: {
    // Content scripts talk to the browser's own promise-based API (chrome.* in MV3 Chromium,
    // browser.* in Firefox): the ~10 KB webextension-polyfill stays in the extension pages and
    // the background, and the webmail scripts keep room under their 40 KB budget.
    // WXT's content-script entry builds its context from our page-safe one (lib/webmail/context.ts):
    // one context instead of two, and without WXT's location watcher and logger (~2.5 KB).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const context = { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./lib/webmail/context.ts', import.meta.url)) };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, context, ...list.filter((a) => a.find !== 'wxt/browser')] };
    },
    // The popup is built on its own, so everything its first paint runs is in one script file:
    // no chunks shared with the planner to fetch and link first (its lazily loaded parts, Copy
    // and the compose check, stay separate chunks). Built with the other pages, Rollup would
    // split what they share into common chunks that the popup must load before it can paint.
    'entrypoints:grouped'(_wxt, groups) {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((e) => e.type === 'popup');
        if (popup >= 0) groups.push([group.splice(popup, 1)[0]]);
        break;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen + clipboardWrite (Chrome): Copy summary writes the clipboard from an offscreen
    // document, not from the page; clipboardWrite (Firefox): from the background page.
    permissions: [
      'contextMenus',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Exactly the webmail sites the content scripts run on (no new install warning): lets an
    // update put the new content script into webmail tabs that are already open.
    host_permissions: WEBMAIL_MATCHES,
    action: { default_title: 'CareerTalk' },
    commands: {
      'open-template-menu': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenTemplateMenu__',
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
