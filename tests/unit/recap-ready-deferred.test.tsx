import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { RecapReady } from '../../components/recap/RecapReady';
import { WINDOW_FROM } from '../../components/common/useWindowedRange';
import { freshDb } from './db-helpers';
import { createPlan } from '../../lib/db/plans';
import type { CareerTalkDB } from '../../lib/db/schema';
import type { ActionItem, Plan } from '../../lib/plan/types';

// The recap email of a plan with 2,000 action items takes tens of milliseconds to render and
// review: with a long list it is worked out just after the page's first paint (its box holds
// the place, Copy works at once), and then shows the whole recap; a short one shows at once.

let host: HTMLElement;
let db: CareerTalkDB;
beforeEach(() => {
  db = freshDb();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const itemsOf = (plan: Plan, n: number): ActionItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, planId: plan.id, text: `Step number ${i}`, owner: 'me', ownerName: '', due: '', status: 'open', order: i, createdAt: '' }) as ActionItem);
const preview = () => host.querySelector('.recap-ready-email pre')?.textContent ?? null;
const copyButton = () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Copy the recap');

test(`a long list (over ${WINDOW_FROM} action items): the preview follows the first paint, complete`, async () => {
  const plan = await createPlan(db, { managerName: 'Dana', meetingAt: '2026-12-03T10:30' });
  const items = itemsOf(plan, 300);
  render(<RecapReady db={db} plan={plan} actionItems={items} />, host);
  // The first frame: no email rendered yet, its place held, Copy already there.
  expect(preview()).toBeNull();
  expect(host.querySelector('.recap-ready-pending[aria-busy="true"]')).not.toBeNull();
  expect(copyButton()).toBeDefined();
  await vi.waitFor(() => expect(preview()).toMatch(/step number 299 by/i));
  expect(preview()).toMatch(/step number 0 by/i);
  expect(host.querySelector('.recap-ready-pending')).toBeNull();
  expect(copyButton()).toBeDefined();
});

test('a short list: the preview is there in the first frame, as before', async () => {
  const plan = await createPlan(db, { managerName: 'Dana', meetingAt: '2026-12-03T10:30' });
  render(<RecapReady db={db} plan={plan} actionItems={itemsOf(plan, 3)} />, host);
  expect(preview()).toMatch(/step number 2 by/i);
  expect(host.querySelector('.recap-ready-pending')).toBeNull();
});
