import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { useWindowedRange } from '../../components/common/useWindowedRange';

// A windowed list learns its rows' heights from a ResizeObserver: a render that changes no
// row's size (a keystroke elsewhere on the page re-rendering the list) measures nothing, and
// rows that leave the window are no longer watched.

class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  watched = new Set<Element>();
  constructor(readonly callback: (entries: { target: Element }[]) => void) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  /** The browser reports these rows' sizes (after its layout). */
  report(rows: Element[]) {
    this.callback(rows.map((target) => ({ target })));
  }
}

let host: HTMLElement;
let heightReads = 0;
let rowHeight = 40;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  heightReads = 0;
  rowHeight = 40;
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => {
    heightReads++;
    return rowHeight;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect,
  );
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const ids = Array.from({ length: 1000 }, (_, i) => `r${i}`);

function Rows({ label }: { label: string }) {
  const list = useRef<HTMLDivElement>(null);
  const range = useWindowedRange(list, ids, true, { firstGuessPx: 40 });
  return (
    <div ref={list}>
      {ids.slice(range.start, range.end).map((id) => (
        <div key={id} data-item-id={id}>
          {label} {id}
        </div>
      ))}
    </div>
  );
}

const rows = () => [...host.querySelectorAll<HTMLElement>('[data-item-id]')];
const nextFrame = () => act(async () => void (await new Promise((r) => requestAnimationFrame(() => r(undefined)))));

test('rendered rows are watched; a re-render that resizes nothing measures nothing', async () => {
  act(() => render(<Rows label="a" />, host));
  await nextFrame();
  await nextFrame();
  const ro = FakeResizeObserver.last!;
  expect([...ro.watched]).toEqual(rows());
  heightReads = 0;
  // The page re-renders the list (a keystroke in another field): no row is measured.
  act(() => render(<Rows label="b" />, host));
  await nextFrame();
  expect(rows()[0].textContent).toBe('b r0');
  expect(heightReads).toBe(0);
});

test('a row that grows is reported and the window follows; rows leaving the window are let go', async () => {
  act(() => render(<Rows label="a" />, host));
  await nextFrame();
  await nextFrame();
  const ro = FakeResizeObserver.last!;
  const before = rows().length;
  expect(before).toBeGreaterThan(10);
  // Every row turns out three times taller: fewer of them fit on screen.
  rowHeight = 120;
  act(() => ro.report(rows()));
  await nextFrame();
  await nextFrame();
  const after = rows();
  expect(after.length).toBeLessThan(before);
  // Only the rows still rendered are watched.
  expect([...ro.watched].every((row) => row.isConnected)).toBe(true);
  expect(ro.watched.size).toBe(after.length);
});
