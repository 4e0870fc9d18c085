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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text; // plan text is only ever set as text
  return node;
}

let uid = 0;

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

  constructor(
    container: HTMLElement,
    private actions: MenuActions,
    theme: 'light' | 'dark',
    /** Whether an event is the person's own (unit tests, which can only synthesize events, swap this). */
    private readonly isPersonEvent: (e: Event) => boolean = (e) => e.isTrusted,
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
    // The page's own scripts can reach this open shadow root; only a real click or key
    // press of the person (isTrusted) may open the menu or put plan text into the page.
    this.button.addEventListener('click', (e) => {
      if (this.isPersonEvent(e)) void (this.open ? this.close(false) : this.show('first'));
    });
    this.button.addEventListener('keydown', (e) => {
      if (!this.isPersonEvent(e)) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        void this.show(e.key === 'ArrowDown' ? 'first' : 'last');
      }
    });
    this.pop.addEventListener('keydown', (e) => this.isPersonEvent(e) && this.onMenuKey(e));
    this.pop.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (this.open && (!next || !this.root.contains(next))) this.close(false);
    });
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
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus({ preventScroll: true });
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
        if (!this.isPersonEvent(e)) return;
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
      if (this.isPersonEvent(e)) action();
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
    items[(index + items.length) % items.length].focus({ preventScroll: true });
  }

  private onMenuKey(e: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(this.root.getRootNode() instanceof ShadowRoot ? ((this.root.getRootNode() as ShadowRoot).activeElement as HTMLElement) : (document.activeElement as HTMLElement));
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
