import type { CareerTalkDB } from './schema';
import { PlanGoneError } from './errors';
import { applyOpToPlan, patchSnapshot, readOpFromPlan, saveSnapshot } from './snapshot';
import type { Plan } from '../plan/types';
import { addListItem, getPlan, type ListPath, updateActionItem, updateListItem, updateListItemEntry, updatePlanFields } from './plans';

/**
 * A write-ahead journal for text being typed. Each keystroke is put in
 * localStorage synchronously before the IndexedDB write starts, and removed once
 * that write has landed. A popup can be closed mid-write (focus leaves it and the
 * browser tears it down); the next time a CareerTalk page opens, whatever the
 * journal still holds is replayed into the database, so no typed word is lost.
 */

export type DraftOp =
  | { kind: 'plan-field'; planId: string; path: string }
  | {
      kind: 'list-item';
      planId: string;
      list: ListPath;
      itemId: string;
      field: string;
      /** When the item may not exist yet (created by this very keystroke): the item to add. */
      create?: { id: string };
    }
  | { kind: 'action-item'; itemId: string; field: string }
  /** One key of a record field of a list item, e.g. a check-in's progress on one action item. */
  | { kind: 'list-item-entry'; planId: string; list: ListPath; itemId: string; field: string; key: string };

export interface DraftRecord {
  op: DraftOp;
  value: string;
  at: number;
}

const PREFIX = 'careertalk:draft:';

export function draftKey(op: DraftOp): string {
  switch (op.kind) {
    case 'plan-field':
      return `${PREFIX}${op.planId}:${op.path}`;
    case 'list-item':
      return `${PREFIX}${op.planId}:${op.list}:${op.itemId}:${op.field}`;
    case 'action-item':
      return `${PREFIX}action:${op.itemId}:${op.field}`;
    case 'list-item-entry':
      return `${PREFIX}${op.planId}:${op.list}:${op.itemId}:${op.field}[${op.key}]`;
  }
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function journalWrite(op: DraftOp, value: string): void {
  try {
    storage()?.setItem(draftKey(op), JSON.stringify({ op, value, at: Date.now() } satisfies DraftRecord));
  } catch {
    // A full localStorage must not stop the real write; the journal is a safety net.
  }
  // The next page to open paints from the snapshot: it must already show this keystroke.
  patchSnapshot(op, value);
}

/**
 * Saved keystrokes this page has not yet seen come back from a database read. A live query's
 * result can be computed before a write lands and delivered after it (results land after the
 * next paint): written into the snapshot as it is, it would take the field back a few
 * keystrokes, and a page opened right then would paint the older text. Until a read shows
 * the saved value (or a few seconds pass), snapshotActivePlan lays it over the read.
 */
const savedUnseen = new Map<string, { op: DraftOp; value: string; savedAt: number }>();
const SAVED_UNSEEN_MS = 10_000;

/**
 * Forget the journal entry, but only if it still holds the value that was saved.
 * `saved: false` when nothing was written (a conflict, the person took the other value).
 */
export function journalSettle(op: DraftOp, value: string, { saved = true }: { saved?: boolean } = {}): void {
  const key = draftKey(op);
  if (saved) savedUnseen.set(key, { op, value, savedAt: Date.now() });
  else savedUnseen.delete(key);
  const store = storage();
  const raw = store?.getItem(key);
  if (!raw) return;
  try {
    if ((JSON.parse(raw) as DraftRecord).value === value) store!.removeItem(key);
  } catch {
    store!.removeItem(key);
  }
}

/** This page's saved values a plan read from the database does not show yet, to lay over it. */
function savedUnseenOver(plan: Plan): [DraftOp, string][] {
  const over: [DraftOp, string][] = [];
  const now = Date.now();
  // Every write stamps the plan: a read stamped after the save landed already holds it, or
  // something newer from another window, which must not be covered up.
  const readAt = Date.parse(plan.updatedAt);
  for (const [key, entry] of savedUnseen) {
    const stored = readOpFromPlan(plan, entry.op);
    if (now - entry.savedAt > SAVED_UNSEEN_MS || stored === entry.value || readAt >= entry.savedAt) savedUnseen.delete(key);
    else if (stored !== undefined) over.push([entry.op, entry.value]); // undefined: another plan, or not in a plan object
  }
  return over;
}

export async function applyDraft(db: CareerTalkDB, op: DraftOp, value: string): Promise<void> {
  switch (op.kind) {
    case 'plan-field':
      return updatePlanFields(db, op.planId, { [op.path]: value });
    case 'list-item': {
      if (op.create) {
        const plan = await getPlan(db, op.planId);
        const path = op.list.split('.');
        let list: unknown = plan;
        for (const part of path) list = (list as Record<string, unknown> | undefined)?.[part];
        if (Array.isArray(list) && !list.some((x: { id: string }) => x.id === op.itemId)) {
          return addListItem(db, op.planId, op.list, { ...op.create, [op.field]: value });
        }
      }
      return updateListItem(db, op.planId, op.list, op.itemId, { [op.field]: value });
    }
    case 'action-item':
      return updateActionItem(db, op.itemId, { [op.field]: value });
    case 'list-item-entry':
      return updateListItemEntry(db, op.planId, op.list, op.itemId, op.field, op.key, value);
  }
}

/**
 * The field changed in the database since this page last saw it (another tab, the popup):
 * the write was not made, so neither edit is lost. `current` is what is stored now.
 */
export class DraftConflictError extends Error {
  constructor(readonly current: string) {
    super('This field was changed in another window.');
    this.name = 'DraftConflictError';
  }
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** What a draft's field holds in the database now; undefined when its plan or item is gone. */
export async function readDraft(db: CareerTalkDB, op: DraftOp): Promise<string | undefined> {
  if (op.kind === 'action-item') {
    const item = await db.actionItems.get(op.itemId);
    return item && asText((item as unknown as Record<string, unknown>)[op.field]);
  }
  const plan = await getPlan(db, op.planId);
  if (!plan) return undefined;
  // A list entry created by this very keystroke holds nothing yet.
  return readOpFromPlan(plan, op) ?? (op.kind === 'list-item' && op.create ? '' : undefined);
}

/**
 * Writes a draft only if its field still holds `expected` (what this page last saw), in one
 * transaction; otherwise throws DraftConflictError with the newer value and writes nothing.
 */
export async function applyDraftIfUnchanged(db: CareerTalkDB, op: DraftOp, value: string, expected: string): Promise<void> {
  await db.transaction('rw', db.plans, db.actionItems, async () => {
    const current = await readDraft(db, op);
    if (current !== undefined && current !== expected && current !== value) throw new DraftConflictError(current);
    await applyDraft(db, op, value);
  });
}

/** Every journalled keystroke not yet confirmed as saved, oldest first. */
function pendingDrafts(store: Storage): [string, DraftRecord][] {
  const records: [string, DraftRecord][] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      records.push([key, JSON.parse(store.getItem(key)!) as DraftRecord]);
    } catch {
      // Unreadable entry: nothing we can replay.
    }
  }
  return records.sort((a, b) => a[1].at - b[1].at);
}

