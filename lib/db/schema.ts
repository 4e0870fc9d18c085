import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ActionItem, Plan, Reminder, UserTemplate } from '../plan/types';
import { newPlan } from '../plan/factory';
import { planSummariesMiddleware, summaryOf, type PlanSummary } from './plan-summaries';

export const DB_NAME = 'careertalk';

/** Key-value settings: `activePlanId`, and small flags. */
export interface Setting {
  key: string;
  value: unknown;
}

/**
 * Schema history. Never edit a past version: add a new one with an upgrade.
 *  v1: plans (action items embedded as `plan.actionItems`), settings.
 *  v2: action items move to their own table, indexed by plan and due date, so the
 *      popup can read the next due item without loading every plan; user templates
 *      and reminders tables; every plan gains `reminders` and `notes`.
 *  v3: same tables; every `plan.emailsSent` record gains a `status`. Records written before
 *      v3 only ever meant "inserted into a draft", so they become 'drafted' (the popup then
 *      asks once whether the email went out).
 *  v4: planSummaries, one small row per plan (what a switcher shows), kept in step by
 *      lib/db/plan-summaries.ts, so nothing shown at open reads every whole plan.
 */
export const SCHEMA_V1 = {
  plans: 'id, updatedAt',
  settings: 'key',
};

export const SCHEMA_V2 = {
  plans: 'id, updatedAt',
  settings: 'key',
  actionItems: 'id, planId, [planId+order], [planId+due], due',
  templates: 'id, name',
  reminders: 'id, planId, fireAt',
};

export const SCHEMA_V4 = {
  ...SCHEMA_V2,
  planSummaries: 'id, updatedAt',
};

export class CareerTalkDB extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  actionItems!: EntityTable<ActionItem, 'id'>;
  templates!: EntityTable<UserTemplate, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  planSummaries!: EntityTable<PlanSummary, 'id'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    // No query cache: Dexie's default ('cloned') deep-copies every live query's result on every
    // update (2,000 action items on each change), which cost more than the cache saved. Each
    // result then comes fresh from IndexedDB, so no two readers share (or can mutate) one object.
    super(name, { cache: 'disabled', ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const moved: ActionItem[] = [];
        await tx
          .table('plans')
          .toCollection()
          .modify((raw: Record<string, unknown>) => {
            const defaults = newPlan(new Date(String(raw.createdAt ?? new Date().toISOString())));
            for (const [key, value] of Object.entries(defaults)) {
              if (raw[key] === undefined && key !== 'id') raw[key] = value;
            }
            const embedded = Array.isArray(raw.actionItems) ? (raw.actionItems as Partial<ActionItem>[]) : [];
            embedded.forEach((item, order) => {
              moved.push({
                id: String(item.id ?? crypto.randomUUID()),
                planId: String(raw.id),
                text: String(item.text ?? ''),
                owner: item.owner === 'manager' || item.owner === 'other' ? item.owner : 'me',
                ownerName: String(item.ownerName ?? ''),
                due: String(item.due ?? ''),
                status: item.status === 'done' || item.status === 'in-progress' ? item.status : 'open',
                order,
                createdAt: String(item.createdAt ?? raw.createdAt ?? new Date().toISOString()),
              });
            });
            delete raw.actionItems;
          });
        if (moved.length) await tx.table('actionItems').bulkAdd(moved);
      });
    this.version(3)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('plans')
          .toCollection()
          .modify((raw: Record<string, unknown>) => {
            if (!Array.isArray(raw.emailsSent)) return;
            for (const e of raw.emailsSent as Record<string, unknown>[]) {
              if (e && typeof e === 'object' && e.status !== 'sent' && e.status !== 'drafted') e.status = 'drafted';
            }
          });
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const summaries: PlanSummary[] = [];
        await tx
          .table('plans')
          .toCollection()
          .each((plan: Plan) => {
            summaries.push(summaryOf(plan));
          });
        await tx.table('planSummaries').bulkPut(summaries);
      });
    this.use(planSummariesMiddleware);
  }
}

let shared: CareerTalkDB | undefined;

/** The extension-origin database. Content scripts must never call this (it would be the webmail's IndexedDB). */
export function getDb(): CareerTalkDB {
  shared ??= new CareerTalkDB();
  return shared;
}

/** For tests: use an isolated database instance as the shared one. */
export function setDbForTests(db: CareerTalkDB | undefined): void {
  shared = db;
}
