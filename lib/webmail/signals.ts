/**
 * Compose recognition as data. Each adapter (gmail.ts, outlook.ts) lists, for every part of a
 * compose window, the signals it can be recognised by, most reliable first; this file applies
 * them. Whichever signal holds is used, and its name is kept so the Compose check can say how a
 * part was found. Nothing here knows a site: only roles, `contenteditable` and document order.
 *
 * The structural rule that needs no id or class at all: the compose root is the nearest ancestor
 * of the multi-line message-body textbox that also holds a subject input and a Send button (and
 * no second message body, so two composes side by side are never merged into one).
 */

export type PartName = 'body' | 'subject' | 'to' | 'send';

/** One way of finding a part inside a compose root. */
export interface Signal {
  /** Short, fixed name shown in the Compose check and the copied report (never page content). */
  name: string;
  /** First match inside the root… */
  selector?: string;
  /** …that is not inside this (e.g. Outlook's header, whose recipient wells are textboxes too). */
  notInside?: string;
  /** A structural rule, used when no selector is steady enough. */
  find?: (root: HTMLElement, body: HTMLElement | null) => HTMLElement | null;
}

/** One way of finding the compose root from the message body (or any element inside it). */
export interface RootSignal {
  name: string;
  /** The root is the nearest ancestor matching this selector. */
  closest?: string;
  /** Or: the nearest ancestor of the body holding all of these parts / selectors. */
  holds?: Array<PartName | { selector: string }>;
}

export interface ComposeSignals {
  roots: RootSignal[];
  body: Signal[];
  subject: Signal[];
  to: Signal[];
  send: Signal[];
  /** Elements compose windows are added into (observed directly so a new compose is seen at once). */
  docks: Signal[];
}

export interface Found<T extends Element = HTMLElement> {
  el: T;
  signal: string;
}

/** The message body in its generic form: what the structural rule starts from. */
export const MULTILINE_TEXTBOX = '[contenteditable="true"][role="textbox"][aria-multiline="true"]';
/** Tags of our own UI: never taken for part of the page. */
const OWN = 'careertalk-compose-button, careertalk-floating-button';

const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
/** Not something a person can use: hidden, out of the tab order, disabled, closed panes, or ours. */
const hiddenFromPeople = (el: Element) =>
  el.getAttribute('aria-hidden') === 'true' ||
  el.getAttribute('tabindex') === '-1' ||
  el.hasAttribute('disabled') ||
  !!el.closest(OWN) ||
  // A closed pane (Gmail's emoji picker sits between the body and Send) is not rendered.
  (typeof el.checkVisibility === 'function' && !el.checkVisibility());

/**
 * Send, structurally: the first button of the compose after the body (Gmail's bottom row starts
 * with Send), or before it (Outlook's command bar above the recipients starts with Send). Toolbars
 * (formatting, spell check), menus and buttons taken out of the tab order are skipped.
 */
export function firstActionButton(root: HTMLElement, body: HTMLElement | null, where: 'after' | 'before'): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('button, [role="button"]')) {
    if (hiddenFromPeople(el) || el.closest('[role="toolbar"], [role="menu"], [role="listbox"]')) continue;
    if (body && (body.contains(el) || (where === 'after' ? !follows(body, el) : !follows(el, body)))) continue;
    return el;
  }
  return null;
}

/** Subject, structurally: the first one-line text input before the body that is not a recipient field. */
export function firstTextInputBefore(root: HTMLElement, body: HTMLElement | null): HTMLInputElement | null {
  for (const el of root.querySelectorAll<HTMLInputElement>('input')) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'text' || hiddenFromPeople(el) || el.getAttribute('role') === 'combobox') continue;
    if (body && !follows(el, body)) continue;
    return el;
  }
  return null;
}

/** To, structurally: the first recipient-like field before the body (a combobox, or a one-line textbox). */
export function firstRecipientField(root: HTMLElement, body: HTMLElement | null): HTMLElement | null {
  const sel = 'input[role="combobox"], textarea[role="combobox"], [role="combobox"] input, [contenteditable="true"][role="textbox"]:not([aria-multiline="true"])';
  for (const el of root.querySelectorAll<HTMLElement>(sel)) {
    if (hiddenFromPeople(el)) continue;
    if (body && (body.contains(el) || !follows(el, body))) continue;
    return el;
  }
  return null;
}

/** Applies one adapter's signals. Cheap enough to call on every compose event (no page-wide queries). */
export class ComposeRecognizer {
  /** Every element that may be a message body, for finding composes in an added subtree. */
  readonly bodyProbe: string;
  /** Every selector that matches a compose root directly. */
  private readonly rootProbe: string;

  constructor(readonly signals: ComposeSignals) {
    this.bodyProbe = [...signals.body.map((s) => s.selector).filter(Boolean), MULTILINE_TEXTBOX].join(', ');
    this.rootProbe = signals.roots.map((s) => s.closest).filter(Boolean).join(', ');
  }

