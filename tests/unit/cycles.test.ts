import { describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CareerTalkDB } from '../../lib/db/schema';
import { addActionItem, createPlan, getActivePlanId, updateActionItem } from '../../lib/db/plans';
import { CycleAlreadyStartedError, loadHistory, startNextCycleFrom } from '../../lib/db/cycles';
import { exportAll, exportPlanMarkdown, importFromText } from '../../lib/db/transfer';
import { serializeExport } from '../../lib/io/export';
import { cycleChain, goalPaths, historyRows, isFinished, startNextCycle } from '../../lib/plan/cycles';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan } from '../../lib/plan/types';

const NOW = new Date('2026-09-01T10:00:00Z');

function firstPlan(): { plan: Plan; items: ActionItem[] } {
  const plan = newPlan(new Date('2026-03-01T10:00:00Z'), {
    myName: 'Alex',
    managerName: 'Dana',
    managerEmail: 'dana@example.com',
    company: 'Acme',
    currentRole: 'Backend engineer',
    meetingAt: '2026-03-10T10:00',
    meetingMinutes: 45,
    selfAssessment: {
      strengths: [{ id: 's1', text: 'Debugging' }, { id: 's2', text: ' ' }],
      areasToImprove: [{ id: 'a1', text: 'Delegating' }],
      interests: [{ id: 'i1', text: 'Platform' }],
      energizers: [],
      underusedSkills: [],
      vision: 'Lead a small team.',
    },
    paths: [
      { id: 'p1', role: 'Staff engineer', moveType: 'vertical', qualifications: '', gaps: '', notes: '' },
      { id: 'p2', role: 'Product manager', moveType: 'other-function', qualifications: '', gaps: '', notes: '' },
    ],
    interviews: [{ id: 'v1', who: 'Sam', role: 'PM', date: '2026-02-20', learned: 'Lots' }],
    goals: [
      { id: 'g1', kind: 'lead-project', text: 'Lead people', request: 'Lead the Q3 migration' },
      { id: 'g2', kind: 'certification', text: 'Cloud skills', request: 'AWS certification' },
    ],
    agenda: [{ id: 'ag1', section: 'goals', text: 'My goals' }],
    meeting: { strengthsFeedback: 'Strong debugger', growthFeedback: '', opportunities: '', notes: '', takeaways: [{ id: 't1', text: 'Shadow Priya' }] },
    checkIns: [{ id: 'c1', date: '2026-04-01', notes: 'ok', progress: {} }],
    notes: [{ id: 'n1', text: 'saved posting' }],
    emailsSent: [{ kind: 'recap', templateId: 'recap', at: '2026-03-10T12:00:00Z', via: 'gmail', status: 'sent' }],
  });
  const items = [
    newActionItem(plan.id, 0, { id: 'x1', text: 'Research the certification', due: '2026-04-01', status: 'done', doneAt: '2026-03-30T09:00:00Z' }),
    newActionItem(plan.id, 1, { id: 'x2', text: 'Intro to Priya', owner: 'manager', due: '2026-04-01', status: 'done', doneAt: '2026-04-20T09:00:00Z' }),
    newActionItem(plan.id, 2, { id: 'x3', text: 'Shadow Priya for a day', due: '2026-05-01', status: 'in-progress' }),
    newActionItem(plan.id, 3, { id: 'x4', text: 'Draft the migration plan', status: 'open' }),
    newActionItem(plan.id, 4, { id: 'x5', text: 'Old idea', status: 'open' }),
    newActionItem(plan.id, 5, { id: 'x6', text: 'Done long ago, before done dates were kept', due: '2026-03-01', status: 'done' }),
  ];
  return { plan, items };
}

