import type { WebmailAdapter } from './adapter';

/**
 * Finds compose windows as they appear, change and go, without paying for the rest of the page:
 *
 *  - Appearing: a CSS "sentinel" (a 1 ms no-op animation on one element every compose has, see
 *    `adapter.sentinelSelector`) makes the browser fire `animationstart` when such an element is
 *    rendered, so new composes are found without looking at unrelated DOM changes at all.
 *  - Changing and going: ONE MutationObserver, scoped to the open composes (their subtree, for
 *    toolbar re-renders), their parents and the container composes are docked in
 *    (`adapter.docksIn` / `adapter.docksOf`: Gmail's per-compose wrappers sit in a dock that is
 *    not the dialog's parent), direct children only, childList only. Records from a dock are read
 *    at once (so the next compose opened there gets its button in the same task); everything else
 *    just schedules one flush per animation frame (batched).
 *  - Fallbacks: a scan of the compose list at start, and on focus entering an unknown compose.
 *
 * An observer on the whole document had to receive every record of the page: in the 20,000
 * mutation benchmark even an empty callback cost +60–70 % of the page's time (see scripts/bench).
 * No polling anywhere.
 */
export interface ComposeHooks {
  /** Called for an open compose; must be cheap and idempotent (button never twice). */
  ensure(compose: HTMLElement): void;
  /** Called when a compose left the document. */
  gone(compose: HTMLElement): void;
  /** Composes currently known, to notice removals. */
  known(): Iterable<HTMLElement>;
}

export const SENTINEL = 'careertalk-compose-sentinel';

export function watchComposes(adapter: WebmailAdapter, hooks: ComposeHooks): () => void {
  let observed = new WeakSet<HTMLElement>();
  let frame = 0;

  const flush = () => {
    frame = 0;
    let closed = false;
    for (const compose of [...hooks.known()]) {
      if (compose.isConnected) hooks.ensure(compose);
      else {
        hooks.gone(compose);
        closed = true;
      }
    }
    // An observer keeps its targets alive: re-register only the open composes so closed ones
    // (and their whole DOM) can be garbage-collected.
    if (closed) {
      observer.disconnect();
      observed = new WeakSet();
      const keep = [...docks].filter((d) => d.isConnected); // a dock outlives its composes
      docks = new Set(keep);
      for (const dock of keep) observer.observe(dock, { childList: true });
      for (const compose of hooks.known()) observe(compose);
    }
  };
  let docks = new Set<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (docks.has(record.target)) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          for (const compose of adapter.composesIn(node as Element)) found(compose);
        }
      }
    }
    if (!frame) frame = requestAnimationFrame(flush);
  });

  const found = (compose: HTMLElement) => {
    hooks.ensure(compose);
    observe(compose);
  };
  function observe(compose: HTMLElement) {
    if (observed.has(compose)) return;
    observed.add(compose);
    observer.observe(compose, { childList: true, subtree: true });
    if (compose.parentNode) observer.observe(compose.parentNode, { childList: true });
    for (const dock of adapter.docksOf(compose)) watchDock(dock);
  }
  function watchDock(dock: Node) {
    if (docks.has(dock)) return;
    docks.add(dock);
    observer.observe(dock, { childList: true });
  }

  const style = document.createElement('style');
  style.setAttribute('data-careertalk', '');
  style.textContent = `@keyframes ${SENTINEL}{from{outline-color:inherit}to{outline-color:inherit}}${adapter.sentinelSelector}{animation:${SENTINEL} 1ms}`;
  (document.head ?? document.documentElement).append(style);

  const onAnimation = (e: AnimationEvent) => {
    if (e.animationName !== SENTINEL) return;
    const compose = adapter.composeRootOf(e.target as Element);
    if (compose) found(compose);
  };
  const onFocus = (e: FocusEvent) => {
    const t = e.target as Element | null;
    const compose = t && t.nodeType === Node.ELEMENT_NODE ? adapter.composeRootOf(t) : null;
    if (compose && !observed.has(compose)) found(compose);
  };
  document.addEventListener('animationstart', onAnimation, true);
  document.addEventListener('focusin', onFocus, true);
  // Docks that exist before any compose (Gmail's `.no`): a compose added there is found in the
  // mutation callback of the task that added it, so its button is painted with it.
  for (const dock of adapter.docksIn(document)) watchDock(dock);
  for (const compose of adapter.findComposes(document)) found(compose);

  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    document.removeEventListener('animationstart', onAnimation, true);
    document.removeEventListener('focusin', onFocus, true);
    style.remove();
  };
}
