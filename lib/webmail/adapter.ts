import type { Webmail } from '../messaging';

/** Where the "Insert career template" button goes, relative to an element of the compose. */
export interface Placement {
  anchor: Element;
  append: 'before' | 'after' | 'first' | 'last';
}

/**
 * One webmail's knowledge of its compose windows. Every site-specific selector lives in the
 * adapter files (gmail.ts, outlook.ts) and nowhere else; the rest of lib/webmail only talks
 * to this interface.
 */
export interface WebmailAdapter {
  name: Webmail;
  /** Matches the root element of every compose window (new, inline reply, pop-out). */
  composeSelector: string;
  /** Every open compose root (scanned once at start). */
  findComposes(doc: Document): ArrayLike<HTMLElement> & Iterable<HTMLElement>;
  /**
   * One element every compose renders, and that the webmail does not animate itself: it gets a
   * no-op CSS animation whose `animationstart` tells us a compose appeared (see watcher.ts).
   */
  sentinelSelector: string;
  /** The element whose direct children are compose windows (their dock), if there is one. */
  containerOf(compose: HTMLElement): Node | null;
  /** The compose root an element belongs to, or null. */
  composeRootOf(el: Element): HTMLElement | null;
  /** The rich-text message body, or null when the structure is not what we know. */
  findBody(compose: HTMLElement): HTMLElement | null;
  /** The subject input, or null (inline replies may hide it). */
  findSubject(compose: HTMLElement): HTMLInputElement | null;
  /** The compose's Send control, or null (used to tell a sent draft from a discarded one). */
  findSend(compose: HTMLElement): HTMLElement | null;
  /** Where the button sits: next to Send, else at the top of the compose. */
  placement(compose: HTMLElement): Placement;
  /** True when the node is inside the signature or quoted text, which must stay below. */
  isProtected(node: Node, body: HTMLElement): boolean;
  /** Inserts HTML at the current selection (already placed in the body) through the editor's input path. */
  insertHtml(body: HTMLElement, html: string, text: string): Promise<boolean>;
  /** True when the To field holds no recipient and no typed text. */
  toIsEmpty(compose: HTMLElement): boolean;
  /** Enters one recipient into To the way the webmail expects; resolves to false if To was not found. */
  fillTo(compose: HTMLElement, email: string): Promise<boolean>;
}

/** Nearest element (the node itself or an ancestor) — text nodes have no closest(). */
export function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/**
 * Sets an input's value and fires `input`/`change` so the page's code sees it. Deliberately not
 * execCommand: the browser keeps one undo stack per document, and a subject edit on it would make
 * the body's Ctrl+Z undo the subject first.
 */
export function setInputValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves with the first match of `find()` appearing within `timeoutMs`, else null. No polling. */
export function waitFor<T>(find: () => T | null, root: Node, timeoutMs: number): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(value: T | null) {
      clearTimeout(timer);
      observer.disconnect();
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

export function keydown(target: Element, key: string, code = key, keyCode = 0): void {
  for (const type of ['keydown', 'keyup'] as const) {
    target.dispatchEvent(new KeyboardEvent(type, { key, code, keyCode, which: keyCode, bubbles: true, cancelable: true }));
  }
}
