import type { WebmailAdapter } from './adapter';

/**
 * Remembers where the caret was in each message body. Clicking our button keeps the editor's
 * selection (mousedown is prevented), but keyboard use of the menu and some webmail re-renders
 * move it; the last range seen inside a body is the fallback. One listener per page.
 */
export class CaretMemory {
  private last = new WeakMap<HTMLElement, Range>();

  constructor(private bodyOf: (node: Node) => HTMLElement | null) {}

  /** selectionchange handler: cheap (one closest() per event). */
  readonly onSelectionChange = (): void => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const body = this.bodyOf(range.startContainer);
    if (body) this.last.set(body, range.cloneRange());
  };

  remembered(body: HTMLElement): Range | undefined {
    const range = this.last.get(body);
    return range && body.contains(range.startContainer) ? range : undefined;
  }

  forget(body: HTMLElement): void {
    this.last.delete(body);
  }
}

/** The range at the very top of the body: inside an empty first line if there is one. */
export function topOfBody(body: HTMLElement, adapter: WebmailAdapter): Range {
  const range = document.createRange();
  const first = body.firstElementChild;
  const emptyLine =
    first &&
    first === body.firstChild &&
    /^(DIV|P)$/.test(first.tagName) &&
    !(first.textContent ?? '').trim() &&
    !first.querySelector('img,table') &&
    !adapter.isProtected(first, body);
  if (emptyLine) range.setStart(first, 0);
  else range.setStart(body, 0);
  range.collapse(true);
  return range;
}

/**
 * Where the template goes: the live caret if it is in this body, else the remembered one, else
 * the top of the body. A caret inside the signature or the quoted text counts as "not in the
 * body" so those stay below the inserted text.
 */
export function targetRange(body: HTMLElement, adapter: WebmailAdapter, memory: CaretMemory): Range {
  const sel = document.getSelection();
  const live = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : undefined;
  const usable = (r: Range | undefined) =>
    r && body.contains(r.startContainer) && body.contains(r.endContainer) && !adapter.isProtected(r.startContainer, body) && !adapter.isProtected(r.endContainer, body);
  if (usable(live)) return live!.cloneRange();
  const kept = memory.remembered(body);
  if (usable(kept)) return kept!.cloneRange();
  return topOfBody(body, adapter);
}

export function select(body: HTMLElement, range: Range): void {
  body.focus({ preventScroll: true });
  const sel = document.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}
