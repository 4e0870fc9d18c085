import { beforeEach, describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import { addListItem, createPlan, getPlan } from '../../lib/db/plans';
import { applyDraft, draftKey, journalSettle, journalWrite, replayJournal, snapshotActivePlan, type DraftOp } from '../../lib/db/draft-journal';
import { readSnapshot } from '../../lib/db/snapshot';
import { newPlan } from '../../lib/plan/factory';

beforeEach(() => localStorage.clear());

describe('draft journal', () => {
  test('text journalled but never written (page closed mid-write) is saved on the next open', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    const op: DraftOp = { kind: 'plan-field', planId: plan.id, path: 'managerName' };
    journalWrite(op, 'Dana Whitfield');
    expect(await replayJournal(db)).toBe(1);
    expect((await getPlan(db, plan.id))?.managerName).toBe('Dana Whitfield');
    expect(localStorage.length).toBe(0);
  });

  test('a settled write leaves nothing behind, but a newer keystroke stays journalled', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    const op: DraftOp = { kind: 'plan-field', planId: plan.id, path: 'company' };
    journalWrite(op, 'Ac');
    await applyDraft(db, op, 'Ac');
    journalWrite(op, 'Acme');
    journalSettle(op, 'Ac');
    expect(localStorage.length).toBe(1);
    await replayJournal(db);
    expect((await getPlan(db, plan.id))?.company).toBe('Acme');
  });

  test('a goal created by its first keystroke is recreated by the replay when the add never landed', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    const goal = { id: 'g1', kind: 'other', text: '', request: '' };
    journalWrite({ kind: 'list-item', planId: plan.id, list: 'goals', itemId: 'g1', field: 'request', create: goal }, 'Find a mentor');
    await replayJournal(db);
    expect((await getPlan(db, plan.id))?.goals).toEqual([{ ...goal, request: 'Find a mentor' }]);
    // Replaying again (or an edit of the existing goal) does not add it twice.
    journalWrite({ kind: 'list-item', planId: plan.id, list: 'goals', itemId: 'g1', field: 'request', create: goal }, 'Find a mentor in design');
    await replayJournal(db);
    expect((await getPlan(db, plan.id))?.goals.map((g) => g.request)).toEqual(['Find a mentor in design']);
  });

  test('check-in progress typed for two action items is journalled per item and replayed without losing either', async () => {
    const db = freshDb();
    const plan = await createPlan(db);
    await addListItem(db, plan.id, 'checkIns', { id: 'c1', date: '', notes: 'Good week', progress: { a0: 'Done' } });
    const entry = (key: string): DraftOp => ({ kind: 'list-item-entry', planId: plan.id, list: 'checkIns', itemId: 'c1', field: 'progress', key });
    // One journal entry per action item: the second does not replace the first.
    expect(draftKey(entry('a1'))).not.toBe(draftKey(entry('a2')));
    expect(draftKey(entry('a1'))).not.toBe(draftKey({ kind: 'list-item', planId: plan.id, list: 'checkIns', itemId: 'c1', field: 'progress' }));
    journalWrite(entry('a1'), 'Booked the course');
    journalWrite(entry('a2'), 'Asked Sam');
    expect(await replayJournal(db)).toBe(2);
    expect((await getPlan(db, plan.id))!.checkIns[0]).toMatchObject({ notes: 'Good week', progress: { a0: 'Done', a1: 'Booked the course', a2: 'Asked Sam' } });
    expect(localStorage.length).toBe(0);
    // applyDraft writes only its key.
    await applyDraft(db, entry('a2'), 'Intro done');
    expect((await getPlan(db, plan.id))!.checkIns[0].progress).toEqual({ a0: 'Done', a1: 'Booked the course', a2: 'Intro done' });
  });

  test('an entry for a deleted plan is dropped instead of failing forever', async () => {
    const db = freshDb();
    journalWrite({ kind: 'plan-field', planId: 'deleted', path: 'company' }, 'x');
    expect(await replayJournal(db)).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  test('a database read made before a saved keystroke landed does not take the snapshot back', () => {
    const stamp = (ms: number) => new Date(ms).toISOString();
    const plan = { ...newPlan(), myName: 'A', updatedAt: stamp(Date.now() - 5_000) };
    const op: DraftOp = { kind: 'plan-field', planId: plan.id, path: 'myName' };
    journalWrite(op, 'Alex Rivera');
    journalSettle(op, 'Alex Rivera'); // saved: the journal entry is gone
    expect(localStorage.getItem(draftKey(op))).toBeNull();
    // The live query's result was read before that write and is delivered after it.
    snapshotActivePlan(plan);
    expect(readSnapshot()?.myName).toBe('Alex Rivera');
    // A read that holds the saved value confirms it; from then on the read is the snapshot.
    snapshotActivePlan({ ...plan, myName: 'Alex Rivera' });
    snapshotActivePlan({ ...plan, myName: 'Alex R.', updatedAt: stamp(Date.now() + 1_000) });
    expect(readSnapshot()?.myName).toBe('Alex R.');
  });

  test('a change made in another window after the save is not covered up; a write that did not happen is never laid over', () => {
    const plan = { ...newPlan(), company: 'Acme', updatedAt: new Date(Date.now() - 5_000).toISOString() };
    const company: DraftOp = { kind: 'plan-field', planId: plan.id, path: 'company' };
    journalWrite(company, 'Acme Robotics');
    journalSettle(company, 'Acme Robotics');
    snapshotActivePlan({ ...plan, company: 'Acme Corp', updatedAt: new Date(Date.now() + 1_000).toISOString() });
    expect(readSnapshot()?.company).toBe('Acme Corp');

    const name: DraftOp = { kind: 'plan-field', planId: plan.id, path: 'managerName' };
    journalWrite(name, 'Dana');
    journalSettle(name, 'Dana', { saved: false }); // a conflict: nothing was written
    snapshotActivePlan({ ...plan, managerName: 'Jordan' });
    expect(readSnapshot()?.managerName).toBe('Jordan');
  });
});
