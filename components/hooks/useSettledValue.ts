import { useEffect, useRef, useState } from 'preact/hooks';

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface Settled<T> {
  value: T | undefined;
  /** What the value was computed from; null: not computed yet. */
  deps: readonly unknown[] | null;
}

function useSettled<T>(compute: () => T, deps: readonly unknown[], quietMs: number, firstNow: boolean): T | undefined {
  const [settled, setSettled] = useState<Settled<T>>(() => (firstNow ? { value: compute(), deps } : { value: undefined, deps: null }));
  const latest = useRef(compute);
  latest.current = compute;
  const stale = settled.deps === null || !same(settled.deps, deps);
  useEffect(() => {
    if (!stale) return;
    // Not computed yet: in a task of its own just after the first paint (effects run after it,
    // all in one task: this one does not add to theirs).
    const timer = setTimeout(() => setSettled({ value: latest.current(), deps }), settled.deps === null ? 0 : quietMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return settled.value;
}

/**
 * A value derived from fast-changing inputs at a cost (an email rendered from a plan with
 * 1,000 action items): computed at once on the first render, then again only once `deps`
 * have not changed for `quietMs`. Typing in a field elsewhere on the page therefore never
 * waits for it; it follows a moment after the person pauses. Whoever acts on the value
 * (copies it) computes it fresh instead of taking the one shown.
 */
export function useSettledValue<T>(compute: () => T, deps: readonly unknown[], quietMs = 150): T {
  return useSettled(compute, deps, quietMs, true) as T;
}

/**
 * As useSettledValue, but with `firstAfterPaint` the first value too is computed only after
 * the first paint (undefined until then): for a value that would hold up the page's first
 * frame (the recap email of a plan with 2,000 action items), so the page shows before it.
 * `firstAfterPaint` is read on the first render only.
 */
export function useSettledValueAfterPaint<T>(compute: () => T, deps: readonly unknown[], quietMs = 150, firstAfterPaint = true): T | undefined {
  const [later] = useState(firstAfterPaint);
  return useSettled(compute, deps, quietMs, !later);
}
