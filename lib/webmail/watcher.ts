import type { WebmailAdapter } from './adapter';

/**
 * Finds compose windows as they appear, change and go, with ONE MutationObserver per page
 * (childList only, no attributes or text). Each callback handles its whole batch of records at
 * once: per record it does one closest() on the record's target and, only for elements added
 * outside any compose, one querySelectorAll over the added subtree. No full-document rescans per
 * mutation, no polling.
 */
export interface ComposeHooks {
  /** Called for a compose that appeared or changed; must be idempotent (button never twice). */
  ensure(compose: HTMLElement): void;
  /** Called when a compose left the document. */
  gone(compose: HTMLElement): void;
  /** Composes currently known, to notice removals. */
  known(): Iterable<HTMLElement>;
  /** True for nodes we inserted ourselves (the button hosts). */
  isOwn(node: Node): boolean;
}

export function watchComposes(adapter: WebmailAdapter, hooks: ComposeHooks, root: Node = document.documentElement): () => void {
  const sel = adapter.composeSelector;

  const handle = (records: MutationRecord[]) => {
    const dirty = new Set<HTMLElement>();
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length) removed = true;
      if (!record.addedNodes.length) continue;
      const target = record.target as Element;
      const inside = target.nodeType === Node.ELEMENT_NODE ? adapter.composeRootOf(target) : null;
      if (inside) {
        // Something changed inside a compose (toolbar re-render, reply expanded…).
        if (![...record.addedNodes].every((n) => hooks.isOwn(n))) dirty.add(inside);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || hooks.isOwn(node)) continue;
        const el = node as HTMLElement;
        if (el.matches(sel)) dirty.add(el);
        if (el.firstElementChild) for (const c of el.querySelectorAll<HTMLElement>(sel)) dirty.add(c);
      }
    }
    if (removed) {
      for (const compose of hooks.known()) {
        if (!compose.isConnected) hooks.gone(compose);
        else dirty.add(compose); // our button may have been removed by a re-render
      }
    }
    for (const compose of dirty) if (compose.isConnected) hooks.ensure(compose);
  };

  const observer = new MutationObserver(handle);
  observer.observe(root, { childList: true, subtree: true });
  // Composes already open when the script starts (a draft restored on load).
  for (const c of (root instanceof Document ? root : root.ownerDocument ?? document).querySelectorAll<HTMLElement>(sel)) hooks.ensure(c);
  return () => observer.disconnect();
}
