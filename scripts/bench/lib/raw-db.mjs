// Writes records straight into the extension's IndexedDB from its service worker (extension
// origin) with the raw IndexedDB API, for tests and benchmarks: nothing imports Dexie into
// the browser. If nobody has opened the database yet, it is created with the stores and
// indexes Dexie declares in lib/db/schema.ts (SCHEMA_V2; Dexie version 2 = IndexedDB 20).
// This is the one mirror of that schema outside lib/db: change both together.

/**
 * @param {import('playwright-core').Worker} worker the extension's service worker
 * @param {{ plans: object[], actionItems?: object[], activePlanId?: string }} records
 */
export async function seedRecords(worker, { plans, actionItems = [], activePlanId }) {
  await worker.evaluate(
    async ({ plans, actionItems, activePlanId }) => {
      const createV2 = (d) => {
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
      const open = (version) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('careertalk', version);
          req.onupgradeneeded = () => (version ? createV2(req.result) : req.transaction.abort());
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      // The existing database at whatever version the extension made it; a fresh one as v2. The
      // extension may create it between the two attempts (VersionError): then open what it made.
      const db = await open(undefined)
        .catch(() => open(20))
        .catch(() => open(undefined));
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['plans', 'settings', 'actionItems'], 'readwrite');
        for (const plan of plans) tx.objectStore('plans').put(plan);
        for (const item of actionItems) tx.objectStore('actionItems').put(item);
        if (activePlanId) tx.objectStore('settings').put({ key: 'activePlanId', value: activePlanId });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { plans, actionItems, activePlanId },
  );
}

/**
 * Every record of the given stores (all stores when none are named), read with the raw
 * IndexedDB API in an extension page or the service worker: what is really stored,
 * with no app code in between.
 * @param {{ evaluate: Function }} target a Playwright Page or Worker of the extension
 * @param {string[]} [stores]
 * @returns {Promise<Record<string, unknown[]>>}
 */
export async function readRecords(target, stores) {
  return target.evaluate(
    (stores) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('careertalk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = stores ?? [...db.objectStoreNames].sort();
          const tx = db.transaction(names);
          const out = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}