describe('carry-over rules', () => {
  test('copies what is open, leaves the rest, gives every copy a new id and records where it came from', () => {
    const { plan, items } = firstPlan();
    const before = structuredClone({ plan, items });
    const next = startNextCycle(plan, items, { reachedGoalIds: ['g2'], droppedPathIds: ['p2'], dropItemIds: ['x5'] }, NOW);
    const p = next.plan;

    // The same person, manager and company; a fresh conversation.
    expect(p).toMatchObject({ myName: 'Alex', managerName: 'Dana', managerEmail: 'dana@example.com', company: 'Acme', currentRole: 'Backend engineer', meetingMinutes: 45 });
    expect(p).toMatchObject({ meetingAt: '', agenda: [], checkIns: [], notes: [], interviews: [], emailsSent: [], title: '' });
    expect(p.meeting).toEqual({ strengthsFeedback: '', growthFeedback: '', opportunities: '', notes: '', takeaways: [] });
    expect(p.createdAt).toBe(NOW.toISOString());

    // Carried: goals not reached, paths still explored, open action items, the self-assessment to revise.
    expect(p.goals.map((g) => g.request)).toEqual(['Lead the Q3 migration']);
    expect(p.paths.map((x) => x.role)).toEqual(['Staff engineer']);
    expect(next.actionItems.map((i) => [i.text, i.status, i.due, i.order])).toEqual([
      ['Shadow Priya for a day', 'in-progress', '2026-05-01', 0],
      ['Draft the migration plan', 'open', '', 1],
    ]);
    expect(p.selfAssessment.strengths.map((s) => s.text)).toEqual(['Debugging']); // empty entries are not carried
    expect(p.selfAssessment.vision).toBe('Lead a small team.');

    // New ids everywhere, each mapped back to the old one.
    const newIds = [p.id, ...p.goals.map((g) => g.id), ...p.paths.map((x) => x.id), ...next.actionItems.map((i) => i.id), ...p.selfAssessment.strengths.map((s) => s.id)];
    const oldIds = [plan.id, 'g1', 'g2', 'p1', 'p2', 'x1', 'x2', 'x3', 'x4', 'x5', 's1'];
    expect(newIds.filter((id) => oldIds.includes(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(next.actionItems.every((i) => i.planId === p.id)).toBe(true);
    expect(p.cycle!.carriedFrom[p.goals[0].id]).toBe('g1');
    expect(p.cycle!.carriedFrom[next.actionItems[0].id]).toBe('x3');
    expect(p.cycle!.carriedFrom[p.paths[0].id]).toBe('p1');
    expect(p.cycle).toMatchObject({ previousPlanId: plan.id, nextPlanId: '', finishedAt: '' });

    // The old plan and its items are not touched; its new cycle field links forward and finishes it.
    expect({ plan, items }).toEqual(before);
    expect(next.oldCycle).toEqual({ previousPlanId: '', nextPlanId: p.id, finishedAt: NOW.toISOString(), carriedFrom: {} });
  });

  test('by default everything open is carried; the email language and form of address stay', () => {
    const { plan, items } = firstPlan();
    const next = startNextCycle({ ...plan, emailLanguage: 'de', formality: 'informal' }, items, {}, NOW);
    expect(next.plan).toMatchObject({ emailLanguage: 'de', formality: 'informal' });
    expect(next.plan.goals).toHaveLength(2);
    expect(next.plan.paths).toHaveLength(2);
    expect(next.actionItems.map((i) => i.text)).toEqual(['Shadow Priya for a day', 'Draft the migration plan', 'Old idea']);
  });
});

describe('history figures', () => {
  test('done on time, late, dropped, carried, open; goals and manager per cycle', () => {
    const { plan, items } = firstPlan();
    const next = startNextCycle(plan, items, { reachedGoalIds: ['g2'], dropItemIds: ['x5'] }, NOW);
    const old = { ...plan, cycle: next.oldCycle };
    const chain = [old, next.plan];
    const rows = historyRows(chain, new Map([[old.id, items], [next.plan.id, next.actionItems]]));
    expect(rows[0]).toMatchObject({ planId: old.id, date: '2026-03-10', manager: 'Dana', goals: ['Lead the Q3 migration', 'AWS certification'] });
    // x1 on time; x2 done after its due day; x6 done with no recorded day counts on time; x3, x4 carried; x5 dropped.
    expect(rows[0]).toMatchObject({ onTime: 2, late: 1, dropped: 1, carried: 2, open: 0, finished: true });
    expect(rows[1]).toMatchObject({ date: '2026-09-01', goals: ['Lead the Q3 migration'], onTime: 0, late: 0, dropped: 0, carried: 0, open: 2, finished: false });
  });

  test("a goal's path: followed through its new ids; reached goals end where they were reached", () => {
    const { plan, items } = firstPlan();
    const second = startNextCycle(plan, items, { reachedGoalIds: ['g2'] }, NOW);
    const old = { ...plan, cycle: second.oldCycle };
    second.plan.goals[0].request = 'Lead the Q4 platform migration'; // reworded in the second cycle
    const third = startNextCycle(second.plan, second.actionItems, {}, new Date('2027-03-01T10:00:00Z'));
    const mid = { ...second.plan, cycle: third.oldCycle };
    const paths = goalPaths([old, mid, third.plan]);
    const lead = paths.find((p) => p[0].goalId === 'g1')!;
    expect(lead.map((s) => [s.request, s.outcome])).toEqual([
      ['Lead the Q3 migration', 'carried'],
      ['Lead the Q4 platform migration', 'carried'],
      ['Lead the Q4 platform migration', 'current'],
    ]);
    const aws = paths.find((p) => p[0].goalId === 'g2')!;
    expect(aws.map((s) => s.outcome)).toEqual(['reached']);
    expect(paths).toHaveLength(2);
  });

  test('the chain follows links both ways, stops at a missing plan and never loops', () => {
    const a = newPlan(NOW);
    const b = newPlan(NOW);
    const c = newPlan(NOW);
    a.cycle = { previousPlanId: '', nextPlanId: b.id, finishedAt: 'x', carriedFrom: {} };
    b.cycle = { previousPlanId: a.id, nextPlanId: c.id, finishedAt: 'x', carriedFrom: {} };
    c.cycle = { previousPlanId: b.id, nextPlanId: a.id, finishedAt: '', carriedFrom: {} }; // a bad link back to the start
    const all = new Map([a, b, c].map((p) => [p.id, p]));
    expect(cycleChain(b, (id) => all.get(id)).map((p) => p.id)).toEqual([a.id, b.id, c.id]);
    all.delete(a.id);
    expect(cycleChain(c, (id) => all.get(id)).map((p) => p.id)).toEqual([b.id, c.id]);
  });

  test('50 cycles: the history figures and goal paths are computed in under 100 ms', () => {
    let { plan, items } = firstPlan();
    const chain: Plan[] = [];
    const itemsByPlan = new Map<string, ActionItem[]>();
    for (let i = 0; i < 50; i++) {
      const next = startNextCycle(plan, items, {}, new Date(NOW.getTime() + i * 86_400_000));
      chain.push({ ...plan, cycle: next.oldCycle });
      itemsByPlan.set(plan.id, items);
      plan = next.plan;
      items = [...next.actionItems, newActionItem(plan.id, 9, { text: `New ${i}`, status: 'done' })];
    }
    chain.push(plan);
    itemsByPlan.set(plan.id, items);
    const t0 = performance.now();
    const rows = historyRows(chain, itemsByPlan);
    const paths = goalPaths(chain);
    const ms = performance.now() - t0;
    expect(rows).toHaveLength(51);
    expect(paths.find((p) => p[0].goalId === 'g1')).toHaveLength(51);
    expect(ms).toBeLessThan(100);
  });
});

describe('in the database', () => {
  const fresh = () => new CareerTalkDB(`cycles-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

  test('start the next cycle: the new plan is active, items are carried, the old plan is unchanged but linked and finished', async () => {
    const db = fresh();
    const old = await createPlan(db, { managerName: 'Dana', goals: [{ id: 'g1', kind: 'other', text: 'Grow', request: 'A mentor' }] });
    const done = await addActionItem(db, old.id, { text: 'Done thing', due: '2099-01-01' });
    await updateActionItem(db, done.id, { status: 'done' });
    const open = await addActionItem(db, old.id, { text: 'Open thing' });
    const before = (await db.plans.get(old.id))!;

    const next = await startNextCycleFrom(db, old.id);
    expect(await getActivePlanId(db)).toBe(next.id);
    const after = (await db.plans.get(old.id))!;
    const { cycle, ...rest } = after;
    const { cycle: _none, ...beforeRest } = before;
    expect(rest).toEqual(beforeRest); // content and updatedAt untouched
    expect(cycle).toMatchObject({ nextPlanId: next.id });
    expect(isFinished(after)).toBe(true);
    const newItems = await db.actionItems.where('planId').equals(next.id).toArray();
    expect(newItems.map((i) => i.text)).toEqual(['Open thing']);
    expect(next.cycle!.carriedFrom[newItems[0].id]).toBe(open.id);
    expect((await db.actionItems.get(done.id))!.doneAt).toBeTruthy(); // marking done records the day

    await expect(startNextCycleFrom(db, old.id)).rejects.toBeInstanceOf(CycleAlreadyStartedError);
    const history = (await loadHistory(db, next.id))!;
    expect(history.chain.map((p) => p.id)).toEqual([old.id, next.id]);
    expect(historyRows(history.chain, history.itemsByPlan).map((r) => [r.onTime, r.carried, r.open])).toEqual([
      [1, 1, 0],
      [0, 0, 1],
    ]);
  });

  test('exported in JSON (the import accepts it and keeps the links, also when it has to copy) and in Markdown', async () => {
    const db = fresh();
    const old = await createPlan(db, { managerName: 'Dana', goals: [{ id: 'g1', kind: 'other', text: 'Grow', request: 'A mentor' }] });
    const open = await addActionItem(db, old.id, { text: 'Open thing' });
    await updateActionItem(db, (await addActionItem(db, old.id, { text: 'Done thing' })).id, { status: 'done' });
    const next = await startNextCycleFrom(db, old.id);
    const text = serializeExport(await exportAll(db));

    const md = await exportPlanMarkdown(db, next.id);
    expect(md).toContain('## History');
    expect(md).toMatch(/\| 1 \| \d{4}-\d{2}-\d{2} \| Dana \| A mentor \| 1 \| 0 \| 0 \| 1 \| 0 \|/);
    expect(md).toContain('- **A mentor**');

    // Into a fresh profile: same ids, same links.
    const other = fresh();
    const result = await importFromText(other, text);
    expect(result.ok).toBe(true);
    const imported = (await loadHistory(other, next.id))!;
    expect(imported.chain.map((p) => p.id)).toEqual([old.id, next.id]);
    expect(historyRows(imported.chain, imported.itemsByPlan).map((r) => [r.onTime, r.carried, r.open])).toEqual([
      [1, 1, 0],
      [0, 0, 1],
    ]);

    // Into the same profile: the same content is skipped; a changed copy (same ids, other
    // content) is added with new ids, linked to each other, not to the originals.
    const unchanged = await importFromText(db, text);
    if (!unchanged.ok) throw new Error(JSON.stringify(unchanged.errors));
    expect(unchanged.planIds).toEqual([]);
    const changed = JSON.parse(text) as { plans: { managerName: string }[] };
    for (const plan of changed.plans) plan.managerName = 'Dana Park';
    const again = await importFromText(db, JSON.stringify(changed));
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    const copies = await Promise.all(again.planIds.map((id) => db.plans.get(id)));
    const copyOld = copies.find((p) => p!.cycle?.nextPlanId)!;
    const copyNext = copies.find((p) => p!.cycle?.previousPlanId)!;
    expect(copyOld.id).not.toBe(old.id);
    expect(copyOld.cycle!.nextPlanId).toBe(copyNext.id);
    expect(copyNext.cycle!.previousPlanId).toBe(copyOld.id);
    const copyItems = await db.actionItems.where('planId').equals(copyNext.id).toArray();
    expect(Object.entries(copyNext.cycle!.carriedFrom).find(([to]) => to === copyItems[0].id)?.[1]).not.toBe(open.id);
    const copied = (await loadHistory(db, copyNext.id))!;
    expect(historyRows(copied.chain, copied.itemsByPlan).map((r) => r.carried)).toEqual([1, 0]);
  });
});
