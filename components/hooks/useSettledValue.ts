import { useEffect, useRef, useState } from 'preact/hooks';

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A value derived from fast-changing inputs at a cost (an email rendered from a plan with
 * 1,000 action items): computed at once on the first render, then again only once `deps`
 * have not changed for `quietMs`. Typing in a field elsewhere on the page therefore never
 * waits for it; it follows a moment after the person pauses. Whoever acts on the value
 * (copies it) computes it fresh instead of taking the one shown.
 */
export function useSettledValue<T>(compute: () => T, deps: readonly unknown[], quietMs = 150): T {
  const [settled, setSettled] = useState(() => ({ value: compute(), deps }));
  const latest = useRef(compute);
  latest.current = compute;
  const stale = !same(settled.deps, deps);
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => setSettled({ value: latest.current(), deps }), quietMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return settled.value;
}
