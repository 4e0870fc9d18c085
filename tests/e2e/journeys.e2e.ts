import { describe } from 'vitest';
import { chromiumJourneys } from './lane';
import { popupJourneys } from '../journeys/popup.journey';
import { plannerJourneys } from '../journeys/planner.journey';
import { webmailJourneys } from '../journeys/webmail.journey';
import { contextMenuJourneys } from '../journeys/context-menus.journey';

// The journeys shared with the Firefox lane (tests/journeys, tests/e2e-firefox), driven here by
// Playwright: one description of what a person does, checked in both browsers.
for (const [name, journeys] of [
  ['popup', popupJourneys],
  ['planner', plannerJourneys],
  ['webmail', webmailJourneys],
  ['context menu', contextMenuJourneys],
] as const) {
  describe(`${name} journeys`, () => {
    const chromium = chromiumJourneys();
    journeys(chromium.lane);
    chromium.checkLocal();
  });
}
