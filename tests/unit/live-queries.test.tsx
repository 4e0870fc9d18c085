import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { addActionItem, createPlan, getActivePlan } from '../../lib/db/plans';
import type { CareerTalkDB } from '../../lib/db/schema';
import { usePlannerHost } from './planner-host';

// Live queries re-render only for what they show: the popup reads the plan and its action items
// in two live queries (a keystroke's save re-reads the plan, never the possibly 2,000 action
// items with it), and the plan switchers ignore a save that only moves updatedAt.

let db: CareerTalkDB;
let host: HTMLElement;

usePlannerHost('#', (d, h) => {
  db = d;
  host = h;
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

test('a save that only moves updatedAt does not re-render the plan switchers; a rename does', async () => {
  const { sameSwitcherRows } = await import('../../lib/db/plans');
  const a = [
    { id: 'p1', label: 'Acme', updatedAt: '2026-12-01T10:00:00.000Z' },
    { id: 'p2', label: 'Globex', updatedAt: '2026-11-01T10:00:00.000Z' },
  ];
  expect(sameSwitcherRows(a, [{ ...a[0], updatedAt: '2026-12-01T10:00:05.000Z' }, a[1]])).toBe(true);
  expect(sameSwitcherRows(a, [{ ...a[0], label: 'Acme Robotics' }, a[1]])).toBe(false);
  expect(sameSwitcherRows(a, [a[1], a[0]])).toBe(false);
  expect(sameSwitcherRows(a, [a[0]])).toBe(false);
});

test('useLiveQuery with `same` delivers a result equal to the last one only once', async () => {
  const { useLiveQuery } = await import('../../components/hooks/useLiveQuery');
  await createPlan(db, { company: 'Acme' });
  let renders = 0;
  let shown: string[] = [];
  function Names() {
    const r = useLiveQuery(async () => (await db.plans.toArray()).map((p) => p.company), [], { same: (x, y) => x.join() === y.join() });
    renders++;
    if (r.status === 'ready') shown = r.value;
    return null;
  }
  render(<Names />, host);
  await vi.waitFor(() => expect(shown).toEqual(['Acme']));
  const settled = renders;
  // A change the result does not show: no new render.
  await db.plans.toCollection().modify({ managerName: 'Jordan' });
  await new Promise((r) => setTimeout(r, 150));
  expect(renders).toBe(settled);
  // A change it shows: rendered.
  await db.plans.toCollection().modify({ company: 'Acme Robotics' });
  await vi.waitFor(() => expect(shown).toEqual(['Acme Robotics']));
});
