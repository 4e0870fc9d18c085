import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { useWindowedRange, type WindowedRangeOptions } from '../../components/common/useWindowedRange';

// A page may hold many windowed lists (a check-in's progress on 1,000 action items, 20 check-ins):
// a list off screen keeps only the rows at its near edge, and a list that starts with no rows
// works out its window before the first paint.

let host: HTMLElement;
let listTop = 0;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  listTop = 0;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = this.classList.contains('rows') ? listTop : 0;
    return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

const ids = Array.from({ length: 1000 }, (_, i) => `r${i}`);

function Rows({ options }: { options?: WindowedRangeOptions }) {
  const list = useRef<HTMLDivElement>(null);
  const range = useWindowedRange(list, ids, true, options);
  return (
    <div ref={list} class="rows">
      {ids.slice(range.start, range.end).map((id) => (
        <div key={id} data-item-id={id}>
          {id}
        </div>
      ))}
    </div>
  );
}

const shown = () => [...host.querySelectorAll<HTMLElement>('[data-item-id]')].map((r) => r.dataset.itemId);
const nextFrame = () => act(async () => void (await new Promise((r) => requestAnimationFrame(() => r(undefined)))));

test('a list below the screen keeps only its first row when asked to (offscreenRows: 1), before the first paint', () => {
  listTop = 5 * window.innerHeight;
  act(() => render(<Rows options={{ firstGuessPx: 72, initialRows: 0, offscreenRows: 1 }} />, host));
  // No frame has run: the window was worked out in the first render's layout effects.
  expect(shown()).toEqual(['r0']);
});

test('a list above the screen keeps only its last row when asked to', () => {
  listTop = -1_000_000;
  act(() => render(<Rows options={{ firstGuessPx: 72, initialRows: 0, offscreenRows: 1 }} />, host));
  expect(shown()).toEqual(['r999']);
});

test('by default a list below the screen keeps its first five rows (Tab walks into them), as before', async () => {
  listTop = 5 * window.innerHeight;
  act(() => render(<Rows />, host));
  expect(shown().length).toBe(12); // before it knows where it is: the first rows
  await nextFrame();
  expect(shown()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
});

test('a list on screen that starts with no rows shows the rows on screen in its first paint', () => {
  listTop = 0;
  act(() => render(<Rows options={{ firstGuessPx: 100, initialRows: 0, offscreenRows: 1 }} />, host));
  const rows = shown();
  // The screen's rows and a few either side, from the first one.
  expect(rows[0]).toBe('r0');
  expect(rows.length).toBe(Math.floor(window.innerHeight / 100) + 1 + 4);
});
