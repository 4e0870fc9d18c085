import { beforeEach, describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import { addListItem, createPlan, deletePlan, getPlan, listPlans, updatePlanFields } from '../../lib/db/plans';
import { journalWrite, snapshotActivePlan, type DraftOp } from '../../lib/db/draft-journal';
import { readSnapshot, saveSnapshot, SNAPSHOT_KEY, SNAPSHOT_MAX_CHARS } from '../../lib/db/snapshot';
import { importExportFile } from '../../lib/db/transfer';
import { buildExportFile } from '../../lib/io/export';
import { newEntry, newPlan } from '../../lib/plan/factory';

beforeEach(() => localStorage.clear());

describe('plan summaries (what a plan switcher reads)', () => {
  test('every writer keeps them in step: create, edit, list edit, import, delete', async () => {
    const db = freshDb();
    const a = await createPlan(db, { company: 'Acme' });
    const b = await createPlan(db, { title: 'Second cycle' });
    expect((await listPlans(db)).map((p) => p.id)).toEqual([b.id, a.id]);

    await updatePlanFields(db, a.id, { title: 'Renamed' });
    let rows = await listPlans(db);
    expect(rows.map((p) => [p.id, p.label])).toEqual([[a.id, 'Renamed'], [b.id, 'Second cycle']]);

    // A list edit moves the plan to the top (its updatedAt), without whole plans being read.
    await addListItem(db, b.id, 'goals', { id: 'g1', kind: 'other', text: 'x', request: '' });
    rows = await listPlans(db);
    expect(rows[0].id).toBe(b.id);
    expect(rows[0].updatedAt).toBe((await getPlan(db, b.id))!.updatedAt);

    const imported = newPlan(new Date('2025-01-01T00:00:00Z'), { title: 'From a file' });
    await importExportFile(db, buildExportFile({ plans: [imported], actionItems: [], templates: [] }, new Date()));
    expect((await listPlans(db)).map((p) => p.label)).toContain('From a file');

    await deletePlan(db, a.id);
    expect((await db.planSummaries.toArray()).map((p) => p.id).sort()).toEqual([b.id, imported.id].sort());
    // Summaries hold only what a switcher shows.
    expect(Object.keys((await db.planSummaries.get(b.id))!).sort()).toEqual(['company', 'createdAt', 'id', 'meetingAt', 'title', 'updatedAt']);
  });

  test('a failed transaction leaves no summary behind', async () => {
    const db = freshDb();
    const plan = newPlan(new Date(), { title: 'Never stored' });
    await expect(
      db.transaction('rw', db.plans, async () => {
        await db.plans.add(plan);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.planSummaries.count()).toBe(0);
  });
});

describe('active plan snapshot (the popup\'s first frame)', () => {
  test('keystrokes are mirrored into it the moment they are journalled', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    snapshotActivePlan(plan);
    journalWrite({ kind: 'plan-field', planId: plan.id, path: 'managerName' }, 'Dana');
    journalWrite({ kind: 'plan-field', planId: plan.id, path: 'selfAssessment.vision' }, 'Lead');
    const goal = { id: 'g-new', kind: 'other' as const, text: '', request: '' };
    journalWrite({ kind: 'list-item', planId: plan.id, list: 'goals', itemId: goal.id, field: 'request', create: goal }, 'Lead the migration');
    journalWrite({ kind: 'list-item', planId: plan.id, list: 'goals', itemId: goal.id, field: 'request', create: goal }, 'Lead the billing migration');
    // Another plan's keystroke and an action item's are not this snapshot's business.
    journalWrite({ kind: 'plan-field', planId: 'other', path: 'managerName' }, 'Nope');
    journalWrite({ kind: 'action-item', itemId: 'x', field: 'text' }, 'Nope');
    const snap = readSnapshot()!;
    expect(snap.managerName).toBe('Dana');
    expect(snap.selfAssessment.vision).toBe('Lead');
    expect(snap.goals).toEqual([{ ...goal, request: 'Lead the billing migration' }]);
  });

  test('saving what the database returned keeps keystrokes still on their way there', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    const op: DraftOp = { kind: 'plan-field', planId: plan.id, path: 'company' };
    journalWrite(op, 'Acme Robotics');
    // The database has only "Acme" so far (the last write is in flight).
    await updatePlanFields(db, plan.id, { company: 'Acme' });
    snapshotActivePlan(await getPlan(db, plan.id));
    expect(readSnapshot()?.company).toBe('Acme Robotics');
  });

  test('no plan, a big plan or unreadable text leave no snapshot; prototype paths are refused', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    saveSnapshot(plan);
    expect(readSnapshot()?.id).toBe(plan.id);
    saveSnapshot(undefined);
    expect(readSnapshot()).toBeUndefined();

    const big = { ...plan, notes: Array.from({ length: 2000 }, (_, i) => newEntry(`Note ${i} with some words in it`)) };
    expect(JSON.stringify(big).length).toBeGreaterThan(SNAPSHOT_MAX_CHARS);
    saveSnapshot(big);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();

    localStorage.setItem(SNAPSHOT_KEY, '{not json');
    expect(readSnapshot()).toBeUndefined();

    saveSnapshot(plan);
    journalWrite({ kind: 'plan-field', planId: plan.id, path: '__proto__.polluted' }, 'x');
    journalWrite({ kind: 'list-item-entry', planId: plan.id, list: 'checkIns', itemId: 'c', field: 'progress', key: '__proto__' }, 'x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readSnapshot()?.id).toBe(plan.id);
  });

  test('deleting the active plan elsewhere is followed once a page reads the database', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    snapshotActivePlan(plan);
    await deletePlan(db, plan.id);
    snapshotActivePlan(undefined);
    expect(readSnapshot()).toBeUndefined();
  });
});
