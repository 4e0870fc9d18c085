// Must load before Dexie: Dexie captures the global indexedDB when it is imported.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

// WXT's fake browser has no i18n: answer from the English messages file, as the browser would.
function getMessage(key: string, subs?: string | string[]): string {
  const entry = (messages as Record<string, { message: string }>)[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});
