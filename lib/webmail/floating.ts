import type { WebmailContext } from './context';
import { composeShadowMode } from './shadow-mode';
import { createShadowUi, type ShadowUi } from './shadow-ui';
import type { WebmailAdapter } from './adapter';
import { pasteOrInsertHtml } from './paste';
import { WEBMAIL_UI_CSS } from './styles';
import { themeOf } from './theme';
import type { ComposeMenu } from './ui';

/** Tag of the floating button's shadow host. */
export const FLOAT_TAG = 'careertalk-floating-button';

/**
 * The rich-text editor an element is in, when it is one a person writes mail in: the outermost
 * `contenteditable` element, multi-line (a `role=textbox` must say `aria-multiline=true`), and not a
 * search box or combobox. A `<textarea>` is plain text, never a mail body: it gets nothing.
 */
export function mailEditorOf(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let editor = el;
  while (editor.parentElement?.isContentEditable) editor = editor.parentElement;
  const role = editor.getAttribute('role');
  if (role && role !== 'textbox' && role !== 'document' && role !== 'main' && role !== 'region') return null;
  if (role === 'textbox' ? editor.getAttribute('aria-multiline') !== 'true' : editor.getAttribute('aria-multiline') === 'false') return null;
  return editor;
}

/**
 * The adapter used for an editor no compose claimed: the editor is its own "compose" (no subject,
 * no To), the webmail's signature/quote rules still keep those below, and insertion goes through
 * a paste the editor can record as one undo step, else `insertHTML`.
 */
export function editorAdapter(base: WebmailAdapter): WebmailAdapter {
  return {
    ...base,
    findBody: (editor) => editor,
    findSubject: () => null,
    findSend: () => null,
    toIsEmpty: () => false,
    fillTo: async () => false,
    insertHtml: pasteOrInsertHtml,
  };
}

const GAP = 4;

/**
 * One "Insert career template" button floating at the corner of the focused unclaimed editor, the
 * way text-expander extensions do. It sits outside the editor's box (above its top-right corner,
 * else below its bottom-right, else beside it), so it never covers what is being typed; follows the
 * editor on scroll and resize (one rAF per burst); leaves when focus leaves the editor and the button.
 */
export class FloatingButton {
  private ui?: ShadowUi<ComposeMenu>;
  private target: HTMLElement | null = null;
  private frame = 0;
  private readonly resize = new ResizeObserver(() => this.schedule());

  constructor(
    private ctx: WebmailContext,
    private makeMenu: (container: HTMLElement) => ComposeMenu,
  ) {
    ctx.addEventListener(window, 'scroll', () => this.schedule(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.schedule());
    ctx.addEventListener(document, 'focusout', () => queueMicrotask(() => this.leaveIfFocusLeft()), { capture: true });
    ctx.onInvalidated(() => {
      this.resize.disconnect();
      this.ui?.remove();
    });
  }

  /** The editor the button is for, while it is shown. */
  get editor(): HTMLElement | null {
    return this.target;
  }

  get menu(): ComposeMenu | undefined {
    return this.target ? this.ui?.mounted : undefined;
  }

  /** Shows the button for this editor (it has focus and no compose claimed it). */
  attach(editor: HTMLElement): void {
    if (this.target !== editor) {
      if (this.target) this.resize.unobserve(this.target);
      this.target = editor;
      this.resize.observe(editor);
    }
    this.mount();
    const menu = this.ui?.mounted;
    if (!menu || this.target !== editor) return;
    menu.root.dataset.theme = themeOf(editor);
    menu.root.hidden = false;
    this.place();
  }

  detach(): void {
    if (!this.target) return;
    this.resize.unobserve(this.target);
    this.target = null;
    const menu = this.ui?.mounted;
    if (menu) {
      if (menu.isOpen) menu.close(false);
      menu.root.hidden = true;
    }
  }

  private mount(): void {
    if (this.ui) return;
    this.ui = createShadowUi<ComposeMenu>(this.ctx, {
      name: FLOAT_TAG,
      append: (host) => document.documentElement.append(host),
      css: WEBMAIL_UI_CSS,
      mode: composeShadowMode(),
      onMount: (container) => {
        const menu = this.makeMenu(container);
        menu.root.classList.add('float');
        menu.root.hidden = true;
        return menu;
      },
    });
    this.ui.mount();
  }

  /** Focus moved: keep the button while focus is in the editor or on the button and its menu. */
  private leaveIfFocusLeft(): void {
    if (!this.target) return;
    const active = document.activeElement;
    if (active && (this.target.contains(active) || active === this.ui?.shadowHost)) return;
    this.detach();
  }

  private schedule(): void {
    if (!this.target || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.target && !this.target.isConnected) this.detach();
      else this.place();
    });
  }

  private place(): void {
    const menu = this.ui?.mounted;
    if (!menu || !this.target) return;
    const r = this.target.getBoundingClientRect();
    const b = menu.root.getBoundingClientRect();
    const w = b.width || 200;
    const h = b.height || 32;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let left = Math.min(Math.max(GAP, r.right - w), vw - w - GAP);
    let top: number;
    if (r.top - h - GAP >= 0) top = r.top - h - GAP; // above the top-right corner
    else if (r.bottom + GAP + h <= vh) top = r.bottom + GAP; // below the bottom-right corner
    else {
      // The editor fills the height: beside it, right or left, whichever has room.
      top = Math.max(GAP, r.top);
      left = r.right + GAP + w <= vw ? r.right + GAP : Math.max(GAP, r.left - GAP - w);
    }
    // Off screen with the editor scrolled away: hidden until it comes back.
    menu.root.style.visibility = r.bottom < 0 || r.top > vh ? 'hidden' : '';
    menu.root.style.left = `${Math.round(left)}px`;
    menu.root.style.top = `${Math.round(top)}px`;
  }
}
