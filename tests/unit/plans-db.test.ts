import { describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import {
  addActionItem, addListItem, createPlan, getActivePlan, listActionItems, listPlans, moveListItem,
  nextDueActionItem, removeListItem, updatePlanFields, setActivePlan, deletePlan, updateListItemEntry, getPlan,
} from '../../lib/db/plans';
import { newEntry } from '../../lib/plan/factory';

describe('plans in the database', () => {
  test('a created plan becomes active and keeps every field', async () => {
    const db = freshDb();
    const a = await createPlan(db, { company: 'Acme' });
    const b = await createPlan(db, { company: 'Globex' });
    expect((await getActivePlan(db))?.id).toBe(b.id);
    await setActivePlan(db, a.id);
    const active = await getActivePlan(db);
    expect(active?.company).toBe('Acme');
    expect(active?.meetingMinutes).toBe(30);
    expect((await listPlans(db)).map((p) => p.label)).toEqual(expect.arrayContaining([expect.stringContaining('Acme'), expect.stringContaining('Globex')]));
  });

  test('field updates by path from two pages do not overwrite each other', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    await Promise.all([
      updatePlanFields(db, plan.id, { managerName: 'Dana' }),
      updatePlanFields(db, plan.id, { 'selfAssessment.vision': 'Lead a team' }),
      addListItem(db, plan.id, 'selfAssessment.strengths', newEntry('Debugging')),
    ]);
    const saved = (await getActivePlan(db))!;
    expect(saved.managerName).toBe('Dana');
    expect(saved.selfAssessment.vision).toBe('Lead a team');
    expect(saved.selfAssessment.strengths.map((s) => s.text)).toEqual(['Debugging']);
  });

  test('two pages editing progress of different action items in the same check-in both keep their edit', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    await addListItem(db, plan.id, 'checkIns', { id: 'c1', date: '2025-04-01', notes: '', progress: { old: 'Kept' } });
    // Both pages hold the same copy of the check-in, read before either edit.
    const seenByBoth = (await getPlan(db, plan.id))!.checkIns[0];
    expect(seenByBoth.progress).toEqual({ old: 'Kept' });
    await Promise.all([
      updateListItemEntry(db, plan.id, 'checkIns', 'c1', 'progress', 'a1', 'Booked the course'),
      updateListItemEntry(db, plan.id, 'checkIns', 'c1', 'progress', 'a2', 'Asked Sam for an intro'),
    ]);
    expect((await getPlan(db, plan.id))!.checkIns[0].progress).toEqual({ old: 'Kept', a1: 'Booked the course', a2: 'Asked Sam for an intro' });
    // A later edit of one key changes only that key.
    await updateListItemEntry(db, plan.id, 'checkIns', 'c1', 'progress', 'a1', 'Course started');
    expect((await getPlan(db, plan.id))!.checkIns[0]).toMatchObject({ date: '2025-04-01', progress: { old: 'Kept', a1: 'Course started', a2: 'Asked Sam for an intro' } });
  });

  test('a progress entry for a deleted check-in changes nothing, and a prototype key is refused', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    await addListItem(db, plan.id, 'checkIns', { id: 'c1', date: '', notes: '', progress: {} });
    const before = (await getPlan(db, plan.id))!.checkIns;
    await updateListItemEntry(db, plan.id, 'checkIns', 'gone', 'progress', 'a1', 'x');
    expect((await getPlan(db, plan.id))!.checkIns).toEqual(before);
    await expect(updateListItemEntry(db, plan.id, 'checkIns', 'c1', 'progress', '__proto__', 'x')).rejects.toThrow(/__proto__/);
    expect((await getPlan(db, plan.id))!.checkIns).toEqual(before);
    await expect(updateListItemEntry(db, 'no-plan', 'checkIns', 'c1', 'progress', 'a1', 'x')).rejects.toThrow(/no longer exists/);
  });

  test('list items can be reordered and removed, and removal returns what undo needs', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    const [x, y, z] = [newEntry('x'), newEntry('y'), newEntry('z')];
    for (const e of [x, y, z]) await addListItem(db, plan.id, 'notes', e);
    await moveListItem(db, plan.id, 'notes', z.id, 0);
    expect((await getActivePlan(db))!.notes.map((n) => n.text)).toEqual(['z', 'x', 'y']);
    const removed = await removeListItem(db, plan.id, 'notes', x.id);
    expect(removed).toEqual({ item: x, index: 1 });
    await addListItem(db, plan.id, 'notes', removed!.item, removed!.index);
    expect((await getActivePlan(db))!.notes.map((n) => n.text)).toEqual(['z', 'x', 'y']);
  });

  test('action items live in their own table, ordered, with the next due one read from the index', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    await addActionItem(db, plan.id, { text: 'Research the AWS certification', due: '2026-12-20' });
    await addActionItem(db, plan.id, { text: 'Intro to Sam', owner: 'manager', due: '2026-12-05' });
    await addActionItem(db, plan.id, { text: 'No date' });
    expect((await listActionItems(db, plan.id)).map((i) => i.text)).toEqual(['Research the AWS certification', 'Intro to Sam', 'No date']);
    expect((await nextDueActionItem(db, plan.id))?.text).toBe('Intro to Sam');
    await deletePlan(db, plan.id);
    expect(await listActionItems(db, plan.id)).toEqual([]);
    expect(await getActivePlan(db)).toBeUndefined();
  });

  test('editing a plan deleted elsewhere says so', async () => {
    const db = freshDb();
    await expect(updatePlanFields(db, 'gone', { company: 'x' })).rejects.toThrow(/no longer exists/);
  });
});
