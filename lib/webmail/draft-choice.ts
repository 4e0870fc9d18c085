import { t } from '../i18n';
import type { WebmailAdapter } from './adapter';
import { select, targetRange, type CaretMemory } from './caret';
import { ownDraftRange, type DraftPlacement } from './draft';
import { el } from './ui';

let uid = 0;

/**
 * Asks "Replace the draft / Add below / Cancel" in the compose's own UI (`ui`: the menu's root, in
 * the closed shadow root; `anchor`: the button it opens next to). A dialog of three buttons: focus
 * goes to the first, Tab and Shift+Tab stay among them, Enter or Space chooses, Escape (or focus
 * leaving for the page) cancels. Only the person's own events count (`isPerson`): the page cannot
 * reach a closed shadow root, and could at most synthesize untrusted events.
 */
export function askDraftChoice(
  ui: HTMLElement,
  anchor: HTMLElement,
  isPerson: (e: Event) => boolean = (e) => e.isTrusted,
): Promise<DraftPlacement | 'cancel'> {
  return new Promise((resolve) => {
    const id = `ct-draft-${++uid}`;
    const panel = el('div', { class: 'pop', role: 'dialog', 'aria-labelledby': id });
    const box = el('div', { class: 'msg' });
    box.append(el('span', { id }, t('webmailDraftQuestion')), el('br'));
    let done = false;
    const finish = (answer: DraftPlacement | 'cancel') => {
      if (done) return;
      done = true;
      panel.remove();
      resolve(answer);
    };
    const choices = ([['replace', t('webmailDraftReplace')], ['below', t('webmailDraftBelow')], ['cancel', t('webmailDraftCancel')]] as const).map(([answer, label]) => {
      const b = el('button', { type: 'button', class: 'action' }, label);
      b.addEventListener('click', (e) => isPerson(e) && finish(answer));
      box.append(b, ' ');
      return b;
    });
    panel.append(box);
    panel.addEventListener('keydown', (e) => {
      if (!isPerson(e)) return;
      if (e.key === 'Escape') finish('cancel');
      else if (e.key === 'Tab') {
        const at = choices.indexOf((panel.getRootNode() as ShadowRoot | Document).activeElement as HTMLButtonElement);
        choices[(at + (e.shiftKey ? -1 : 1) + choices.length) % choices.length].focus();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    });
    panel.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (next && !panel.contains(next)) finish('cancel');
    });
    ui.append(panel);
    const r = anchor.getBoundingClientRect();
    panel.style.left = `${Math.max(8, Math.min(r.left, innerWidth - 348))}px`;
    if (innerHeight - r.bottom < 160 && r.top > innerHeight - r.bottom) panel.style.bottom = `${innerHeight - r.top + 4}px`;
    else panel.style.top = `${r.bottom + 4}px`;
    choices[0].focus({ preventScroll: true });
  });
}

/**
 * Before a template goes into a draft: when the body holds text of the person's own (not just an
 * empty line, the signature or the quoted reply), asks how (see askDraftChoice); otherwise
 * undefined, and the template goes in at the caret as before. After Cancel, focus and the caret
 * return to the body; after a choice, inserting puts them there.
 */
export async function draftChoice(
  adapter: WebmailAdapter,
  compose: HTMLElement,
  memory: CaretMemory,
  ui: { root: HTMLElement; button: HTMLElement } | undefined,
): Promise<DraftPlacement | 'cancel' | undefined> {
  const body = adapter.findBody(compose);
  if (!body?.isConnected || !ownDraftRange(body, (n) => adapter.isProtected(n, body))) return undefined;
  // Keep the caret where the person left it (the dialog takes focus).
  const caret = targetRange(body, adapter, memory);
  const answer = ui ? await askDraftChoice(ui.root, ui.button) : 'below';
  if (answer === 'cancel' && body.isConnected) select(body, body.contains(caret.startContainer) ? caret : targetRange(body, adapter, memory));
  return answer;
}
