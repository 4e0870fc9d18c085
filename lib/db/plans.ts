import type { CareerTalkDB } from './schema';
import { PlanGoneError } from './errors';
import type { ActionItem, EmailKind, Id, Plan, SentEmail } from '../plan/types';
import { markSent } from '../plan/emails';
import { newActionItem, newPlan, planLabel } from '../plan/factory';
import { t } from '../i18n';

/**
 * Plan queries and edits. Every edit is a small operation applied inside a
 * read-write transaction (Dexie `update`/`modify`), never a `put` of a whole plan
 * the caller read earlier: the popup and the planner can be open on the same plan
 * at once, and neither may overwrite the other's edits with a stale copy.
 */

export const ACTIVE_PLAN_KEY = 'activePlanId';

/** List fields that hold `{ id }` items, addressed by dotted path inside a plan. */
export type ListPath =
  | 'paths'
  | 'interviews'
  | 'goals'
  | 'agenda'
  | 'checkIns'
  | 'notes'
  | 'meeting.takeaways'
  | 'selfAssessment.strengths'
  | 'selfAssessment.areasToImprove'
  | 'selfAssessment.interests'
  | 'selfAssessment.energizers'
  | 'selfAssessment.underusedSkills';

type WithId = { id: Id };

function getList(plan: Plan, path: ListPath): WithId[] {
  let node: unknown = plan;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  if (!Array.isArray(node)) throw new Error(`Plan field ${path} is not a list`);
  return node as WithId[];
}

export interface PlanSummaryRow {
  id: Id;
  label: string;
  updatedAt: string;
}

