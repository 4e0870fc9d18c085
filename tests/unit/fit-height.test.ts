import { afterEach, beforeEach, expect, test } from 'vitest';
import { fitHeight, fitQueuedHeights } from '../../components/common/fit-height';
import { isInsertion } from '../../components/common/SavingField';

// Text boxes grow with their text. Sizing one from scratch (height auto, read, set) lays out the
// whole page; while typing, text is only added, so a box is just grown when its text overflows.

let box: HTMLTextAreaElement;
let contentPx: number;
let heightsAtRead: string[];
beforeEach(() => {
  box = document.createElement('textarea');
  document.body.append(box);
  contentPx = 60;
  heightsAtRead = [];
  // A box whose content needs `contentPx` (padding included), with a 1 px border; clientHeight follows its height.
  const own = () => (box.style.height && box.style.height !== 'auto' ? parseFloat(box.style.height) : contentPx + 2);
  Object.defineProperty(box, 'scrollHeight', { get: () => (heightsAtRead.push(box.style.height), Math.max(contentPx, own() - 2)) });
  Object.defineProperty(box, 'clientHeight', { get: () => own() - 2 });
  Object.defineProperty(box, 'offsetHeight', { get: () => own() });
});
afterEach(() => box.remove());

test('a box never sized is sized from scratch, even when told its text grew', () => {
  fitHeight(box, true);
  fitQueuedHeights();
  expect(box.style.height).toBe('62px');
  expect(heightsAtRead).toEqual(['auto']);
});

test('typing that still fits: the height stays and is never reset to auto', () => {
  fitHeight(box);
  fitQueuedHeights();
  heightsAtRead.length = 0;
  fitHeight(box, true);
  fitQueuedHeights();
  expect(box.style.height).toBe('62px');
  expect(heightsAtRead.every((h) => h === '62px')).toBe(true);
});

test('typing that overflows: the box grows to its content', () => {
  fitHeight(box);
  fitQueuedHeights();
  contentPx = 100;
  fitHeight(box, true);
  fitQueuedHeights();
  expect(box.style.height).toBe('102px');
});

test('deleting text (or a change from elsewhere) sizes from scratch, so the box can shrink', () => {
  contentPx = 100;
  fitHeight(box);
  fitQueuedHeights();
  contentPx = 40;
  fitHeight(box);
  fitQueuedHeights();
  expect(box.style.height).toBe('42px');
  // Asked once as typed and once from scratch in the same frame: from scratch wins.
  contentPx = 20;
  fitHeight(box, true);
  fitHeight(box);
  fitQueuedHeights();
  expect(box.style.height).toBe('22px');
});

test('isInsertion: typing and pasting at one place are insertions; deleting or replacing are not', () => {
  expect(isInsertion('abc', 'abcd')).toBe(true);
  expect(isInsertion('abc', 'xabc')).toBe(true);
  expect(isInsertion('abc', 'aXYZbc')).toBe(true);
  expect(isInsertion('abc', 'abc')).toBe(true);
  expect(isInsertion('a\nb\nc', 'abcdefgh')).toBe(false);
  expect(isInsertion('abcd', 'abc')).toBe(false);
  expect(isInsertion('abc', 'abXd')).toBe(false);
  expect(isInsertion('', 'x')).toBe(true);
});
