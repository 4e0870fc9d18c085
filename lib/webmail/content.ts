import { browser } from 'wxt/browser';
import type { WebmailContext } from './context';
import type { DraftRef, Request, Response, TemplateMenuItem } from '../messaging';
import { elementOf, type Placement, type WebmailAdapter } from './adapter';
import { CaretMemory } from './caret';
import { insertIntoCompose, type RenderedEmail } from './insert';
import { isComposeCheckMessage, isOpenMenuMessage } from './protocol';
import { composeCheck } from './report';
import { WEBMAIL_UI_CSS } from './styles';
import { ComposeMenu, FocusIntent, type ChooseOutcome, type MenuActions } from './ui';
import { copyEmail } from './clipboard';
import { watchComposes } from './watcher';
import { composeShadowMode } from './shadow-mode';
import { createShadowUi, type ShadowUi } from './shadow-ui';
import { FLOAT_TAG, FloatingButton, editorAdapter, mailEditorOf } from './floating';
import { themeOf } from './theme';
import { SendWatch } from './send-watch';
import { REVIEW_PANEL_CSS, showReview } from './review-panel';
import { draftChoice } from './draft-choice';
import { t } from '../i18n';

/** Tag of the shadow host; also how the watcher recognises its own nodes. */
export const HOST_TAG = 'careertalk-compose-button';

/** Typed request to the background (which reads the plan from the extension's own database). */
async function ask<R extends Request>(request: R): Promise<Response<R>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Response<R> | undefined;
    return answer ?? ({ ok: false, error: t('webmailNoAnswer') } as Response<R>);
  } catch {
    return { ok: false, error: t('webmailUnreachable') } as Response<R>;
  }
}

function placeHost(host: HTMLElement, p: Placement): void {
  switch (p.append) {
    case 'after':
      p.anchor.after(host);
      break;
    case 'before':
      p.anchor.before(host);
      break;
    case 'first':
      p.anchor.prepend(host);
      break;
    case 'last':
      p.anchor.append(host);
      break;
  }
}

function isPlaced(host: HTMLElement, p: Placement): boolean {
  switch (p.append) {
    case 'after':
      return host.previousElementSibling === p.anchor;
    case 'before':
      return host.nextElementSibling === p.anchor;
    case 'first':
    case 'last':
      return host.parentElement === p.anchor;
  }
}

interface Mounted {
  ui: ShadowUi<ComposeMenu>;
  menu?: ComposeMenu;
  /** Drafts recorded for this compose: reported as sent if it closes through Send. */
  drafts: DraftRef[];
}

