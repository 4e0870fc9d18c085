/**
 * Sizes text boxes to their content, so nothing is cut off mid-line or hidden behind a
 * scrollbar. Sizing one box means a layout (height auto, read its scroll height, set it);
 * doing it box by box costs one layout per box, which on a page with hundreds of boxes (a
 * check-in's progress on every action item) took most of a second. Boxes are therefore
 * queued and sized together, just after the render that asked (before the frame is painted):
 * all heights reset, all read (one layout), all set.
 */

const queued = new Set<HTMLTextAreaElement>();
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

/** Sizes every queued box now (call before measuring anything that contains them). */
export function fitQueuedHeights(): void {
  if (!queued.size) return;
  const boxes = [...queued].filter((box) => box.isConnected);
  queued.clear();
  for (const box of boxes) box.style.height = 'auto';
  const heights = boxes.map((box) => box.scrollHeight + box.offsetHeight - box.clientHeight);
  boxes.forEach((box, i) => (box.style.height = `${heights[i]}px`));
}

/** Queues `box` to be sized to its content before the next paint. */
export function fitHeight(box: HTMLTextAreaElement | null): void {
  if (!box) return;
  queued.add(box);
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
