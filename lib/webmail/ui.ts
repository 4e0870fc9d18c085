import type { TemplateMenuItem } from '../messaging';
import { t } from '../i18n';

/** What the menu needs from the outside world (the content-script runtime provides it). */
export interface MenuActions {
  /** Loads the menu: built-ins first, then the user's templates. */
  list(): Promise<{ ok: true; hasPlan: boolean; items: TemplateMenuItem[] } | { ok: false; error: string }>;
  /** Inserts one template; resolves to a message to show when it could not. */
  choose(item: TemplateMenuItem): Promise<ChooseOutcome>;
  /** Opens the planner so the person can set a plan up. */
  setUp(): void;
}

export type ChooseOutcome =
  | { ok: true }
  | { ok: false; message: string; copy?: () => Promise<string> };

/** The button's accessible name ("Insert career template" in English: tests and users rely on it). */
export const buttonName = (): string => t('webmailButtonName');

/** An element with attributes and text (plan text is only ever set as text). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text; // plan text is only ever set as text
  return node;
}

let uid = 0;

/**
 * Whether focus that just arrived was moved by the person. Page scripts can call focus() on
 * anything they can reach (and the person's next keys then land there); they cannot produce a
 * trusted Tab key press. The content script feeds every key press of the page to `onKeyDown`.
 */
export class FocusIntent {
  private tabbedAt = -Infinity;
  constructor(private readonly isPersonEvent: (e: Event) => boolean = (e) => e.isTrusted) {}
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Tab' && this.isPersonEvent(e)) this.tabbedAt = performance.now();
  };
  /** True right after the person pressed Tab (or Shift+Tab). */
  tabbedJustNow(): boolean {
    return performance.now() - this.tabbedAt < 300;
  }
}

/**
 * The button and its menu for one compose window. Plain DOM (no framework) keeps the content
 * script small and lets the button appear within the same frame as the compose.
 * Follows the WAI-ARIA menu button pattern: arrows, Home/End, Enter/Space, Escape, Tab.
 */
export class ComposeMenu {
  readonly root: HTMLDivElement;
  readonly button: HTMLButtonElement;
  private pop: HTMLDivElement;
  private open = false;
  private loadToken = 0;
  private readonly id = `ct-${++uid}`;
  /** Whether the trigger has focus because the person put it there (Tab, a press on it, Escape from the menu). */
  private triggerArmed = false;
  private returningFocus = false;
  /** The menu item this menu focused last: keys act on it only, never on an item the page focused. */
  private current: HTMLElement | null = null;

