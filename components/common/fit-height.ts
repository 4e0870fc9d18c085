/**
 * Sizes text boxes to their content, so nothing is cut off mid-line or hidden behind a
 * scrollbar. Sizing one box means a layout (height auto, read its scroll height, set it);
 * doing it box by box costs one layout per box, which on a page with hundreds of boxes (a
 * check-in's progress on every action item) took most of a second. Boxes are therefore
 * queued and sized together, just after the render that asked (before the frame is painted):
 * all heights reset, all read (one layout), all set.
 */

/** Boxes to size before the next paint; true: from scratch (else: only grown, if it must). */
const queued = new Map<HTMLTextAreaElement, boolean>();
const measures = new Set<() => void>();
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    fitQueuedHeights();
    // Then everything that measures what contains the boxes, reading only: one more layout in all.
    const pending = [...measures];
    measures.clear();
    for (const measure of pending) measure();
  });
}

const fullHeight = (box: HTMLTextAreaElement) => box.scrollHeight + box.offsetHeight - box.clientHeight;

/** Sizes every queued box now (call before measuring anything that contains them). */
export function fitQueuedHeights(): void {
  if (!queued.size) return;
  const boxes = [...queued].filter(([box]) => box.isConnected);
  queued.clear();
  // A box never sized yet is sized from scratch.
  const fresh = boxes.filter(([box, scratch]) => scratch || !box.style.height).map(([box]) => box);
  const grown = boxes.filter(([box, scratch]) => !scratch && box.style.height).map(([box]) => box);
  for (const box of fresh) box.style.height = 'auto';
  const heights = fresh.map(fullHeight);
  // Text added at the same width only adds lines: such a box keeps its height unless its text
  // now overflows it. No reset to auto, so typing costs no layout of the whole page.
  const grownHeights = grown.map((box) => (box.scrollHeight > box.clientHeight ? fullHeight(box) : null));
  fresh.forEach((box, i) => (box.style.height = `${heights[i]}px`));
  grown.forEach((box, i) => {
    const h = grownHeights[i];
    if (h !== null) box.style.height = `${h}px`;
  });
}

/**
 * Queues `box` to be sized to its content before the next paint. `grew`: its text only got
 * longer since it was last sized, at the same width (typing), so it can only need more room.
 */
export function fitHeight(box: HTMLTextAreaElement | null, grew = false): void {
  if (!box) return;
  queued.set(box, queued.get(box) || !grew);
  schedule();
}

/**
 * Runs `measure` once the boxes queued by this render are sized (before the next paint).
 * Measures must only read the layout, so all of them together cost one layout.
 */
export function measureAfterFit(measure: () => void): void {
  measures.add(measure);
  schedule();
}
