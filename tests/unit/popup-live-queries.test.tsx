import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { addActionItem, createPlan, getActivePlan } from '../../lib/db/plans';
import type { CareerTalkDB } from '../../lib/db/schema';
import { freshDb } from './db-helpers';

// The popup reads the plan and its action items in two live queries: a keystroke's save
// re-reads the plan, never the (possibly 2,000) action items with it.

let db: CareerTalkDB;
let host: HTMLElement;

beforeEach(() => {
  localStorage.clear();
  db = freshDb();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const field = (label: string) => {
  const l = [...host.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no label ${label}`);
  return host.querySelector<HTMLInputElement>(`#${CSS.escape(l.htmlFor)}`)!;
};

test('typing in the popup saves the plan without re-reading its action items; a new item still shows', async () => {
  const plan = await createPlan(db, { company: 'Acme', managerName: 'Jordan' });
  for (let i = 0; i < 5; i++) await addActionItem(db, plan.id, { text: `Step ${i}`, due: '2030-01-10' });
  const itemReads = vi.spyOn(db.actionItems, 'where');
  render(<PopupApp />, host);
  // The Copy list appears once the action items are read.
  await vi.waitFor(() => expect(host.querySelector('.copy-templates li')).not.toBeNull(), { timeout: 5000 });
  const readsAtOpen = itemReads.mock.calls.length;
  expect(readsAtOpen).toBeGreaterThan(0);

  const company = field('Company');
  company.value = 'Acme Robotics';
  company.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(async () => expect((await getActivePlan(db))?.company).toBe('Acme Robotics'), { timeout: 5000 });
  // The plan's live query has delivered the saved plan...
  await new Promise((r) => setTimeout(r, 100));
  expect(field('Company').value).toBe('Acme Robotics');
  // ...and the action items were not read again for it.
  expect(itemReads.mock.calls.length).toBe(readsAtOpen);

  // A change to the action items is still followed.
  await addActionItem(db, plan.id, { text: 'Another step', due: '2030-01-11' });
  await vi.waitFor(() => expect(itemReads.mock.calls.length).toBeGreaterThan(readsAtOpen), { timeout: 5000 });
  itemReads.mockRestore();
});
