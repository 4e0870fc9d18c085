import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export interface LiveQueryOptions {
  /** Subscribe only while true (e.g. a list wanted only after the first paint). */
  enabled?: boolean;
  /** Subscribe once this settles (e.g. the draft journal's replay): nothing older is ever shown. */
  after?: Promise<unknown>;
}

/** How long a hidden page (no frames) holds an update before applying it anyway. */
const HIDDEN_PAGE_MS = 100;

const waiting = new Set<() => void>();
let flushScheduled = false;
let fallback: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  if (!flushScheduled) return;
  flushScheduled = false;
  clearTimeout(fallback);
  const all = [...waiting];
  waiting.clear();
  for (const apply of all) apply();
}

/**
 * Runs `apply` just after the next frame is painted, together with every other update
 * waiting for it (so they render in one pass). A keystroke writes the plan, and the page's
 * live queries then re-read it: re-rendering the page for that belongs after the frame that
 * shows the typed character (the field already shows it), never in front of it.
 */
export function afterNextPaint(apply: () => void): void {
  waiting.add(apply);
  if (flushScheduled) return;
  flushScheduled = true;
  // An animation frame callback runs just before a paint; a task queued from it runs after.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(flush, 0));
  // A hidden page gets no frames: its updates land anyway.
  fallback = setTimeout(flush, HIDDEN_PAGE_MS);
}

/**
 * Subscribes to a Dexie live query: the component re-renders whenever the data it
 * read changes, in this page or in another (popup and planner open at once).
 * The first result is shown at once; later ones land just after the next paint
 * (afterNextPaint), the newest only when several arrive in between.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], options: LiveQueryOptions = {}): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  const enabled = options.enabled ?? true;
  // A layout effect subscribes before the first paint, so the query starts a frame earlier.
  useLayoutEffect(() => {
    if (!enabled) return;
    let sub: { unsubscribe(): void } | undefined;
    let alive = true;
    let first = true;
    let latest: LiveState<T> | undefined;
    const apply = () => {
      if (alive && latest) setState(latest);
      latest = undefined;
    };
    const deliver = (next: LiveState<T>) => {
      if (!alive) return;
      if (first) {
        first = false;
        setState(next);
        return;
      }
      const queued = latest !== undefined;
      latest = next;
      if (!queued) afterNextPaint(apply);
    };
    const start = () => {
      if (!alive) return;
      sub = liveQuery(query).subscribe({
        next: (value) => deliver({ status: 'ready', value }),
        error: (error) => deliver({ status: 'error', error }),
      });
    };
    if (options.after) void options.after.then(start, start);
    else start();
    return () => {
      alive = false;
      waiting.delete(apply);
      sub?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled]);
  return state;
}
