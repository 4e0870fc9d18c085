/**
 * Focus helpers for lists that re-render from a live query: after an add, move or
 * delete the DOM only changes once Dexie reports the new data, so we wait for it
 * (a few animation frames, at most about a second) before moving focus.
 */
export function whenReady<T>(find: () => T | null | undefined, timeoutMs = 1500): Promise<T | undefined> {
  const start = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const found = find();
      if (found) return resolve(found);
      if (performance.now() - start > timeoutMs) return resolve(undefined);
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** The first form control inside an element, for focusing a freshly added entry. */
export function firstControl(root: Element): HTMLElement | null {
  return root.querySelector<HTMLElement>('input, textarea, select');
}

/** Focuses an element without scrolling it away from the reader when it is already visible. */
export function focusElement(el: HTMLElement | null | undefined): void {
  if (!el) return;
  el.focus();
  if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
}
