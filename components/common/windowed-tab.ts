import { focusElement, whenReady } from './focus';

const CONTROLS = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

const controlsOf = (row: Element) => [...row.querySelectorAll<HTMLElement>(CONTROLS)];

/**
 * Tab and Shift+Tab across the edge of a windowed list (useWindowedRange). Focusing a row
 * near the edge scrolls it into view, which renders the next rows a frame later; a second
 * Tab within that frame would leave the list for whatever follows it. So from the last control
 * of the last rendered row, Tab renders the next row and focuses its first control (Shift+Tab:
 * the previous row's last), as if every row were there. Rows are the list's children with
 * `data-item-id`; `ids` is the whole list. Returns whether it took the key.
 */
export function tabAcrossWindow(e: KeyboardEvent, list: HTMLElement | null, ids: readonly string[], reveal: (id: string) => void): boolean {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !list) return false;
  const row = (e.target as Element).closest?.('[data-item-id]');
  if (!row || row.parentElement !== list) return false;
  const back = e.shiftKey;
  const controls = controlsOf(row);
  if (controls.at(back ? 0 : -1) !== e.target) return false;
  const rowOf = (id: string) => list.querySelector<HTMLElement>(`:scope > [data-item-id="${CSS.escape(id)}"]`);
  const step = back ? -1 : 1;
  let at = ids.indexOf((row as HTMLElement).dataset.itemId!) + step;
  // The next row is rendered (or there is none): the browser's own Tab does it.
  if (at < 0 || at >= ids.length || rowOf(ids[at])) return false;
  e.preventDefault();
  // Rendered in the microtask the range update queued (Preact renders in one): the row is
  // focused before the next key is handled, so no Tab is lost however fast they come.
  reveal(ids[at]);
  void (async () => {
    await null;
    // Rows without an enabled control are passed over, as Tab would.
    for (let tries = 0; at >= 0 && at < ids.length && tries < 20; tries++, at += step) {
      const id = ids[at];
      const next = rowOf(id) ?? (await whenReady(() => (reveal(id), rowOf(id))));
      if (!next) return;
      const target = controlsOf(next).at(back ? -1 : 0);
      if (target) return focusElement(target);
    }
  })();
  return true;
}