/** Starts the compose integration on one webmail page. Everything is undone on ctx invalidation. */
export function startWebmail(ctx: WebmailContext, adapter: WebmailAdapter): void {
  const composes = new Map<HTMLElement, Mounted>();
  let lastFocused: HTMLElement | null = null;

  const bodyOf = (node: Node): HTMLElement | null => {
    const el = elementOf(node);
    const editable = el?.closest<HTMLElement>('[contenteditable="true"]');
    if (!editable) return null;
    if (floating.editor?.contains(editable)) return floating.editor;
    const compose = adapter.composeRootOf(editable);
    return compose && adapter.findBody(compose) === editable ? editable : null;
  };
  const memory = new CaretMemory(bodyOf);
  // Sees the person's Tab presses before anything else (capture on window), so a trigger they
  // tab to is armed and one the page focuses is not.
  const intent = new FocusIntent();
  ctx.addEventListener(window, 'keydown', intent.onKeyDown, { capture: true });
  const sends = new SendWatch(adapter);
  ctx.addEventListener(document, 'mouseup', sends.onPointer, { capture: true });
  ctx.addEventListener(document, 'click', sends.onPointer, { capture: true });
  ctx.addEventListener(document, 'keydown', sends.onKeydown, { capture: true });
  ctx.addEventListener(document, 'selectionchange', memory.onSelectionChange);
  ctx.addEventListener(document, 'focusin', (e: FocusEvent) => {
    const target = e.target as Element | null;
    const c = target && target.nodeType === Node.ELEMENT_NODE ? adapter.composeRootOf(target) : null;
    if (c) lastFocused = c;
    // An editor no compose claimed (the webmail changed under us): the floating button.
    const editor = !c && target ? mailEditorOf(target) : null;
    if (editor && !adapter.composeRootOf(editor)) floating.attach(editor);
  });

  const actionsFor = (compose: HTMLElement): MenuActions => ({
    list: () => ask({ type: 'templates:list' }),
    setUp: () => void ask({ type: 'open:planner' }),
    choose: (item) => chooseTemplate(compose, item),
  });
  // Same menu, same insertion path; the editor is its own "compose" (no subject, no To).
  const loose = editorAdapter(adapter);
  const floating: FloatingButton = new FloatingButton(ctx, (container): ComposeMenu =>
    new ComposeMenu(container, {
      list: () => ask({ type: 'templates:list' }),
      setUp: () => void ask({ type: 'open:planner' }),
      choose: (item): Promise<ChooseOutcome> => (floating.editor ? chooseTemplate(floating.editor, item, loose) : Promise.resolve({ ok: false as const, message: t('webmailEditorRefused') })),
    }, 'light', undefined, intent),
  );

  /** The compose's menu; for an editor no compose claimed, the floating one (shown at it again: it hid when the menu closed). */
  const menuFor = (compose: HTMLElement, a: WebmailAdapter): ComposeMenu | undefined =>
    a === loose ? (floating.attach(compose), floating.menu) : composes.get(compose)?.menu;

  async function chooseTemplate(compose: HTMLElement, item: TemplateMenuItem, a: WebmailAdapter = adapter): Promise<ChooseOutcome> {
    const body = a.findBody(compose);
    const signature = !!body && a.hasSignature(body);
    const rendered = await ask({ type: 'templates:render', templateId: item.id, signature });
    if (!rendered.ok) return { ok: false, message: rendered.error };
    let email: RenderedEmail = rendered;
    // The review comes first when the guidance has something to say (pay or promotion talk, a
    // vague request, a goal left out, a missing due date); the menu already lists other missing
    // fields. The person decides, nothing is blocked.
    const menu = composes.get(compose)?.menu;
    if (menu && rendered.review.some((f) => f.kind !== 'placeholder')) {
      const decision = await showReview(menu.root, menu.button, rendered.review, async (fix, due) => {
        const applied = await ask({ type: 'email:fix', templateId: item.id, fix, due });
        if (!applied.ok) return { error: applied.error };
        const again = await ask({ type: 'templates:render', templateId: item.id, signature });
        if (!again.ok) return { error: again.error };
        email = again;
        return again.review;
      });
      if (decision === 'cancel') return { ok: true };
    }
    const copy = async () => {
      const how = await copyEmail(email);
      await ask({ type: 'email:inserted', templateId: item.id, via: 'clipboard' });
      return how;
    };
    // A draft with text of the person's own: Replace / Add below / Cancel first (draft-choice.ts).
    const draft = await draftChoice(a, compose, memory, menuFor(compose, a));
    if (draft === 'cancel') return { ok: true };
    const result = await insertIntoCompose(a, compose, email, memory, draft);
    if (!result.ok) {
      return {
        ok: false,
        message:
          result.reason === 'no-body'
            ? t('webmailNoBody', adapter.name === 'gmail' ? 'Gmail' : 'Outlook')
            : t('webmailEditorRefused'),
        copy,
      };
    }
    const recorded = await ask({ type: 'email:inserted', templateId: item.id, via: adapter.name });
    if (recorded.ok && recorded.draft) composes.get(compose)?.drafts.push(recorded.draft);
    return { ok: true };
  }

  function ensure(compose: HTMLElement): void {
    const placement = adapter.placement(compose);
    const known = composes.get(compose);
    if (known) {
      const host = known.ui.shadowHost;
      if (!isPlaced(host, placement)) placeHost(host, placement); // re-render removed or moved it
      return;
    }
    const entry: Mounted = {
      drafts: [],
      ui: createShadowUi<ComposeMenu>(ctx, {
        name: HOST_TAG,
        append: (host) => placeHost(host, placement),
        css: WEBMAIL_UI_CSS + REVIEW_PANEL_CSS,
        mode: composeShadowMode(),
        onMount: (container) => (entry.menu = new ComposeMenu(container, actionsFor(compose), themeOf(compose), undefined, intent)),
      }),
    };
    composes.set(compose, entry);
    entry.ui.mount();
  }

  function gone(compose: HTMLElement): void {
    const entry = composes.get(compose);
    composes.delete(compose);
    entry?.ui.remove();
    if (entry?.drafts.length && sends.wasSent(compose)) {
      for (const draft of entry.drafts) void ask({ type: 'email:sent', ...draft });
    }
    if (lastFocused === compose) lastFocused = null;
  }

  const stop = watchComposes(adapter, {
    ensure,
    gone,
    known: () => [...composes.keys()],
  });

  // The keyboard command (Alt+Shift+K) arrives from the background for the focused tab.
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return;
    if (isComposeCheckMessage(raw)) {
      // The popup's Compose check (structure only, see report.ts). Answered at once.
      const active = document.activeElement ? adapter.composeRootOf(document.activeElement) : null;
      const focused = [active, lastFocused].find((c) => c?.isConnected) ?? null;
      const open = [...composes.keys()].filter((c) => c.isConnected);
      sendResponse(composeCheck(adapter, open, focused, focused ? null : floating.editor));
      return;
    }
    if (!isOpenMenuMessage(raw)) return;
    const focused = document.activeElement;
    if (floating.menu && focused && (floating.editor?.contains(focused) || focused.tagName.toLowerCase() === FLOAT_TAG)) {
      void floating.menu.show('first');
      return;
    }
    const active = document.activeElement ? adapter.composeRootOf(document.activeElement) : null;
    const candidates: (HTMLElement | null)[] = [active, lastFocused, ...[...composes.keys()].reverse()];
    const target = candidates.find((c) => c && c.isConnected && composes.get(c)?.menu);
    if (target) void composes.get(target)!.menu!.show('first');
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    stop();
    browser.runtime.onMessage.removeListener(onMessage);
    for (const compose of [...composes.keys()]) gone(compose);
  });
}
