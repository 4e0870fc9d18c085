// Must load before Dexie: Dexie captures the global indexedDB when it is imported.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localeMessage, testUiLocale, setTestUiLocale } from './locale';

// WXT's fake browser has no i18n: answer from the messages file of the test's UI locale
// (English unless a test calls setTestUiLocale), as the browser would.
beforeEach(() => {
  fakeBrowser.reset();
  setTestUiLocale('en');
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    localeMessage(testUiLocale(), key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => testUiLocale();
});
