// Writes records straight into the extension's IndexedDB from its service worker (extension
// origin) with the raw IndexedDB API, for tests and benchmarks: nothing imports Dexie into
// the browser. If nobody has opened the database yet, it is created with the stores and
// indexes Dexie declares in lib/db/schema.ts (SCHEMA_V4; Dexie version 4 = IndexedDB 40).
// This is the one mirror of that schema outside lib/db: change both together. Each plan's
// summary row (lib/db/plan-summaries.ts) is written with it, as the app's writers do.

/**
 * @param {{ evaluate: Function }} worker the extension's service worker, or (Firefox) an extension page
 * @param {{ plans: object[], actionItems?: object[], activePlanId?: string, templates?: object[] }} records
 * @param {{ settle?: boolean }} [options] settle: then run and wait for the reminders rebuild (settleReminders)
 */
export async function seedRecords(worker, { plans, actionItems = [], activePlanId, templates = [] }, { settle = false } = {}) {
  await worker.evaluate(
    async ({ plans, actionItems, activePlanId, templates }) => {
      const createV4 = (d) => {
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
        d.createObjectStore('planSummaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      };
      const summary = (p) => ({ id: p.id, title: p.title ?? '', company: p.company ?? '', meetingAt: p.meetingAt ?? '', createdAt: p.createdAt ?? '', updatedAt: p.updatedAt ?? '' });
      const open = (version) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('careertalk', version);
          req.onupgradeneeded = () => (version ? createV4(req.result) : req.transaction.abort());
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      // The existing database at whatever version the extension made it; a fresh one as v4. The
      // extension may create it between the two attempts (VersionError): then open what it made.
      const db = await open(undefined)
        .catch(() => open(40))
        .catch(() => open(undefined));
      const withSummaries = db.objectStoreNames.contains('planSummaries');
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['plans', 'settings', 'actionItems', 'templates', ...(withSummaries ? ['planSummaries'] : [])], 'readwrite');
        for (const plan of plans) tx.objectStore('plans').put(plan);
        if (withSummaries) for (const plan of plans) tx.objectStore('planSummaries').put(summary(plan));
        for (const item of actionItems) tx.objectStore('actionItems').put(item);
        for (const template of templates) tx.objectStore('templates').put(template);
        if (activePlanId) tx.objectStore('settings').put({ key: 'activePlanId', value: activePlanId });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { plans, actionItems, activePlanId, templates },
  );
  if (settle) await settleReminders(worker);
}

/**
 * The extension rebuilds its reminders from the plans (at worker start, after an import): in
 * the test build, run that rebuild now and wait for it, so what a benchmark times later is the
 * steady state rather than the rebuild of freshly written data racing the page being measured.
 * @param {{ evaluate: Function }} worker the extension's service worker
 */
export async function settleReminders(worker) {
  await worker.evaluate(() => globalThis.__careertalkReminders?.sync());
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
