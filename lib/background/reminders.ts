import { browser } from 'wxt/browser';
import type { CareerTalkDB } from '../db/schema';
import { getDb } from '../db/schema';
import type { ActionItem, Plan, Reminder } from '../plan/types';
import { desiredReminders, discreetReminderText, reminderText } from './reminder-schedule';
import { discreetNotifications } from '../db/notification-settings';
import { registerNoticeClicks, showNotice } from './notify';
import { getActivePlanId } from '../db/plans';
import { t } from '../i18n';

/**
 * Reminders: the `reminders` table is the truth, rebuilt from the plans on browser start,
 * install/update, a wake that finds the alarms lost, and a periodic alarm; a page re-plans
 * the plan it edits (`syncPlanReminders`).
 * Ids are stable (`planId:kind:ref`), so a rebuild updates rows instead of adding
 * them; a row keeps its `firedAt` while its time is unchanged, so nothing shows twice.
 * Browser alarms only wake the worker at the right moment: each one triggers a sync
 * and fires whatever is due, so a lost or stale alarm can never fire a wrong reminder.
 */

export const ALARM_PREFIX = 'reminder:';
export const SYNC_ALARM = 'reminders:sync';
export const SYNC_EVERY_MINUTES = 30;
/** Chrome caps the number of alarms; the nearest ones get alarms, the periodic sync catches the rest. */
export const MAX_ALARMS = 50;
/** Delay of the rebuild at worker start (see registerReminders). */
const START_SYNC_DELAY_MS = 3000;
/** Fires a reminder whose time is this close, rather than waking again a moment later. */
const EARLY_MS = 60_000;

type AlarmsApi = Pick<typeof browser.alarms, 'getAll' | 'create' | 'clear'>;

/** Reconciles the table with the plans, then the alarms with the table. Returns the rows not yet fired. */
export function syncReminders(db: CareerTalkDB, now = Date.now(), alarms: AlarmsApi = browser.alarms): Promise<Reminder[]> {
  return rebuild(db, now, alarms, { armDue: true });
}

/**
 * armDue: whether a reminder already due gets an alarm (a second from now) that wakes the worker
 * to show it. fireDueReminders shows those itself, so it passes false: an alarm armed there would
 * fire while it is still showing them and start a second full rebuild for nothing.
 */
async function rebuild(db: CareerTalkDB, now: number, alarms: AlarmsApi, { armDue }: { armDue: boolean }): Promise<Reminder[]> {
  // Read and written in slices, each its own short transaction with a pause between: a page's
  // reads are served between slices instead of waiting behind one read of every action item and
  // one write of every reminder (after an import of 50,000 items, the Recap stage took 2.6 s to
  // show while the worker wrote 40,000 rows in one go). A plan edited in between is caught by
  // the next sync, and fireDueReminders re-syncs right before showing.
  const plans = await db.plans.toArray();
  const items = await readInSlices(
    (after) => (after === undefined ? db.actionItems.orderBy(':id') : db.actionItems.where(':id').above(after)).limit(REBUILD_SLICE).toArray(),
    (item) => item.id,
  );
  const desired = desiredRows(plans, items, now);
  const pending: Reminder[] = [];
  for (let i = 0; i < desired.length; i += REBUILD_SLICE) {
    const rows = await db.transaction('rw', db.reminders, async () => {
      const slice = desired.slice(i, i + REBUILD_SLICE);
      return writeRows(db, slice, await db.reminders.bulkGet(slice.map((d) => d.id)));
    });
    for (const r of rows) if (!r.firedAt) pending.push(r);
    await pause();
  }
  // Rows nothing wants any more (a deleted plan or item, a reminder turned off, a date moved).
  const wanted = new Set(desired.map((d) => d.id));
  const keys = await readInSlices(
    (after) => (after === undefined ? db.reminders.orderBy(':id') : db.reminders.where(':id').above(after)).limit(REBUILD_SLICE).primaryKeys(),
    (key) => key,
  );
  const stale = keys.filter((id) => !wanted.has(id));
  for (let i = 0; i < stale.length; i += REBUILD_SLICE) {
    await db.reminders.bulkDelete(stale.slice(i, i + REBUILD_SLICE));
    await pause();
  }
  await syncAlarms(armDue ? pending : pending.filter((r) => r.fireAt > now + EARLY_MS), now, alarms);
  return pending;
}

