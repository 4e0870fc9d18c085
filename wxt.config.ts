import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Tests build into their own folder so parallel runs never share a half-written build.
  outDir: process.env.CAREERTALK_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['contextMenus', 'alarms', 'notifications', 'activeTab', 'scripting'],
    action: { default_title: 'CareerTalk' },
    commands: {
      'open-template-menu': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Insert career template menu in the focused compose window',
      },
    },
  },
});
