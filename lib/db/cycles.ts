import type { CareerTalkDB } from './schema';
import { PlanGoneError } from './errors';
import { setActivePlan } from './plans';
import type { ActionItem, Id, Plan } from '../plan/types';
import { cycleChain, isFinished, startNextCycle, type CarryChoice } from '../plan/cycles';

/** Thrown when the next cycle was already started from a plan (another tab, a double click). */
export class CycleAlreadyStartedError extends Error {
  constructor(readonly nextPlanId: Id) {
    super('The next cycle was already started from this plan.');
    this.name = 'CycleAlreadyStartedError';
  }
}

/**
 * Starts the next cycle in one transaction: adds the new plan and its carried-over action
 * items, marks the old plan finished and linked (its content and `updatedAt` untouched),
 * and makes the new plan the active one.
 */
export async function startNextCycleFrom(db: CareerTalkDB, planId: Id, choice: CarryChoice = {}, now: Date = new Date()): Promise<Plan> {
  return db.transaction('rw', [db.plans, db.actionItems, db.settings], async () => {
    const old = await db.plans.get(planId);
    if (!old) throw new PlanGoneError();
    if (isFinished(old) && (await db.plans.get(old.cycle!.nextPlanId))) throw new CycleAlreadyStartedError(old.cycle!.nextPlanId);
    const items = await db.actionItems.where('planId').equals(planId).toArray();
    const next = startNextCycle(old, items, choice, now);
    await db.plans.add(next.plan);
    if (next.actionItems.length) await db.actionItems.bulkAdd(next.actionItems);
    await db.plans.update(old.id, { cycle: next.oldCycle });
    await setActivePlan(db, next.plan.id);
    return next.plan;
  });
}

export interface History {
  chain: Plan[];
  itemsByPlan: Map<Id, ActionItem[]>;
}

/** The cycles a plan belongs to and their action items: only those plans are read, link by link. */
export async function loadHistory(db: CareerTalkDB, planId: Id): Promise<History | undefined> {
  return db.transaction('r', db.plans, db.actionItems, async () => {
    const start = await db.plans.get(planId);
    if (!start) return undefined;
    const read = new Map<Id, Plan>([[start.id, start]]);
    // Follow the links both ways, one read per cycle.
    for (const dir of ['previousPlanId', 'nextPlanId'] as const) {
      let p: Plan | undefined = start;
      while (p?.cycle?.[dir] && !read.has(p.cycle[dir]) && read.size < 1000) {
        const id: Id = p.cycle[dir];
        p = await db.plans.get(id);
        if (p) read.set(p.id, p);
      }
    }
    const chain = cycleChain(start, (id) => read.get(id));
    const items = await db.actionItems.where('planId').anyOf(chain.map((p) => p.id)).toArray();
    const itemsByPlan = new Map<Id, ActionItem[]>();
    for (const item of items) itemsByPlan.set(item.planId, [...(itemsByPlan.get(item.planId) ?? []), item]);
    return { chain, itemsByPlan };
  });
}
