import type { ExtensionSession } from './harness';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan } from '../../lib/plan/types';
import { readRecords, seedRecords } from '../../scripts/bench/lib/raw-db.mjs';

/** Writes a plan (and its action items) into the extension's own IndexedDB and makes it the active plan. */
export async function seedPlan(s: ExtensionSession, init: Partial<Plan>, items: Partial<ActionItem>[] = []): Promise<Plan> {
  const plan = newPlan(new Date(), init);
  const actionItems = items.map((item, order) => newActionItem(plan.id, order, item));
  await seedRecords(s.worker, { plans: [plan], actionItems, activePlanId: plan.id });
  return plan;
}

/** Reads a plan back (to check that an insertion was recorded). */
export async function readPlan(s: ExtensionSession, id: string): Promise<Plan | undefined> {
  return (await readRecords(s.worker, ['plans'])).plans.find((p: Plan) => p.id === id);
}