/** Rows read per request and written per transaction by a full rebuild. */
const REBUILD_SLICE = 1_000;

/** Lets other work reach the database (and the worker's thread) between two slices. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 25));

/**
 * A whole table (or its keys), REBUILD_SLICE rows at a time in primary-key order: `read(after)`
 * reads the slice after key `after` (from the start when undefined), `keyOf` gives a row's key.
 */
async function readInSlices<T>(read: (after: string | undefined) => Promise<T[]>, keyOf: (row: T) => string): Promise<T[]> {
  const out: T[] = [];
  for (let last: string | undefined; ; ) {
    const slice = await read(last);
    for (const row of slice) out.push(row);
    if (slice.length < REBUILD_SLICE) return out;
    last = keyOf(slice[slice.length - 1]);
    await pause();
  }
}

/**
 * The same for one plan, after an edit in a page: reads that plan, its action items and its
 * reminder rows only, so a person with a thousand plans does not pay for all of them each time
 * they change a date (the full rebuild read 20,000 items on the page's main thread). Its alarms
 * take their place among the alarms already set (no read of other plans' rows).
 */
export async function syncPlanReminders(db: CareerTalkDB, planId: string, now = Date.now(), alarms: AlarmsApi = browser.alarms): Promise<void> {
  const [plan, items] = await db.transaction('r', db.plans, db.actionItems, () =>
    Promise.all([db.plans.get(planId), db.actionItems.where('planId').equals(planId).toArray()]),
  );
  const { existing, rows } = await db.transaction('rw', db.reminders, async () => {
    const existing = await db.reminders.where('planId').equals(planId).toArray();
    return { existing, rows: await reconcile(db, plan ? [plan] : [], items, existing, now) };
  });
  const mine = new Set([...existing, ...rows].map((r) => ALARM_PREFIX + r.id));
  await syncPlanAlarms(mine, rows.filter((r) => !r.firedAt), now, alarms);
}

/**
 * One plan's alarms (`mine`: every alarm name its rows had or have) replaced by those of its
 * unfired `rows`, keeping the nearest MAX_ALARMS of all; the periodic sync restores any other
 * plan's alarm dropped to make room.
 */
async function syncPlanAlarms(mine: Set<string>, rows: Reminder[], now: number, alarms: AlarmsApi): Promise<void> {
  const current = [...(await alarms.getAll())].filter((a) => a.name.startsWith(ALARM_PREFIX));
  const others = current.filter((a) => !mine.has(a.name)).map((a) => ({ name: a.name, when: a.scheduledTime }));
  const ours = rows.map((r) => ({ name: ALARM_PREFIX + r.id, when: Math.max(r.fireAt, now + 1000) }));
  const want = new Map([...others, ...ours].sort((a, b) => a.when - b.when).slice(0, MAX_ALARMS).map((a) => [a.name, a.when]));
  await applyAlarms(current, want, now, alarms);
}

/** The reminder rows `plans` and their action items call for. */
function desiredRows(plans: Plan[], items: ActionItem[], now: number): Reminder[] {
  const itemsByPlan = new Map<string, ActionItem[]>();
  for (const item of items) {
    // Linear: push onto the plan's list (copying it per item made 100,000 items take minutes).
    const list = itemsByPlan.get(item.planId);
    if (list) list.push(item);
    else itemsByPlan.set(item.planId, [item]);
  }
  // The browser's zone, read once per rebuild rather than once per plan.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return plans.flatMap((p) => desiredReminders(p, itemsByPlan.get(p.id) ?? [], now, { timeZone }));
}

/**
 * Writes `desired` over the rows stored under the same ids (`before`, read in the same
 * transaction), writing only what changed; returns the rows as now stored.
 */