  constructor(
    container: HTMLElement,
    private actions: MenuActions,
    theme: 'light' | 'dark',
    /** Whether an event is the person's own (unit tests, which can only synthesize events, swap this). */
    private readonly isPersonEvent: (e: Event) => boolean = (e) => e.isTrusted,
    private readonly intent: FocusIntent = new FocusIntent(isPersonEvent),
  ) {
    this.root = el('div', { class: 'ct', 'data-theme': theme });
    this.button = el('button', {
      type: 'button',
      class: 'trigger',
      'aria-label': buttonName(),
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': `${this.id}-menu`,
      title: t('webmailButtonTitle'),
    });
    this.button.append(el('span', {}, t('webmailButtonText')), el('span', { 'aria-hidden': 'true' }, '▾'));
    this.pop = el('div', { id: `${this.id}-menu`, class: 'pop', hidden: '' });
    this.root.append(this.button, this.pop);
    container.append(this.root);

    // Keep the editor's selection: a mousedown on our button must not take focus from the body.
    this.root.addEventListener('mousedown', (e) => e.preventDefault());
    // Only the person's own input acts (the shadow root is closed in real builds, and even a
    // page that reached it could only synthesize untrusted events or move focus):
    // - a trusted click opens the menu; a click made by a key press (detail 0) only when the
    //   person put focus on the trigger, so keys typed after the page moved focus there do nothing;
    // - arrow keys on the trigger open the menu under the same condition.
    this.button.addEventListener('pointerdown', (e) => {
      if (this.isPersonEvent(e)) this.triggerArmed = true;
    });
    this.button.addEventListener('focus', () => {
      this.triggerArmed = this.returningFocus || this.intent.tabbedJustNow();
    });
    this.button.addEventListener('blur', () => {
      this.triggerArmed = false;
    });
    this.button.addEventListener('click', (e) => {
      if (!this.isPersonEvent(e) || !this.fromPerson(e)) return;
      void (this.open ? this.close(false) : this.show('first'));
    });
    this.button.addEventListener('keydown', (e) => {
      if (!this.isPersonEvent(e)) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (this.triggerArmed) void this.show(e.key === 'ArrowDown' ? 'first' : 'last');
      }
    });
    this.pop.addEventListener('keydown', (e) => this.isPersonEvent(e) && this.onMenuKey(e));
    this.pop.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (this.open && (!next || !this.root.contains(next))) this.close(false);
    });
  }

  /**
   * A trusted click is the person's when it came from a pointer (detail > 0), from a key press
   * on a trigger they focused themselves, or from assistive technology acting on a trigger that
   * does not have focus (the keyboard cannot click an element without focus).
   */
  private fromPerson(e: MouseEvent): boolean {
    if (e.detail > 0 || this.triggerArmed) return true;
    const root = this.root.getRootNode() as Document | ShadowRoot;
    return root.activeElement !== this.button;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Opens the menu and focuses its first (or last) item once loaded. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    const token = ++this.loadToken;
    this.open = true;
    this.button.setAttribute('aria-expanded', 'true');
    this.pop.replaceChildren(el('div', { class: 'msg', role: 'status' }, t('webmailLoading')));
    this.pop.removeAttribute('role');
    this.pop.hidden = false;
    this.position();
    const result = await this.actions.list().catch((err: unknown) => ({ ok: false as const, error: String(err) }));
    if (token !== this.loadToken || !this.open) return;
    if (!result.ok) {
      this.showMessage(t('webmailLoadFailed', result.error), 'warn');
      return;
    }
    this.renderItems(result.hasPlan, result.items);
    this.focusItem(focus === 'first' ? 0 : -1);
  }

  close(returnFocus: boolean): void {
    this.loadToken++;
    this.open = false;
    this.pop.hidden = true;
    // A closed menu holds nothing: no item names, no "Missing: …" details, nothing to press.
    this.pop.replaceChildren();
    this.descriptions.length = 0;
    this.current = null;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      // The person pressed Escape: focus returns to the trigger on their behalf.
      this.returningFocus = true;
      this.button.focus({ preventScroll: true });
      this.returningFocus = false;
    }
  }

  /** Shows a message in the popover (role alert); an optional action button follows it. */
  showMessage(text: string, kind: 'info' | 'warn', action?: { label: string; run: () => Promise<string> }): void {
    this.open = true;
    this.button.setAttribute('aria-expanded', 'true');
    this.button.dataset.state = kind;
    this.pop.removeAttribute('role');
    const box = el('div', { class: 'msg', role: 'alert', 'data-kind': kind }, text);
    if (action) {
      const act = el('button', { type: 'button', class: 'action' }, action.label);
      act.addEventListener('click', async (e) => {
        if (!this.isPersonEvent(e) || !this.open || !act.isConnected) return;
        const done = await action.run().catch((err: unknown) => t('webmailCopyFailed', String(err)));
        box.replaceChildren(document.createTextNode(done));
      });
      box.append(el('br'), act);
      this.pop.replaceChildren(box);
      this.pop.hidden = false;
      this.position();
      act.focus({ preventScroll: true });
      return;
    }
    this.pop.replaceChildren(box);
    this.pop.hidden = false;
    this.position();
  }

  private renderItems(hasPlan: boolean, items: TemplateMenuItem[]): void {
    this.pop.setAttribute('role', 'menu');
    this.pop.setAttribute('aria-label', t('webmailMenuLabel'));
    const nodes: HTMLElement[] = [];
    if (!hasPlan) {
      const setup = this.item(t('webmailSetUp'), t('webmailSetUpDetail'));
      this.onChoose(setup, () => {
        this.close(false);
        this.actions.setUp();
      });
      nodes.push(setup);
      if (items.length) nodes.push(el('div', { class: 'sep', role: 'separator' }));
    }
    for (const item of items) {
      const missing = item.missing.length ? t('webmailMissing', item.missing.join(', ')) : '';
      const node = this.item(item.name, missing);
      this.onChoose(node, () => void this.choose(item));
      nodes.push(node);
    }
    this.pop.replaceChildren(...nodes, ...this.descriptions.splice(0));
  }

  /** Hidden elements that hold each item's description (aria-describedby targets). */
  private readonly descriptions: HTMLElement[] = [];

  /** What choosing an item does: on a real click, or on Enter from a real key press. */
  private readonly run = new WeakMap<HTMLElement, () => void>();
  private onChoose(node: HTMLElement, action: () => void): void {
    this.run.set(node, action);
    node.addEventListener('click', (e) => {
      // Only while the menu the person opened is showing; a key-made click only on the item we focused.
      if (!this.isPersonEvent(e) || !this.open || !this.pop.contains(node)) return;
      if (e.detail === 0 && node !== this.current) return;
      action();
    });
  }

  private item(name: string, detail: string): HTMLButtonElement {
    const n = ++uid;
    const node = el('button', { type: 'button', class: 'item', role: 'menuitem', tabindex: '-1', 'aria-labelledby': `${this.id}-n${n}` });
    node.append(el('span', { class: 'name', id: `${this.id}-n${n}` }, name));
    if (detail) {
      // Shown under the name by CSS (::after), announced as the item's description through a
      // hidden element: the item's text content stays exactly its name (WCAG 2.5.3, label in name).
      node.dataset.missing = detail;
      node.setAttribute('aria-describedby', `${this.id}-d${n}`);
      this.descriptions.push(el('span', { id: `${this.id}-d${n}`, hidden: '' }, detail));
    }
    return node;
  }

  private async choose(item: TemplateMenuItem): Promise<void> {
    this.close(false);
    const outcome: ChooseOutcome = await this.actions.choose(item).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (outcome.ok) {
      delete this.button.dataset.state;
      return;
    }
    this.showMessage(outcome.message, 'warn', outcome.copy ? { label: t('webmailCopyInstead'), run: outcome.copy } : undefined);
  }

  private items(): HTMLElement[] {
    return [...this.pop.querySelectorAll<HTMLElement>('[role=menuitem]')];
  }

  private focusItem(index: number): void {
    const items = this.items();
    if (!items.length) return;
    this.current = items[(index + items.length) % items.length];
    this.current.focus({ preventScroll: true });
  }

  private onMenuKey(e: KeyboardEvent): void {
    if (!this.open) {
      e.preventDefault();
      return;
    }
    const items = this.items();
    // Keys act on the item this menu focused. If something else has focus (the page moved it),
    // the key only brings focus back to ours: what the person sees focused is what a key chooses.
    const at = this.current ? items.indexOf(this.current) : -1;
    const root = this.root.getRootNode() as Document | ShadowRoot;
    if (at >= 0 && root.activeElement !== this.current) {
      e.preventDefault();
      e.stopPropagation();
      this.current!.focus({ preventScroll: true });
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        this.focusItem(at + 1);
        break;
      case 'ArrowUp':
        this.focusItem(at < 0 ? -1 : at - 1);
        break;
      case 'Home':
        this.focusItem(0);
        break;
      case 'End':
        this.focusItem(-1);
        break;
      case 'Escape':
        this.close(true);
        break;
      case 'Tab':
        this.close(false);
        return;
      case 'Enter':
      case ' ':
        if (at >= 0) this.run.get(items[at])?.();
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  /** Fixed position next to the button, so a compose with overflow:hidden cannot clip the menu. */
  private position(): void {
    const r = this.button.getBoundingClientRect();
    const below = window.innerHeight - r.bottom;
    this.pop.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - 348))}px`;
    if (below < 260 && r.top > below) {
      this.pop.style.top = '';
      this.pop.style.bottom = `${window.innerHeight - r.top + 4}px`;
    } else {
      this.pop.style.bottom = '';
      this.pop.style.top = `${r.bottom + 4}px`;
    }
  }
}
