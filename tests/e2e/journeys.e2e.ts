import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { chromiumLane } from './lane';
import type { Lane } from '../journeys/driver';
import { popupJourneys } from '../journeys/popup.journey';

// The journeys shared with the Firefox lane (tests/journeys), driven here by Playwright.
let s: ExtensionSession;
let lane: Lane;
beforeAll(async () => {
  s = await launchExtension();
  lane = chromiumLane(s);
});
afterAll(async () => {
  await s?.close();
});

popupJourneys(() => lane);

test('nothing left the machine', () => {
  expect(s.outbound).toEqual([]);
});
