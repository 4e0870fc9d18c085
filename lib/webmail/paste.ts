import { waitFor } from './adapter';

/** Text without any whitespace: block boundaries add none to textContent but do to innerText. */
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Inserts HTML at the selection (already placed in `body`) the way the editor will treat as one
 * undoable step. An editor with its own undo (RoosterJS: a DOM change it did not make is not
 * undone by its Ctrl+Z) handles `paste` itself and records a paste as one step, so it gets the
 * HTML as a synthetic paste with a DataTransfer (the page's clipboard is not used). If nobody
 * handles the paste, the browser's own editing path (`insertHTML`: input events, one native undo
 * step) does it.
 */
export async function pasteOrInsertHtml(body: HTMLElement, html: string, text: string): Promise<boolean> {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  body.dispatchEvent(paste);
  if (!paste.defaultPrevented) return document.execCommand('insertHTML', false, html);
  // RoosterJS reads clipboard items asynchronously; wait until the text is in the body.
  const needle = squash(text).slice(0, 24);
  const landed = await waitFor(() => (squash(body.textContent ?? '').includes(needle) ? true : null), body, 1000);
  return !!landed;
}
