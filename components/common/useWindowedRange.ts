import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { measureAfterFit } from './fit-height';

/** Lists longer than this render only the rows on screen (plus a few either side). */
export const WINDOW_FROM = 40;
const OVERSCAN = 4;
/** Height assumed for a row not yet measured, until rows have been measured (then their average). */
const FIRST_GUESS_PX = 180;

/**
 * Every windowed list on the page recomputes in the same animation frame callback, so their
 * range updates render in one batch, and the page is laid out once for all of them (not once
 * per list, as when each list's own callback let its update render before the next one read).
 */
const pendingComputes = new Set<() => void>();
let frame = 0;
function computeInNextFrame(compute: () => void): void {
  pendingComputes.add(compute);
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const computes = [...pendingComputes];
    pendingComputes.clear();
    for (const c of computes) c();
  });
}

export interface WindowedRangeOptions {
  /** Height assumed for a row not yet measured, until rows have been measured (then their average). */
  firstGuessPx?: number;
  /**
   * Rows rendered before the list knows where it is on the page. 0: none, and the window is
   * worked out before the first paint instead (a page of 20 lists then renders the rows on
   * screen, not 12 rows of each list).
   */
  initialRows?: number;
  /**
   * Rows a list entirely above or below the screen keeps at its near edge, so Tab and
   * Shift+Tab walk into it (default: the overscan, 5). Fewer suit many lists on one page
   * whose rows Tab reaches through tabAcrossWindow (components/common/windowed-tab.ts).
   */
  offscreenRows?: number;
}

export interface WindowedRange {
  start: number;
  end: number;
  /** Space standing in for the rows above and below the rendered ones. */
  padTop: number;
  padBottom: number;
  /** Scrolls the page so the row with this id is on screen (and so rendered). */
  reveal(id: string): void;
}

/**
 * Windowing for a long list inside the page's own scroll: which rows are on screen, from
 * row heights measured as they render (unmeasured rows count as the average measured one).
 * The page keeps its normal scrollbar and keyboard behaviour: focusing a row scrolls it into
 * view, which moves the window along with it. Off (all rows) when `enabled` is false.
 */
export function useWindowedRange(
  list: RefObject<HTMLElement | null>,
  ids: readonly string[],
  enabled: boolean,
  options: number | WindowedRangeOptions = {},
): WindowedRange {
  // A number is the first guess of a row's height (as before the options).
  const { firstGuessPx = FIRST_GUESS_PX, initialRows = 12, offscreenRows = OVERSCAN + 1 } = typeof options === 'number' ? { firstGuessPx: options } : options;
  const heights = useRef(new Map<string, number>());
  const [range, setRange] = useState({ start: 0, end: Math.min(ids.length, initialRows) });
  const idsRef = useRef(ids);
  idsRef.current = ids;

  const offsets = (): number[] => {
    const known = heights.current;
    let sum = 0;
    let n = 0;
    for (const h of known.values()) {
      sum += h;
      n++;
    }
    const guess = n ? sum / n : firstGuessPx;
    const all = idsRef.current;
    const out = new Array<number>(all.length + 1);
    out[0] = 0;
    for (let i = 0; i < all.length; i++) out[i + 1] = out[i] + (known.get(all[i]) ?? guess);
    return out;
  };

  const compute = () => {
    const el = list.current;
    if (!el) return;
    const all = idsRef.current;
    const at = offsets();
    const top = -el.getBoundingClientRect().top;
    const bottom = top + window.innerHeight;
    // Binary searches: the first row ending below the top edge, the first starting below the bottom.
    const firstEndingAfter = (y: number) => {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid + 1] > y) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    let start = Math.max(0, firstEndingAfter(top) - OVERSCAN);
    let end = Math.min(all.length, Math.max(start + 1, firstEndingAfter(bottom) + 1 + OVERSCAN));
    // Entirely below or above the screen: only the rows at the edge nearest to it.
    if (bottom <= 0) end = Math.min(end, start + offscreenRows);
    else if (top >= at[all.length]) start = Math.max(start, end - offscreenRows);
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  };

  // A list that renders no rows until it knows where it is works that out before the first
  // paint (one layout of the page without its rows), so the first frame shows the right ones.
  useLayoutEffect(() => {
    if (enabled && initialRows === 0) compute();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled]);

  // Follow scrolling and resizing, at most once a frame.
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const scheduled = useRef<() => void>(() => computeRef.current());
  useEffect(() => {
    if (!enabled) return;
    const schedule = () => computeInNextFrame(scheduled.current);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      pendingComputes.delete(scheduled.current);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [enabled, ids.length]);

  // Row heights, as rows render and whenever one changes size (its text grew, the page got
  // narrower); if the guess was off, the window is recomputed. A ResizeObserver reports them
  // after the browser's own layout, so a render that changes no row's size (a keystroke
  // elsewhere on the page) costs no measuring; without one, the rows are measured after each
  // render (once their text boxes have their height; all lists of the page together).
  const record = (rows: Iterable<Element>) => {
    let changed = false;
    for (const row of rows) {
      const id = (row as HTMLElement).dataset.itemId;
      const h = (row as HTMLElement).offsetHeight;
      if (id && h && heights.current.get(id) !== h) {
        heights.current.set(id, h);
        changed = true;
      }
    }
    if (changed) computeInNextFrame(scheduled.current);
  };
  const measure = useRef(() => list.current && record(list.current.children)).current;
  const observer = useRef<{ ro: ResizeObserver; rows: Set<Element> } | null>(null);
  useEffect(() => {
    if (!enabled || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => record(entries.map((e) => e.target)));
    observer.current = { ro, rows: new Set() };
    // Rows rendered before this effect ran.
    if (list.current) for (const row of list.current.children) observer.current.rows.add(row), ro.observe(row);
    return () => {
      ro.disconnect();
      observer.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled]);
  useLayoutEffect(() => {
    const el = list.current;
    if (!enabled || !el) return;
    const watching = observer.current;
    if (!watching) return void measureAfterFit(measure);
    // Observe rows new to the window, let go of rows that left it.
    const now = new Set<Element>(el.children);
    for (const row of watching.rows) if (!now.has(row)) watching.ro.unobserve(row);
    for (const row of now) if (!watching.rows.has(row)) watching.ro.observe(row);
    watching.rows = now;
  });

  if (!enabled) return { start: 0, end: ids.length, padTop: 0, padBottom: 0, reveal: () => {} };
  const at = offsets();
  const start = Math.min(range.start, ids.length);
  const end = Math.min(Math.max(range.end, start), ids.length);
  return {
    start,
    end,
    padTop: at[start],
    padBottom: at[ids.length] - at[end],
    reveal(id) {
      const el = list.current;
      const index = idsRef.current.indexOf(id);
      if (!el || index < 0) return;
      const rowTop = offsets()[index] + el.getBoundingClientRect().top + window.scrollY;
      if (rowTop < window.scrollY || rowTop > window.scrollY + window.innerHeight - 80) window.scrollTo({ top: Math.max(0, rowTop - window.innerHeight / 3) });
      compute();
    },
  };
}