  /** A part of one compose, and the signal it was found by. */
  part(root: HTMLElement, name: PartName, body?: HTMLElement | null): Found | null {
    const b = name === 'body' ? null : body === undefined ? this.part(root, 'body')?.el ?? null : body;
    for (const signal of this.signals[name]) {
      const el = this.apply(signal, root, b);
      if (el) return { el, signal: signal.name };
    }
    return null;
  }

  private apply(signal: Signal, root: HTMLElement, body: HTMLElement | null): HTMLElement | null {
    if (signal.find) return signal.find(root, body);
    if (!signal.selector) return null;
    for (const el of root.querySelectorAll<HTMLElement>(signal.selector)) {
      if (el.closest(OWN)) continue;
      const outside = signal.notInside ? el.closest(signal.notInside) : null;
      if (outside && root.contains(outside)) continue;
      return el;
    }
    return null;
  }

  /** Whether one named signal of a part finds it (the Compose check lists every signal tried). */
  partBy(root: HTMLElement, name: PartName, signal: string, body: HTMLElement | null): boolean {
    const s = this.signals[name].find((x) => x.name === signal);
    return !!s && !!this.apply(s, root, name === 'body' ? null : body);
  }

  /** Whether one named root signal recognises this root. */
  rootHolds(root: HTMLElement, signal: string): boolean {
    const s = this.signals.roots.find((x) => x.name === signal);
    if (!s) return false;
    if (s.closest) return root.matches(s.closest);
    const body = this.part(root, 'body')?.el;
    return !!body && this.holdsFrom(body, s) === root;
  }

  /** The compose root an element belongs to, and which root signal recognised it. */
  rootOf(el: Element): Found | null {
    let body: HTMLElement | null | undefined;
    for (const signal of this.signals.roots) {
      if (signal.closest) {
        const root = el.closest<HTMLElement>(signal.closest);
        if (root && !root.closest(OWN)) return { el: root, signal: signal.name };
        continue;
      }
      if (body === undefined) body = this.bodyNear(el);
      if (!body) continue;
      const root = this.holdsFrom(body, signal);
      if (root && root.contains(el)) return { el: root, signal: signal.name };
    }
    return null;
  }

  /** Which root signal holds for a root found earlier (for the Compose check). */
  rootSignal(root: HTMLElement): string | null {
    const body = this.part(root, 'body')?.el;
    for (const signal of this.signals.roots) {
      if (signal.closest ? root.matches(signal.closest) : body && this.holdsFrom(body, signal) === root) return signal.name;
    }
    return null;
  }

  /** Compose roots in a subtree (the whole document at start, an added node in a dock). */
  composesIn(scope: Element | Document): HTMLElement[] {
    const roots = new Set<HTMLElement>();
    const add = (el: Element) => {
      const found = this.rootOf(el);
      if (found) roots.add(found.el);
    };
    if (scope instanceof Element) {
      if (this.rootProbe && scope.matches(this.rootProbe)) roots.add(scope as HTMLElement);
      else if (scope.matches(this.bodyProbe)) add(scope);
    }
    if (this.rootProbe) for (const el of scope.querySelectorAll<HTMLElement>(this.rootProbe)) if (!el.closest(OWN)) roots.add(el);
    for (const el of scope.querySelectorAll(this.bodyProbe)) if (![...roots].some((r) => r.contains(el))) add(el);
    return [...roots];
  }

  /** The message body an element is in, or the one nearest above it (focus in the subject line). */
  private bodyNear(el: Element): HTMLElement | null {
    const inside = el.closest<HTMLElement>(this.bodyProbe);
    if (inside) return inside;
    let depth = 0;
    for (let a = el.parentElement; a && a !== document.body && depth < 16; a = a.parentElement, depth++) {
      const bodies = a.querySelectorAll<HTMLElement>(this.bodyProbe);
      if (bodies.length === 1) return bodies[0];
      if (bodies.length > 1) return null;
    }
    return null;
  }

  /** Nearest ancestor of the body holding every part the signal names, and no second body. */
  private holdsFrom(body: HTMLElement, signal: RootSignal): HTMLElement | null {
    const needs = signal.holds ?? [];
    for (let a = body.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      if (a.querySelectorAll(this.bodyProbe).length > 1) return null;
      const all = needs.every((need) => (typeof need === 'string' ? !!this.part(a!, need, body) : !!a!.querySelector(need.selector)));
      if (all) return a;
    }
    return null;
  }

  /** Dock elements present in the document (observed from the start). */
  docksIn(doc: Document): Element[] {
    const out: Element[] = [];
    for (const s of this.signals.docks) if (s.selector) out.push(...doc.querySelectorAll(s.selector));
    return out;
  }
}
