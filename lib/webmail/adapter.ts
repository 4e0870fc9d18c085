import type { Webmail } from '../messaging';
import type { ComposeRecognizer } from './signals';

/** Where the "Insert career template" button goes, relative to an element of the compose. */
export interface Placement {
  anchor: Element;
  append: 'before' | 'after' | 'first' | 'last';
}

/** How the Compose check describes one compose: which signal found each part (null: not found). */
export interface ComposeDescription {
  root: string | null;
  body: string | null;
  subject: string | null;
  to: string | null;
  send: string | null;
}

/**
 * One webmail's knowledge of its compose windows. Every site-specific selector lives in the
 * adapter files (gmail.ts, outlook.ts) as ordered signals (see signals.ts) and nowhere else; the
 * rest of lib/webmail only talks to this interface.
 */
export interface WebmailAdapter {
  name: Webmail;
  /** The adapter's signals, applied. */
  recognizer: ComposeRecognizer;
  /** Every open compose root in the document (scanned once at start). */
  findComposes(doc: Document): HTMLElement[];
  /** Compose roots in a subtree just added to a dock. */
  composesIn(el: Element): HTMLElement[];
  /**
   * Elements every compose renders, and that the webmail does not animate itself: they get a
   * no-op CSS animation whose `animationstart` tells us a compose appeared (see watcher.ts).
   */
  sentinelSelector: string;
  /** Docks present in the document: observed from the start, so the first compose is seen at once. */
  docksIn(doc: Document): Element[];
  /** The elements a compose's siblings are added to (its dock, its wrapper's dock). */
  docksOf(compose: HTMLElement): Node[];
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
  /** True when the body already holds the webmail's signature (our sign-off then leaves the name out). */
  hasSignature(body: HTMLElement): boolean;
  /** Inserts HTML at the current selection (already placed in the body) through the editor's input path. */
  insertHtml(body: HTMLElement, html: string, text: string): Promise<boolean>;
  /** True when the To field holds no recipient and no typed text. */
  toIsEmpty(compose: HTMLElement): boolean;
  /** Enters one recipient into To the way the webmail expects; resolves to false if To was not found. */
  fillTo(compose: HTMLElement, email: string): Promise<boolean>;
  /** Which signal found each part of this compose (for the Compose check). */
  describe(compose: HTMLElement): ComposeDescription;
}

/** The recognition half of an adapter, the same for every webmail once its signals are known. */
export function recognition(r: ComposeRecognizer) {
  return {
    recognizer: r,
    findComposes: (doc: Document) => r.composesIn(doc),
    composesIn: (el: Element) => r.composesIn(el),
    docksIn: (doc: Document) => r.docksIn(doc),
    composeRootOf: (el: Element) => r.rootOf(el)?.el ?? null,
    findBody: (compose: HTMLElement) => r.part(compose, 'body')?.el ?? null,
    findSubject: (compose: HTMLElement) => (r.part(compose, 'subject')?.el as HTMLInputElement | undefined) ?? null,
    findSend: (compose: HTMLElement) => r.part(compose, 'send')?.el ?? null,
    describe(compose: HTMLElement): ComposeDescription {
      const body = r.part(compose, 'body');
      const part = (name: 'subject' | 'to' | 'send') => r.part(compose, name, body?.el ?? null)?.signal ?? null;
      return { root: r.rootSignal(compose), body: body?.signal ?? null, subject: part('subject'), to: part('to'), send: part('send') };
    },
  };
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
