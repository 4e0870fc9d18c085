import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness';
import { firefoxLane } from './lane';
import { popupJourneys } from '../journeys/popup.journey';
import type { Lane } from '../journeys/driver';

let s: FirefoxSession;
let lane: Lane;
beforeAll(async () => {
  s = await launchFirefox();
  lane = firefoxLane(s);
});
afterAll(async () => {
  await s?.close();
});

popupJourneys(() => lane);

test('no console error from the extension, nothing left the machine', () => {
  expect(s.consoleProblems()).toEqual([]);
  expect(s.outbound).toEqual([]);
});