/**
 * Records the active plan as IndexedDB returned it, plus every keystroke still on its way
 * there (and every one saved since that read was made), as the snapshot the next page paints
 * first (see lib/db/snapshot.ts). The journal is newer than the database by definition, so
 * the snapshot never goes back a keystroke.
 */
export function snapshotActivePlan(read: Plan | undefined): void {
  const store = storage();
  if (!read || !store) return saveSnapshot(read);
  // Saved but not yet read back, then still on its way (newer): laid over one copy of the read.
  const over = savedUnseenOver(read);
  for (const [, record] of pendingDrafts(store)) if (record?.op) over.push([record.op, String(record.value ?? '')]);
  if (!over.length) return saveSnapshot(read);
  const copy = structuredClone(read);
  for (const [op, value] of over) applyOpToPlan(copy, op, value);
  saveSnapshot(copy);
}

/** Replays what a closed page did not get to save. Returns how many entries were applied. */
export async function replayJournal(db: CareerTalkDB): Promise<number> {
  const store = storage();
  if (!store) return 0;
  const records = pendingDrafts(store);
  let applied = 0;
  for (const [key, record] of records) {
    try {
      await applyDraft(db, record.op, record.value);
      applied++;
      store.removeItem(key);
    } catch (e) {
      // The plan or item was deleted since: drop the entry. Other failures keep it for next time.
      if (e instanceof PlanGoneError) store.removeItem(key);
    }
  }
  return applied;
}