async function writeRows(db: CareerTalkDB, desired: Reminder[], before: (Reminder | undefined)[]): Promise<Reminder[]> {
  const rows = desired.map((d, i) => {
    const old = before[i];
    // Same moment as before: keep whether it already fired. A new moment re-arms it.
    return old && old.fireAt === d.fireAt && old.firedAt ? { ...d, firedAt: old.firedAt } : d;
  });
  const changed = rows.filter((r, i) => {
    const old = before[i];
    return !old || old.fireAt !== r.fireAt || old.firedAt !== r.firedAt || old.kind !== r.kind;
  });
  if (changed.length) await db.reminders.bulkPut(changed);
  return rows;
}

/** Writes the rows `plans` should have in place of `existing` (their current rows); returns the wanted rows. */
async function reconcile(db: CareerTalkDB, plans: Plan[], items: ActionItem[], existing: Reminder[], now: number): Promise<Reminder[]> {
  const desired = desiredRows(plans, items, now);
  const old = new Map(existing.map((r) => [r.id, r]));
  const rows = await writeRows(db, desired, desired.map((d) => old.get(d.id)));
  const wanted = new Set(rows.map((r) => r.id));
  const stale = existing.filter((r) => !wanted.has(r.id)).map((r) => r.id);
  if (stale.length) await db.reminders.bulkDelete(stale);
  return rows;
}

async function syncAlarms(pending: Reminder[], now: number, alarms: AlarmsApi): Promise<void> {
  const nearest = [...pending].sort((a, b) => a.fireAt - b.fireAt).slice(0, MAX_ALARMS);
  const want = new Map(nearest.map((r) => [ALARM_PREFIX + r.id, Math.max(r.fireAt, now + 1000)]));
  // A copy: clearing while walking the live list some implementations return would skip entries.
  await applyAlarms([...(await alarms.getAll())], want, now, alarms);
}

/** Clears our alarms not wanted, and sets the wanted ones not already set for their moment. */
async function applyAlarms(current: { name: string; scheduledTime: number }[], want: Map<string, number>, now: number, alarms: AlarmsApi): Promise<void> {
  const have = new Map(current.map((a) => [a.name, a.scheduledTime]));
  for (const a of current) {
    if (a.name.startsWith(ALARM_PREFIX) && !want.has(a.name)) await alarms.clear(a.name);
  }
  for (const [name, when] of want) {
    const at = have.get(name);
    // An alarm already set for this moment (or overdue and about to fire) is left alone.
    if (at !== undefined && (at === when || (at <= now + 1000 && when <= now + 1000))) continue;
    await alarms.create(name, { when });
  }
}

/** Individual notifications one run shows at most; the rest are counted in one summary notice. */
export const MAX_NOTICES_PER_RUN = 3;
/** Key of the summary notice: a later summary replaces the earlier one instead of stacking. */
export const MORE_NOTICE_KEY = 'reminders:more';

/**
 * Shows every reminder that is due and not yet shown, marking them first inside one
 * transaction so two wake-ups at once (an alarm and the periodic sync) cannot both show one.
 * Many due at once (a browser closed for a week, an imported archive of plans) would flood the
 * screen and keep the browser busy creating notifications for seconds: the active plan's and
 * then the most recent few are shown, and one summary notice counts the others.
 */
