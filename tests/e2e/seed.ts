import type { ExtensionSession } from './harness';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan } from '../../lib/plan/types';
import { seedRecords } from '../../scripts/bench/lib/seed.mjs';

/** Writes a plan (and its action items) into the extension's own IndexedDB and makes it the active plan. */
export async function seedPlan(s: ExtensionSession, init: Partial<Plan>, items: Partial<ActionItem>[] = []): Promise<Plan> {
  const plan = newPlan(new Date(), init);
  const actionItems = items.map((item, order) => newActionItem(plan.id, order, item));
  await seedRecords(s.worker, { plans: [plan], actionItems, activePlanId: plan.id });
  return plan;
}

/** Reads a plan back (to check that an insertion was recorded). */
export async function readPlan(s: ExtensionSession, id: string): Promise<Plan | undefined> {
  return s.worker.evaluate(
    (id) =>
      new Promise<Plan | undefined>((resolve, reject) => {
        const req = indexedDB.open('careertalk');
        req.onsuccess = () => {
          const get = req.result.transaction('plans').objectStore('plans').get(id);
          get.onsuccess = () => {
            resolve(get.result as Plan | undefined);
            req.result.close();
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    id,
  );
}
