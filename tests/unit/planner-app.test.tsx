import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { usePlannerHost } from './planner-host';
import { PlannerApp } from '../../components/planner/PlannerApp';
import { addActionItem, addListItem, createPlan, getActivePlan, listActionItems } from '../../lib/db/plans';
import type { CareerTalkDB } from '../../lib/db/schema';

let db: CareerTalkDB;
let host: HTMLElement;

usePlannerHost('#', (d, h) => {
  db = d;
  host = h;
});

const labelled = <T extends HTMLElement = HTMLInputElement>(label: string) => {
  const l = [...host.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no label ${label}`);
  return host.querySelector<T>(`#${CSS.escape(l.htmlFor)}`)!;
};
const button = (name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent?.replace(/\s+/g, ' ').trim() === name);
  if (!b) throw new Error(`no button ${name}`);
  return b;
};
const heading = () => host.querySelector('.stage-title')?.textContent;
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const strengths = async () => (await getActivePlan(db))!.selfAssessment.strengths.map((s) => s.text);

describe('PlannerApp', () => {
  test('with no plan it offers a start, and starting creates and shows a plan', async () => {
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => button('Start my plan'));
    button('Start my plan').click();
    await vi.waitFor(() => expect(heading()).toBe('Self-assessment'));
    expect(await db.plans.count()).toBe(1);
    for (const label of ["Manager's name", "Manager's email", 'Company', 'Meeting date', 'Your name', 'Your current role']) {
      expect(labelled(label)).toBeTruthy();
    }
    expect(labelled('Meeting date').type).toBe('datetime-local');
  });

  test('the location hash picks the stage, and changing it switches stage', async () => {
    await createPlan(db, { company: 'Acme' });
    history.replaceState(null, '', '#recap');
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => expect(heading()).toBe('Recap'));
    expect(host.querySelector('nav [aria-current="page"]')?.textContent).toContain('Recap');
    location.hash = '#check-ins';
    await vi.waitFor(() => expect(heading()).toBe('Check-ins'));
    location.hash = '#not-a-stage';
    await vi.waitFor(() => expect(heading()).toBe('Self-assessment'));
  });

  test('header fields save as typed, and the next step follows the plan', async () => {
    const plan = await createPlan(db);
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => labelled("Manager's name"));
    expect(host.querySelector('.next-step')?.textContent).toContain("Add your manager's name");
    type(labelled("Manager's name"), 'Dana');
    type(labelled('Company'), 'Acme');
    type(labelled('Meeting date'), '2026-12-03T10:30');
    await vi.waitFor(async () => expect(await db.plans.get(plan.id)).toMatchObject({ managerName: 'Dana', company: 'Acme', meetingAt: '2026-12-03T10:30' }));
    await vi.waitFor(() => expect(host.querySelector('.next-step')?.textContent).toContain('Reflect on your strengths'));
  });

  test('an out-of-range meeting length is explained and not saved', async () => {
    const plan = await createPlan(db);
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => labelled('Meeting length (minutes)'));
    type(labelled('Meeting length (minutes)'), '9999');
    // Longer than waitFor's 1 s default: on a loaded 2-core machine the first render can take that.
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')?.textContent).toContain('from 5 to 480'), { timeout: 5000 });
    expect((await db.plans.get(plan.id))!.meetingMinutes).toBe(30);
    type(labelled('Meeting length (minutes)'), '50');
    await vi.waitFor(async () => expect((await db.plans.get(plan.id))!.meetingMinutes).toBe(50), { timeout: 5000 });
  }, 20_000);

  test('list entries are added, reordered, deleted and put back at the same place with Undo', async () => {
    const plan = await createPlan(db);
    for (const text of ['a', 'b', 'c']) await addListItem(db, plan.id, 'selfAssessment.strengths', { id: `s-${text}`, text });
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => button('Move down strength 1'));

    button('Move down strength 1').click();
    await vi.waitFor(async () => expect(await strengths()).toEqual(['b', 'a', 'c']));
    await vi.waitFor(() => expect(labelled('Strength 2').value).toBe('a'));

    button('Delete strength 2').click();
    await vi.waitFor(async () => expect(await strengths()).toEqual(['b', 'c']));
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toContain('Deleted strength “a”.'));
    button('Undo').click();
    await vi.waitFor(async () => expect(await strengths()).toEqual(['b', 'a', 'c']));
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toBe(''));

    button('Add strength').click();
    await vi.waitFor(async () => expect(await strengths()).toEqual(['b', 'a', 'c', '']));
    await vi.waitFor(() => expect(labelled('Strength 4')).toBeTruthy());
    type(labelled('Strength 4'), 'd');
    await vi.waitFor(async () => expect(await strengths()).toEqual(['b', 'a', 'c', 'd']));
  });

  test('action items in Recap: delete and Undo restores the item and its order', async () => {
    const plan = await createPlan(db);
    const first = await addActionItem(db, plan.id, { text: 'First' });
    await addActionItem(db, plan.id, { text: 'Second' });
    history.replaceState(null, '', '#recap');
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => button('Delete action item 1'));
    button('Delete action item 1').click();
    await vi.waitFor(async () => expect((await listActionItems(db, plan.id)).map((i) => i.text)).toEqual(['Second']));
    button('Undo').click();
    await vi.waitFor(async () => expect((await listActionItems(db, plan.id)).map((i) => i.text)).toEqual(['First', 'Second']));
    expect((await listActionItems(db, plan.id))[0]).toEqual(first);
  });

  test('deleting a plan needs a confirmation', async () => {
    await createPlan(db, { company: 'Old' });
    await createPlan(db, { company: 'New' });
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => button('Delete plan'));
    button('Delete plan').click();
    await vi.waitFor(() => button('Cancel'));
    button('Cancel').click();
    expect(await db.plans.count()).toBe(2);
    button('Delete plan').click();
    await vi.waitFor(() => button('Yes, delete this plan'));
    button('Yes, delete this plan').click();
    await vi.waitFor(async () => expect((await db.plans.toArray()).map((p) => p.company)).toEqual(['Old']));
    await vi.waitFor(() => expect(labelled<HTMLInputElement>('Company').value).toBe('Old'));
  });
});
