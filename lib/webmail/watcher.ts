import type { WebmailAdapter } from './adapter';

/**
 * Finds compose windows as they appear, change and go, with ONE MutationObserver per page
 * (childList only: no attributes, no text). Its callback does O(1) work, whatever the number of
 * records: it only schedules one flush for the next animation frame. The flush walks the
 * adapter's compose list (a live collection for Gmail) and checks each compose's button, so the
 * cost is per frame and per open compose, never per mutation, and nothing polls. Reading every
 * record instead cost ~4x the page's own time in a 20,000-mutation benchmark (see bench).
 */
export interface ComposeHooks {
  /** Called for every open compose on each flush; must be cheap and idempotent (button never twice). */
  ensure(compose: HTMLElement): void;
  /** Called when a compose left the document. */
  gone(compose: HTMLElement): void;
  /** Composes currently known, to notice removals. */
  known(): Iterable<HTMLElement>;
}

export function watchComposes(adapter: WebmailAdapter, hooks: ComposeHooks, root: Node = document.documentElement): () => void {
  let frame = 0;
  const flush = () => {
    frame = 0;
    for (const compose of hooks.known()) if (!compose.isConnected) hooks.gone(compose);
    for (const compose of adapter.findComposes(document)) hooks.ensure(compose);
  };
  const observer = new MutationObserver(() => {
    // Batched: one flush per frame, however many records arrived. Hidden tabs get no frames;
    // their composes are handled as soon as the tab is shown.
    if (!frame) frame = requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true });
  flush(); // composes already open when the script starts (a draft restored on load)
  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}
