import type { WordedFinding } from '../templates/review';
import type { Fix } from '../templates/fix';
import { t } from '../i18n';

/**
 * The review of an email in the compose window itself, shown before it is inserted: what the
 * guidance found (pay or promotion talk, a vague request, a goal left out, a missing date) with
 * one-click fixes. A fix is remembered for this email and the findings refresh; Insert always
 * works (nothing is blocked), Escape or Cancel leaves the draft untouched. Plain DOM in the
 * compose's shadow root, reusing the menu's styles (styles.ts); plan text is only set as text.
 */

export type ReviewDecision = 'insert' | 'cancel';

/** Applies a fix and returns the findings of the re-rendered email, or an error to show. */
export type ApplyFix = (fix: Fix, due?: string) => Promise<WordedFinding[] | { error: string }>;

/** The two rules the menu's styles lack (the content script has a size budget): fixes wrap, Insert stands out. */
export const REVIEW_PANEL_CSS = `.row{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px 8px}.go{background:var(--accent);color:var(--bg)}`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.textContent = text;
  return node;
};

/** Shows the review under `menu` (the `.ct` root) next to its button; resolves with the person's decision. */
export function showReview(menu: HTMLElement, anchor: HTMLElement, findings: WordedFinding[], apply: ApplyFix, isPerson: (e: Event) => boolean = (e) => e.isTrusted): Promise<ReviewDecision> {
  return new Promise((resolve) => {
    const panel = el('div', { class: 'pop review', role: 'dialog', 'aria-label': t('reviewTitle') });
    const list = el('div');
    const error = el('div', { class: 'msg', role: 'alert', hidden: '' });
    const actions = el('div', { class: 'row' });
    const button = (label: string, onClick: () => void, cls = 'action') => {
      const b = el('button', { type: 'button', class: cls }, label);
      b.addEventListener('click', (e) => isPerson(e) && onClick());
      return b;
    };
    const done = (decision: ReviewDecision) => {
      panel.remove();
      resolve(decision);
    };
    const insert = button(t('reviewInsert'), () => done('insert'), 'action go');
    actions.append(button(t('reviewCancel'), () => done('cancel')), insert);
    panel.append(el('div', { class: 'msg', role: 'heading', 'aria-level': '2' }, t('reviewTitle')), list, error, actions);

    const run = async (fix: Fix, due?: string) => {
      const next = await apply(fix, due);
      error.hidden = !('error' in next);
      if ('error' in next) error.textContent = next.error;
      else draw(next);
    };
    const draw = (current: WordedFinding[]) => {
      list.replaceChildren();
      for (const f of current) {
        const row = el('div', { class: 'row' });
        for (const { fix, label } of f.fixes) {
          const b = button(label, () => {
            if (fix.type !== 'set-due') return void run(fix);
            const input = el('input', { type: 'date', 'aria-label': t('reviewDueDateFor', f.about) });
            input.addEventListener('change', (e) => isPerson(e) && input.value && void run(fix, input.value));
            b.replaceWith(input);
            input.focus();
          });
          row.append(b);
        }
        list.append(el('div', { class: 'msg', 'data-finding': f.kind }, f.text), row);
      }
      insert.focus();
    };
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && isPerson(e)) {
        e.stopPropagation();
        done('cancel');
      }
    });
    menu.append(panel);
    const r = anchor.getBoundingClientRect();
    panel.style.left = `${Math.max(8, Math.min(r.left, innerWidth - 348))}px`;
    if (r.top > innerHeight - r.bottom) panel.style.bottom = `${innerHeight - r.top + 4}px`;
    else panel.style.top = `${r.bottom + 4}px`;
    draw(findings);
  });
}
