import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export interface LiveQueryOptions {
  /** Subscribe only while true (e.g. a list wanted only after the first paint). */
  enabled?: boolean;
  /** Subscribe once this settles (e.g. the draft journal's replay): nothing older is ever shown. */
  after?: Promise<unknown>;
}

export interface LiveQueryCompare<T> {
  /** A result `same` as the last one delivered is not delivered again (no re-render for it). */
  same?: (a: T, b: T) => boolean;
}

/**
 * Subscribes to a Dexie live query: the component re-renders whenever the data it
 * read changes, in this page or in another (popup and planner open at once).
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], options: LiveQueryOptions & LiveQueryCompare<T> = {}): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  const enabled = options.enabled ?? true;
  // A layout effect subscribes before the first paint, so the query starts a frame earlier.
  useLayoutEffect(() => {
    if (!enabled) return;
    let sub: { unsubscribe(): void } | undefined;
    let alive = true;
    const start = () => {
      if (!alive) return;
      let last: { value: T } | undefined;
      sub = liveQuery(query).subscribe({
        next: (value) => {
          if (last && options.same?.(last.value, value)) return;
          last = { value };
          setState({ status: 'ready', value });
        },
        error: (error) => setState({ status: 'error', error }),
      });
    };
    if (options.after) void options.after.then(start, start);
    else start();
    return () => {
      alive = false;
      sub?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled]);
  return state;
}
