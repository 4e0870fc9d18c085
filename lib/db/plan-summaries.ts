import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Plan } from '../plan/types';

/**
 * The `planSummaries` table: for every plan, only what a plan switcher shows (the fields
 * `planLabel` reads, and `updatedAt` to sort by). A switcher reads these small rows instead
 * of whole plans, so listing a thousand plans costs what listing a thousand titles costs.
 *
 * Every writer keeps it in step without knowing about it: a DBCore middleware adds the
 * table to each read-write transaction that includes `plans`, and mirrors every add, put
 * and delete of a plan into it inside that same transaction (all or nothing, like the plan).
 */

export const SUMMARY_TABLE = 'planSummaries';

export type PlanSummary = Pick<Plan, 'id' | 'title' | 'company' | 'meetingAt' | 'createdAt' | 'updatedAt'>;

export function summaryOf(plan: Partial<Plan> & { id: string }): PlanSummary {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id: plan.id,
    title: text(plan.title),
    company: text(plan.company),
    meetingAt: text(plan.meetingAt),
    createdAt: text(plan.createdAt),
    updatedAt: text(plan.updatedAt),
  };
}

/** True when this transaction can write summaries (not an upgrade from before they existed). */
function hasSummaries(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !!names && typeof names.contains === 'function' && names.contains(SUMMARY_TABLE);
}

function mirror(req: DBCoreMutateRequest): DBCoreMutateRequest | undefined {
  switch (req.type) {
    case 'add':
    case 'put':
      // Always a put: a plan re-added after its summary survived must not fail on the summary.
      return { type: 'put', trans: req.trans, values: req.values.map((p) => summaryOf(p as Plan)) };
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

export const planSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CareerTalkPlanSummaries',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('plans') && !stores.includes(SUMMARY_TABLE) ? [...stores, SUMMARY_TABLE] : stores;
        // A database not yet upgraded to summaries has no such store: never ask for it there.
        const known = down.schema.tables.some((t) => t.name === SUMMARY_TABLE);
        return down.transaction(known ? widened : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'plans') return table;
        const summaries = (): DBCoreTable => down.table(SUMMARY_TABLE);
        return {
          ...table,
          async mutate(req) {
            const result = await table.mutate(req);
            if (!hasSummaries(req.trans)) return result;
            const also = mirror(req);
            // Keys that failed to write (e.g. an add of an existing id) keep their old summary.
            if (also && (also.type === 'put') && result.numFailures) {
              const failed = new Set(Object.keys(result.failures).map(Number));
              also.values = also.values.filter((_, i) => !failed.has(i));
            }
            if (also && (also.type !== 'put' || also.values.length)) await summaries().mutate(also);
            return result;
          },
        };
      },
    };
  },
};
