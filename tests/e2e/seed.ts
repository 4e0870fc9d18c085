import type { ExtensionSession } from './harness';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan } from '../../lib/plan/types';

/**
 * Writes a plan (and its action items) into the extension's own IndexedDB and makes it the
 * active plan, from the service worker (extension origin) with the raw IndexedDB API: the test
 * never imports Dexie into the browser. If the database does not exist yet, it is created with
 * the same stores and indexes Dexie declares in lib/db/schema.ts (version 2 = IndexedDB 20).
 */
export async function seedPlan(s: ExtensionSession, init: Partial<Plan>, items: Partial<ActionItem>[] = []): Promise<Plan> {
  const plan = newPlan(new Date(), init);
  const actionItems = items.map((item, order) => newActionItem(plan.id, order, item));
  await s.worker.evaluate(
    async ({ plan, actionItems }) => {
      const db: IDBDatabase = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('careertalk');
        req.onupgradeneeded = () => {
          // Fresh profile: nobody opened the database yet. Mirror Dexie's SCHEMA_V2.
          if (req.result.version !== 20) req.transaction!.abort();
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      }).catch(
        () =>
          new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open('careertalk', 20);
            req.onupgradeneeded = () => {
              const d = req.result;
              d.createObjectStore('plans', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
              d.createObjectStore('settings', { keyPath: 'key' });
              const ai = d.createObjectStore('actionItems', { keyPath: 'id' });
              ai.createIndex('planId', 'planId');
              ai.createIndex('[planId+order]', ['planId', 'order']);
              ai.createIndex('[planId+due]', ['planId', 'due']);
              ai.createIndex('due', 'due');
              d.createObjectStore('templates', { keyPath: 'id' }).createIndex('name', 'name');
              const r = d.createObjectStore('reminders', { keyPath: 'id' });
              r.createIndex('planId', 'planId');
              r.createIndex('fireAt', 'fireAt');
            };
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          }),
      );
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['plans', 'settings', 'actionItems'], 'readwrite');
        tx.objectStore('plans').put(plan);
        tx.objectStore('settings').put({ key: 'activePlanId', value: plan.id });
        for (const item of actionItems) tx.objectStore('actionItems').put(item);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { plan, actionItems },
  );
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
