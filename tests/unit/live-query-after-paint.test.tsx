import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { afterNextPaint, useLiveQuery } from '../../components/hooks/useLiveQuery';
import { freshDb } from './db-helpers';
import type { CareerTalkDB } from '../../lib/db/schema';

// A keystroke writes the plan; the page's live queries then re-read it. Their re-render lands
// just after the next paint (the field typed in already shows the character), all together.

let host: HTMLElement;
let frames: FrameRequestCallback[];
let db: CareerTalkDB;
const realRaf = globalThis.requestAnimationFrame;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  db = freshDb();
  // Frames come only when the test says so.
  frames = [];
  globalThis.requestAnimationFrame = (cb) => frames.push(cb);
});
afterEach(() => {
  render(null, host);
  host.remove();
  globalThis.requestAnimationFrame = realRaf;
  vi.useRealTimers();
});

const paintFrame = async () => {
  const due = frames.splice(0);
  for (const cb of due) cb(performance.now());
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
};

test('afterNextPaint: nothing runs before the frame; every waiting update runs once, together, after it', async () => {
  const ran: string[] = [];
  afterNextPaint(() => ran.push('a'));
  afterNextPaint(() => ran.push('b'));
  expect(frames.length).toBe(1); // one frame request for all of them
  await new Promise((r) => setTimeout(r, 0));
  expect(ran).toEqual([]);
  await paintFrame();
  expect(ran).toEqual(['a', 'b']);
  await paintFrame();
  expect(ran).toEqual(['a', 'b']);
});

test('afterNextPaint: a page that gets no frames (hidden) still applies its updates', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const ran: string[] = [];
  afterNextPaint(() => ran.push('hidden'));
  vi.advanceTimersByTime(50);
  expect(ran).toEqual([]);
  vi.advanceTimersByTime(100);
  expect(ran).toEqual(['hidden']);
});

function Titles({ onRender }: { onRender: (titles: string) => void }) {
  const plans = useLiveQuery(() => db.plans.toArray(), []);
  const text = plans.status === 'ready' ? plans.value.map((p) => p.title).join(',') : 'loading';
  onRender(text);
  return <p>{text}</p>;
}

test('useLiveQuery: the first result at once, later ones after the next paint, the newest of them only', async () => {
  await db.plans.put({ id: 'p1', title: 'One' } as never);
  const seen: string[] = [];
  render(<Titles onRender={(t) => seen.push(t)} />, host);
  await vi.waitFor(() => expect(host.textContent).toBe('One'));
  expect(frames.length).toBe(0); // the first result did not wait for a frame

  // Three writes in a row, as fast typing does: the page keeps showing what it showed until the frame.
  await db.plans.update('p1', { title: 'Tw' });
  await db.plans.update('p1', { title: 'Two' });
  await vi.waitFor(() => expect(frames.length).toBe(1));
  await new Promise((r) => setTimeout(r, 20));
  expect(host.textContent).toBe('One');
  await paintFrame();
  await vi.waitFor(() => expect(host.textContent).toBe('Two'));
  // The intermediate value was never rendered: the frame took the newest.
  expect(seen).not.toContain('Tw');
});

test('useLiveQuery: an update never lands in a component that has unsubscribed', async () => {
  await db.plans.put({ id: 'p1', title: 'One' } as never);
  const seen: string[] = [];
  render(<Titles onRender={(t) => seen.push(t)} />, host);
  await vi.waitFor(() => expect(host.textContent).toBe('One'));
  await db.plans.update('p1', { title: 'Two' });
  await vi.waitFor(() => expect(frames.length).toBe(1));
  render(null, host);
  const count = seen.length;
  await paintFrame();
  expect(seen.length).toBe(count);
});