export async function fireDueReminders(db: CareerTalkDB, now = Date.now(), alarms: AlarmsApi = browser.alarms): Promise<Reminder[]> {
  const pending = await rebuild(db, now, alarms, { armDue: false });
  const due = pending.filter((p) => p.fireAt <= now + EARLY_MS);
  if (!due.length) return [];
  const claimed = await db.transaction('rw', db.reminders, async () => {
    const rows = await db.reminders.bulkGet(due.map((r) => r.id));
    const mine = due.filter((r, i) => {
      const row = rows[i];
      return row && !row.firedAt && row.fireAt === r.fireAt;
    });
    await db.reminders.bulkPut(mine.map((r) => ({ ...r, firedAt: now })));
    return mine;
  });
  if (!claimed.length) return [];
  const activeId = await getActivePlanId(db);
  const order = [...claimed].sort((a, b) => Number(b.planId === activeId) - Number(a.planId === activeId) || b.fireAt - a.fireAt);
  const individual = order.length > MAX_NOTICES_PER_RUN ? order.slice(0, MAX_NOTICES_PER_RUN - 1) : order;
  const discreet = await discreetNotifications(db);
  for (const r of individual) {
    const plan = await db.plans.get(r.planId);
    if (!plan) continue;
    const item = r.kind === 'action-due' ? await db.actionItems.get(r.ref) : undefined;
    const text = discreet ? discreetReminderText(r) : reminderText(r, plan, item);
    await showNotice({ key: `reminder:${r.id}`, title: text.title, message: text.message, stage: text.stage, planId: plan.id });
  }
  const rest = order.length - individual.length;
  if (rest > 0) await showNotice({ key: MORE_NOTICE_KEY, title: t('notifyMoreTitle'), message: t('notifyMoreMessage', rest), stage: '' });
  // Only the nearest reminders have alarms (MAX_ALARMS): clear those, not one call per reminder.
  const fired = new Set(claimed.map((r) => ALARM_PREFIX + r.id));
  for (const a of await alarms.getAll()) if (fired.has(a.name)) await alarms.clear(a.name);
  return claimed.map((r) => ({ ...r, firedAt: now }));
}

function run(db: CareerTalkDB, why: string): Promise<void> {
  return fireDueReminders(db).then(
    () => undefined,
    (e) => console.error(`CareerTalk: reminders (${why}) failed`, e),
  );
}

let lastRun: Promise<void> = Promise.resolve();
/** Full rebuilds started in this worker so far (each run is one). */
let runsStarted = 0;
/** Runs one sync at a time in this worker, so overlapping wake-ups queue instead of racing. */
function queue(db: CareerTalkDB, why: string): Promise<void> {
  lastRun = lastRun.then(() => {
    runsStarted++;
    return run(db, why);
  });
  return lastRun;
}

/**
 * Registers listeners synchronously (MV3 requires it). Rebuilds on browser start-up and
 * install/update, and on a wake from idle only when the periodic alarm is gone.
 */
export function registerReminders(dbFor: () => CareerTalkDB = getDb, { startDelayMs = START_SYNC_DELAY_MS } = {}): void {
  registerNoticeClicks(dbFor);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name.startsWith(ALARM_PREFIX)) void queue(dbFor(), alarm.name);
  });
  browser.runtime.onStartup.addListener(() => void queue(dbFor(), 'startup'));
  browser.runtime.onInstalled.addListener(() => void queue(dbFor(), 'installed'));
  // The periodic sync alarm, created only when missing (re-creating it on every wake would keep
  // pushing it back). Missing means alarms were lost (a browser restart can clear them, an update
  // does): then the worker rebuilds once now, as a safety net. While it exists, the table is at
  // most one period old and pages re-plan what they edit, so a wake does not rebuild every plan
  // (with a thousand plans that kept the worker busy a quarter of a second on each popup open).
  const before = runsStarted;
  void browser.alarms.get(SYNC_ALARM).then(async (a) => {
    if (a) return;
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES, delayInMinutes: SYNC_EVERY_MINUTES });
    // The worker usually wakes to answer something (the compose menu, a context-menu click):
    // the safety-net rebuild waits until that is done instead of competing with it. A rebuild
    // started meanwhile (install, browser start, an alarm) already did its job: not a second one,
    // which after a first-run import of 50,000 items kept the pages waiting another second.
    setTimeout(() => {
      if (runsStarted === before) void queue(dbFor(), 'worker start');
    }, startDelayMs);
  });
  // Test hook (end-to-end build only, see wxt.config.ts): the bench and budget tests run the
  // rebuild the worker would run anyway after data is seeded, and wait for it, so what they
  // time is the steady state rather than a rebuild racing the page being measured.
  if (import.meta.env.CAREERTALK_E2E) {
    (globalThis as { __careertalkReminders?: unknown }).__careertalkReminders = { sync: () => queue(dbFor(), 'test') };
  }
}
