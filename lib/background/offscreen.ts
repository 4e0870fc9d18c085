/**
 * Chrome's service worker has no document: what needs one (the clipboard, localStorage)
 * is done in the extension's one offscreen document (entrypoints/offscreen-clipboard),
 * created on first need and kept. Firefox's background page is a document and needs none.
 */

export interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const OFFSCREEN_PATH = '/offscreen-clipboard.html';

/** The offscreen API where the background has no document of its own (Chrome's service worker). */
export function offscreenApi(): OffscreenApi | undefined {
  if (typeof document !== 'undefined') return undefined;
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

let creating: Promise<void> | undefined;

/** Creates the offscreen document unless it exists (an extension may have only one). */
export async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.()) return;
  creating ??= api
    .createDocument({
      url: OFFSCREEN_PATH,
      // One document for both jobs: Chrome allows a single offscreen document per extension.
      reasons: ['CLIPBOARD', 'LOCAL_STORAGE'],
      justification: 'Copy the plan summary the person asked for from the context menu; keep the snapshot the popup paints first in step with plan changes made in the background.',
    })
    .catch((e: unknown) => {
      // Another call created it meanwhile: that is fine.
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
