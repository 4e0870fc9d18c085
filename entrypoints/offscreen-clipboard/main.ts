import { browser } from 'wxt/browser';
import { copyInDocument, isOffscreenCopyMessage } from '@/lib/background/extension-clipboard';

// Answers only the extension's own copy requests (never a content script's: sender has no tab).
browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }) => {
  if (sender.id !== browser.runtime.id || sender.tab || !isOffscreenCopyMessage(raw)) return undefined;
  return Promise.resolve(copyInDocument(document, raw.text, raw.html));
});
