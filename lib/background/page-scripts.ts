/**
 * Functions run inside a web page with `scripting.executeScript` (isolated world),
 * only after the person chose one of our context-menu items, under `activeTab`.
 * Each is serialised and sent on its own: no imports, no closures, only its arguments.
 */

/** Why a page function failed; the caller words it (page functions can't reach browser.i18n's messages). */
/** ('copy-refused' comes from the extension's own copy: lib/background/extension-clipboard.ts.) */
export type PageProblem = 'no-focus' | 'read-only' | 'no-field' | 'copy-refused';

export interface PageResult {
  ok: boolean;
  /** What was written into ('textarea', 'input', 'contenteditable') or how it was copied. */
  how?: string;
  problem?: PageProblem;
}

/**
 * Inserts at the caret of the focused field (following focus into iframes is not
 * possible here; each frame is its own target). execCommand keeps the page's undo
 * history and fires the input events editors listen to; for fields where it does
 * nothing (some inputs), setRangeText plus an input event is the fallback.
 */
export function insertAtCaretInPage(text: string, html: string): PageResult {
  let el = document.activeElement as HTMLElement | null;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  if (!el) return { ok: false, problem: 'no-focus' };

  const isTextInput =
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && /^(text|search|email|url|tel|)$/i.test(el.getAttribute('type') ?? ''));
  if (isTextInput) {
    const field = el as HTMLTextAreaElement | HTMLInputElement;
    if (field.readOnly || field.disabled) return { ok: false, problem: 'read-only' };
    // A one-line input cannot hold line breaks: join the lines.
    const value = field instanceof HTMLInputElement ? text.replace(/\s*\n+\s*/g, '; ').replace(/^(; )+/, '') : text;
    field.focus();
    const before = field.value;
    let done = false;
    try {
      done = document.execCommand('insertText', false, value) && field.value !== before;
    } catch {
      done = false;
    }
    if (!done) {
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      field.setRangeText(value, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return { ok: true, how: field instanceof HTMLTextAreaElement ? 'textarea' : 'input' };
  }

  if (el.isContentEditable) {
    const sel = window.getSelection();
    // The caret must be inside the editor; otherwise put it at the end.
    if (!sel || sel.rangeCount === 0 || !el.contains(sel.getRangeAt(0).commonAncestorContainer)) {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
    const plainOnly = el.getAttribute('contenteditable') === 'plaintext-only';
    let done = false;
    try {
      done = plainOnly ? document.execCommand('insertText', false, text) : document.execCommand('insertHTML', false, html);
    } catch {
      done = false;
    }
    if (!done) {
      // Fallback: a DOM insertion (text nodes only, so no markup from the plan is parsed) and an input event.
      const range = sel!.getRangeAt(0);
      range.deleteContents();
      const frag = document.createDocumentFragment();
      text.split('\n').forEach((line, i) => {
        if (i) frag.appendChild(document.createElement('br'));
        frag.appendChild(document.createTextNode(line));
      });
      const last = frag.lastChild;
      range.insertNode(frag);
      if (last) {
        range.setStartAfter(last);
        range.collapse(true);
        sel!.removeAllRanges();
        sel!.addRange(range);
      }
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    return { ok: true, how: 'contenteditable' };
  }
  return { ok: false, problem: 'no-field' };
}

/** The selection with its line breaks (the menu's selectionText flattens them), plus the page's title. */
export function readSelectionInPage(): { text: string; title: string; url: string } {
  const active = document.activeElement;
  let text = '';
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart: s, selectionEnd: e, value } = active;
    if (s !== null && e !== null && e > s) text = value.slice(s, e);
  }
  if (!text) text = window.getSelection()?.toString() ?? '';
  return { text, title: document.title, url: location.href };
}
