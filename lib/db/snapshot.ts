import type { Plan } from '../plan/types';
import type { DraftOp } from './draft-journal';

/**
 * A synchronous copy of the active plan in the extension's localStorage, so the popup
 * (and the planner) can paint the person's plan in their very first frame, before
 * IndexedDB has even opened. IndexedDB stays the truth: every page that reads the active
 * plan from it writes the snapshot back (`saveSnapshot`), and every keystroke patches it
 * the moment it is journalled (`patchSnapshot`), so the copy is as new as anything typed.
 *
 * Only small plans are kept: a plan whose JSON is over SNAPSHOT_MAX_CHARS is not
 * snapshotted (the page then waits for IndexedDB as before). Writers without localStorage
 * (the service worker: "sent" emails, context-menu captures) leave it older than the
 * database; the page corrects it from IndexedDB a moment later, field by field, without
 * touching a field the person is typing in.
 */

export const SNAPSHOT_KEY = 'careertalk:active-plan-snapshot';
export const SNAPSHOT_MAX_CHARS = 48_000;
const VERSION = 1;

interface Stored {
  v: number;
  plan: Plan;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The snapshotted active plan, or undefined when there is none (or it is unreadable). */
export function readSnapshot(): Plan | undefined {
  try {
    const raw = storage()?.getItem(SNAPSHOT_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Stored;
    if (parsed?.v !== VERSION || !parsed.plan || typeof parsed.plan.id !== 'string') return undefined;
    return parsed.plan;
  } catch {
    return undefined;
  }
}

/** Records what IndexedDB holds as the active plan (or forgets it: no plan, or too big). */
export function saveSnapshot(plan: Plan | undefined): void {
  const store = storage();
  if (!store) return;
  try {
    const raw = plan ? JSON.stringify({ v: VERSION, plan } satisfies Stored) : '';
    if (raw && raw.length <= SNAPSHOT_MAX_CHARS) {
      if (store.getItem(SNAPSHOT_KEY) !== raw) store.setItem(SNAPSHOT_KEY, raw);
    } else store.removeItem(SNAPSHOT_KEY);
  } catch {
    // A full localStorage: the snapshot is only a head start. Drop it rather than keep a stale one.
    try {
      store.removeItem(SNAPSHOT_KEY);
    } catch {
      // nothing more to do
    }
  }
}

/** Forgets the snapshot (e.g. the active plan changed in a way we cannot mirror here). */
export function clearSnapshot(): void {
  try {
    storage()?.removeItem(SNAPSHOT_KEY);
  } catch {
    // nothing to do
  }
}

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function walk(plan: Plan, path: string): Record<string, unknown> | unknown[] | undefined {
  let node: unknown = plan;
  for (const part of path.split('.')) {
    if (UNSAFE.has(part) || !node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/**
 * Applies one journalled keystroke to a plan copy, as `applyDraft` will apply it to the
 * database. Returns false when the op is not about this plan's own record (action items
 * live in their own table and are not snapshotted).
 */
export function applyOpToPlan(plan: Plan, op: DraftOp, value: string): boolean {
  if (op.kind === 'action-item' || op.planId !== plan.id) return false;
  if (op.kind === 'plan-field') {
    const parts = op.path.split('.');
    const last = parts.pop()!;
    const parent = parts.length ? walk(plan, parts.join('.')) : (plan as unknown as Record<string, unknown>);
    if (!parent || Array.isArray(parent) || UNSAFE.has(last)) return false;
    parent[last] = value;
    return true;
  }
  const list = walk(plan, op.list);
  if (!Array.isArray(list) || UNSAFE.has(op.field)) return false;
  let item = list.find((x) => (x as { id?: string })?.id === op.itemId) as Record<string, unknown> | undefined;
  if (!item) {
    if (op.kind !== 'list-item' || !op.create) return false;
    item = { ...op.create };
    list.push(item);
  }
  if (op.kind === 'list-item') item[op.field] = value;
  else {
    if (UNSAFE.has(op.key)) return false;
    const current = item[op.field];
    const record = current && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    record[op.key] = value;
    item[op.field] = record;
  }
  return true;
}

/** What a draft's field holds in a plan object ('' when nothing); undefined when the plan does not hold it (another plan, an action item, a missing list entry). */
export function readOpFromPlan(plan: Plan, op: DraftOp): string | undefined {
  if (op.kind === 'action-item' || op.planId !== plan.id) return undefined;
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  if (op.kind === 'plan-field') {
    const parts = op.path.split('.');
    const last = parts.pop()!;
    const parent = parts.length ? walk(plan, parts.join('.')) : (plan as unknown as Record<string, unknown>);
    return parent && !Array.isArray(parent) && !UNSAFE.has(last) ? text(parent[last]) : ''; // nothing stored there
  }
  const list = walk(plan, op.list);
  const item = Array.isArray(list) ? (list.find((x) => (x as { id?: string })?.id === op.itemId) as Record<string, unknown> | undefined) : undefined;
  if (!item) return undefined;
  if (op.kind === 'list-item') return text(item[op.field]);
  const record = item[op.field];
  return record && typeof record === 'object' && !Array.isArray(record) ? text((record as Record<string, unknown>)[op.key]) : '';
}

/** Mirrors a keystroke into the snapshot at once (called where the keystroke is journalled). */
export function patchSnapshot(op: DraftOp, value: string): void {
  const plan = readSnapshot();
  if (plan && applyOpToPlan(plan, op, value)) saveSnapshot(plan);
}