export async function getActivePlanId(db: CareerTalkDB): Promise<Id | undefined> {
  const row = await db.settings.get(ACTIVE_PLAN_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function setActivePlan(db: CareerTalkDB, id: Id): Promise<void> {
  await db.settings.put({ key: ACTIVE_PLAN_KEY, value: id });
}

/** The active plan; falls back to the most recently edited one when none is marked active. */
export async function getActivePlan(db: CareerTalkDB): Promise<Plan | undefined> {
  return db.transaction('r', db.plans, db.settings, async () => {
    const id = await getActivePlanId(db);
    const plan = id ? await db.plans.get(id) : undefined;
    return plan ?? (await db.plans.orderBy('updatedAt').last());
  });
}

/** Plans for a switcher, newest first. Reads the small summary rows, never whole plans. */
export async function listPlans(db: CareerTalkDB, limit = 200): Promise<PlanSummaryRow[]> {
  const rows = await db.planSummaries.orderBy('updatedAt').reverse().limit(limit).toArray();
  return rows.map((p) => ({ id: p.id, label: planLabel(p, t('planUntitled')), updatedAt: p.updatedAt }));
}

/**
 * Two plan lists a switcher shows the same way: the same plans, labels and order. A save bumps
 * the edited plan's updatedAt, which re-runs the list's live query on every keystroke; the
 * switcher need not render again for that.
 */
export function sameSwitcherRows(a: readonly PlanSummaryRow[], b: readonly PlanSummaryRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.id === b[i].id && row.label === b[i].label);
}

export async function countPlans(db: CareerTalkDB): Promise<number> {
  return db.plans.count();
}

export async function createPlan(db: CareerTalkDB, init: Partial<Plan> = {}): Promise<Plan> {
  const plan = newPlan(new Date(), init);
  await db.transaction('rw', db.plans, db.settings, async () => {
    await db.plans.add(plan);
    await setActivePlan(db, plan.id);
  });
  return plan;
}

export async function getPlan(db: CareerTalkDB, id: Id): Promise<Plan | undefined> {
  return db.plans.get(id);
}

/**
 * Set top-level or nested scalar fields. Keys may be dotted paths
 * (`'selfAssessment.vision'`, `'meeting.notes'`), so two pages editing different
 * fields of the same plan never clobber each other.
 */
export async function updatePlanFields(db: CareerTalkDB, id: Id, patch: Record<string, unknown>): Promise<void> {
  const changed = await db.plans.update(id, { ...patch, updatedAt: new Date().toISOString() });
  if (!changed) throw new PlanGoneError();
}

async function modifyPlan(db: CareerTalkDB, id: Id, change: (plan: Plan) => void): Promise<void> {
  const count = await db.plans
    .where('id')
    .equals(id)
    .modify((plan) => {
      change(plan);
      plan.updatedAt = new Date().toISOString();
    });
  if (!count) throw new PlanGoneError();
}

export async function addListItem<T extends WithId>(
  db: CareerTalkDB,
  planId: Id,
  path: ListPath,
  item: T,
  index?: number,
): Promise<void> {
  await modifyPlan(db, planId, (plan) => {
    const list = getList(plan, path);
    if (list.some((x) => x.id === item.id)) return;
    list.splice(index ?? list.length, 0, item);
  });
}

export async function updateListItem(
  db: CareerTalkDB,
  planId: Id,
  path: ListPath,
  itemId: Id,
  patch: Record<string, unknown>,
): Promise<void> {
  await modifyPlan(db, planId, (plan) => {
    const item = getList(plan, path).find((x) => x.id === itemId);
    if (item) Object.assign(item, patch);
  });
}

/** Keys that must never be written into a record field (they would reach the prototype). */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Sets one key of a record-valued field of one list item (`checkIns[i].progress[actionItemId]`),
 * leaving the record's other keys as they are stored now. Two pages editing different
 * keys of the same record therefore both keep their edit, which a write of the whole
 * record from either page's copy would not. A missing item is left alone (deleted elsewhere).
 */
export async function updateListItemEntry(
  db: CareerTalkDB,
  planId: Id,
  path: ListPath,
  itemId: Id,
  field: string,
  key: string,
  value: unknown,
): Promise<void> {
  if (UNSAFE_KEYS.has(field) || UNSAFE_KEYS.has(key)) throw new Error(`Cannot store an entry named "${UNSAFE_KEYS.has(key) ? key : field}".`);
  await modifyPlan(db, planId, (plan) => {
    const item = getList(plan, path).find((x) => x.id === itemId) as (WithId & Record<string, unknown>) | undefined;
    if (!item) return;
    const current = item[field];
    const record = current && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    record[key] = value;
    item[field] = record;
  });
}

/** Removes an item and returns it with its index, so the caller can offer Undo. */
export async function removeListItem(
  db: CareerTalkDB,
  planId: Id,
  path: ListPath,
  itemId: Id,
): Promise<{ item: WithId; index: number } | undefined> {
  let removed: { item: WithId; index: number } | undefined;
  await modifyPlan(db, planId, (plan) => {
    const list = getList(plan, path);
    const index = list.findIndex((x) => x.id === itemId);
    if (index >= 0) removed = { item: list.splice(index, 1)[0], index };
  });
  return removed;
}

export async function moveListItem(
  db: CareerTalkDB,
  planId: Id,
  path: ListPath,
  itemId: Id,
  toIndex: number,
): Promise<void> {
  await modifyPlan(db, planId, (plan) => {
    const list = getList(plan, path);
    const from = list.findIndex((x) => x.id === itemId);
    if (from < 0) return;
    const [item] = list.splice(from, 1);
    list.splice(Math.max(0, Math.min(toIndex, list.length)), 0, item);
  });
}

export async function replaceList<T extends WithId>(db: CareerTalkDB, planId: Id, path: ListPath, items: T[]): Promise<void> {
  await modifyPlan(db, planId, (plan) => {
    const list = getList(plan, path);
    list.splice(0, list.length, ...items);
  });
}

/** Records an email written from the plan (usually a 'drafted' one, see lib/plan/emails). */
export async function recordEmail(db: CareerTalkDB, planId: Id, email: SentEmail): Promise<void> {
  await modifyPlan(db, planId, (plan) => {
    plan.emailsSent.push(email);
  });
}

/**
 * Marks an email as sent: the draft a compose reported sending (`draftId`), or the latest
 * draft of a kind the person says they sent. Resolves to false when nothing changed.
 */
export async function recordEmailSent(db: CareerTalkDB, planId: Id, match: { draftId: string } | { kind: EmailKind }): Promise<boolean> {
  let changed = false;
  await modifyPlan(db, planId, (plan) => {
    changed = markSent(plan, match);
  });
  return changed;
}

export async function deletePlan(db: CareerTalkDB, id: Id): Promise<void> {
  await db.transaction('rw', [db.plans, db.actionItems, db.reminders, db.settings], async () => {
    await db.plans.delete(id);
    await db.actionItems.where('planId').equals(id).delete();
    await db.reminders.where('planId').equals(id).delete();
    if ((await getActivePlanId(db)) === id) {
      const next = await db.plans.orderBy('updatedAt').last();
      if (next) await setActivePlan(db, next.id);
      else await db.settings.delete(ACTIVE_PLAN_KEY);
    }
  });
}

// ---- Action items (own table, indexed by [planId+order] and [planId+due]) ----

/** Rows read per request: a plan with 100,000 action items arrives in pieces, none blocking the page for long. */
const ITEMS_PAGE = 2000;

export async function listActionItems(db: CareerTalkDB, planId: Id): Promise<ActionItem[]> {
  const from = (order: number) => db.actionItems.where('[planId+order]').between([planId, order], [planId, Infinity], true, true);
  const items = await from(-Infinity).limit(ITEMS_PAGE).toArray();
  // Each next page starts at the last order read (keys, not offsets: no re-reading what was
  // read); items sharing that order that were already read are skipped.
  let page = items;
  while (page.length === ITEMS_PAGE) {
    const last = items[items.length - 1].order;
    const seen = new Set<Id>();
    for (let i = items.length - 1; i >= 0 && items[i].order === last; i--) seen.add(items[i].id);
    page = await from(last).limit(ITEMS_PAGE + seen.size).toArray();
    const fresh = page.filter((item) => !seen.has(item.id));
    if (!fresh.length) break;
    for (const item of fresh) items.push(item);
    page = fresh.length >= ITEMS_PAGE ? fresh : [];
  }
  return items;
}

/** The earliest open action item with a due date, read straight off the [planId+due] index. */
export async function nextDueActionItem(db: CareerTalkDB, planId: Id): Promise<ActionItem | undefined> {
  return db.actionItems
    .where('[planId+due]')
    .between([planId, '0'], [planId, '\uffff'])
    .filter((item) => item.status !== 'done')
    .first();
}

export async function addActionItem(db: CareerTalkDB, planId: Id, init: Partial<ActionItem> = {}): Promise<ActionItem> {
  return db.transaction('rw', db.actionItems, db.plans, async () => {
    const last = await db.actionItems.where('[planId+order]').between([planId, -Infinity], [planId, Infinity]).last();
    const item = newActionItem(planId, (last?.order ?? -1) + 1, init);
    await db.actionItems.add(item);
    await db.plans.update(planId, { updatedAt: new Date().toISOString() });
    return item;
  });
}

export async function updateActionItem(db: CareerTalkDB, id: Id, patch: Partial<Omit<ActionItem, 'id' | 'planId'>>): Promise<void> {
  // The day an item is marked done is kept, so the history can tell on time from late.
  if (patch.status === undefined) {
    await db.actionItems.update(id, patch);
    return;
  }
  await db.actionItems
    .where('id')
    .equals(id)
    .modify((item) => {
      const wasDone = item.status === 'done';
      Object.assign(item, patch);
      if (item.status !== 'done') delete item.doneAt;
      else if (!wasDone && !patch.doneAt) item.doneAt = new Date().toISOString();
    });
}

export async function removeActionItem(db: CareerTalkDB, id: Id): Promise<ActionItem | undefined> {
  return db.transaction('rw', db.actionItems, async () => {
    const item = await db.actionItems.get(id);
    if (item) await db.actionItems.delete(id);
    return item;
  });
}

/** Puts back an item removed with `removeActionItem` (Undo). */
export async function restoreActionItem(db: CareerTalkDB, item: ActionItem): Promise<void> {
  await db.actionItems.put(item);
}

/** Moves an item to a new position and renumbers the plan's list. */
export async function moveActionItem(db: CareerTalkDB, planId: Id, id: Id, toIndex: number): Promise<void> {
  await db.transaction('rw', db.actionItems, async () => {
    const items = await listActionItems(db, planId);
    const from = items.findIndex((x) => x.id === id);
    if (from < 0) return;
    const [item] = items.splice(from, 1);
    items.splice(Math.max(0, Math.min(toIndex, items.length)), 0, item);
    await Promise.all(items.map((x, order) => (x.order === order ? undefined : db.actionItems.update(x.id, { order }))));
  });
}
