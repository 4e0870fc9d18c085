import { browser } from 'wxt/browser';
import { copyInDocument, isOffscreenCopyMessage } from '@/lib/background/extension-clipboard';
import { applySnapshotRefresh, isOffscreenSnapshotMessage } from '@/lib/background/snapshot-refresh';

// Answers only the extension's own requests (never a content script's: sender has no tab):
// copies for the context menu, and writes the snapshot after the service worker's writes.
browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (isOffscreenCopyMessage(raw)) return Promise.resolve(copyInDocument(document, raw.text, raw.html));
  if (isOffscreenSnapshotMessage(raw)) {
    applySnapshotRefresh(raw.plan ?? undefined);
    return Promise.resolve(true);
  }
  return undefined;
});
