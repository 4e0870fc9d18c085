import { browser } from 'wxt/browser';
import type { PageResult } from './page-scripts';
import { ensureOffscreen, offscreenApi } from './offscreen';

/**
 * Puts the plan summary on the clipboard from the extension's own context, never from the page
 * or frame that was right-clicked (a script there could read what we put on the clipboard
 * while we did it, and frames of any origin can be right-clicked):
 * - Chrome (MV3): the service worker has no document, so an offscreen document
 *   (entrypoints/offscreen-clipboard.html, reason CLIPBOARD) does the copy;
 * - Firefox (MV2): the background page has a document and copies itself.
 */

export const OFFSCREEN_COPY = 'careertalk:offscreen-copy';

export interface OffscreenCopyMessage {
  type: typeof OFFSCREEN_COPY;
  text: string;
  html: string;
}

export function isOffscreenCopyMessage(raw: unknown): raw is OffscreenCopyMessage {
  const m = raw as Partial<OffscreenCopyMessage> | null;
  return !!m && m.type === OFFSCREEN_COPY && typeof m.text === 'string' && typeof m.html === 'string';
}

/** Copies plain text and HTML in `doc` (an extension document): a copy event fills both types. */
export function copyInDocument(doc: Document, text: string, html: string): PageResult {
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.clipboardData?.setData('text/html', html);
    e.preventDefault();
  };
  doc.addEventListener('copy', onCopy, true);
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
    area.remove();
  }
  return ok ? { ok: true, how: 'extension' } : { ok: false, problem: 'copy-refused' };
}

export async function copyFromExtension(text: string, html: string): Promise<PageResult> {
  const offscreen = offscreenApi();
  if (offscreen) {
    await ensureOffscreen(offscreen);
    const message: OffscreenCopyMessage = { type: OFFSCREEN_COPY, text, html };
    const result = (await browser.runtime.sendMessage(message)) as PageResult | undefined;
    return result ?? { ok: false, problem: 'copy-refused' };
  }
  return copyInDocument(document, text, html);
}
