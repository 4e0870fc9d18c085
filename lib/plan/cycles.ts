import type { ActionItem, Goal, Id, Plan, PlanCycle, TextEntry } from './types';
import { newId } from './factory';

/**
 * Cycles: one plan is one career conversation. "Start the next cycle" makes a new plan
 * from the current one, carrying over what is still open, and links the two both ways.
 * Pure: the database code (lib/db/cycles.ts) stores what these functions return.
 */

/** A history longer than this is cut (a guard against a loop in hand-edited links). */
export const MAX_CYCLES = 500;

export function emptyCycle(): PlanCycle {
  return { previousPlanId: '', nextPlanId: '', finishedAt: '', carriedFrom: {} };
}

export function cycleOf(plan: Pick<Plan, 'cycle'>): PlanCycle {
  return { ...emptyCycle(), ...plan.cycle };
}

/** True once the next cycle was started from this plan. */
export function isFinished(plan: Pick<Plan, 'cycle'>): boolean {
  return !!plan.cycle?.nextPlanId;
}

/** What the person decides when starting the next cycle. Anything not named is carried. */
export interface CarryChoice {
  /** Open action items to leave behind (they count as dropped). */
  dropItemIds?: Id[];
  /** Goals reached in this cycle (not carried). */
  reachedGoalIds?: Id[];
  /** Career paths no longer explored (not carried). */
  droppedPathIds?: Id[];
}

export interface NextCycle {
  plan: Plan;
  actionItems: ActionItem[];
  /** The old plan's cycle field, now finished and linked to the new plan. */
  oldCycle: PlanCycle;
}

/**
 * The new plan: the same person, manager and company; the self-assessment as a starting
 * point to revise; the goals not reached, the paths still explored and the action items
 * not done, each with a new id (recorded in `cycle.carriedFrom`). A new conversation
 * starts without a date, agenda, meeting notes, check-ins or emails.
 */
export function startNextCycle(old: Plan, items: ActionItem[], choice: CarryChoice = {}, now: Date = new Date()): NextCycle {
  const iso = now.toISOString();
  const newPlanId = newId();
  const carriedFrom: Record<Id, Id> = {};
  const carry = <T extends { id: Id }>(entry: T): T => {
    const id = newId();
    carriedFrom[id] = entry.id;
    return { ...structuredClone(entry), id };
  };
  const carryEntries = (list: TextEntry[]) => list.filter((e) => e.text.trim()).map(carry);
  const reached = new Set(choice.reachedGoalIds ?? []);
  const droppedPaths = new Set(choice.droppedPathIds ?? []);
  const droppedItems = new Set(choice.dropItemIds ?? []);
  const sa = old.selfAssessment;

  const goals: Goal[] = old.goals.filter((g) => (g.text.trim() || g.request.trim()) && !reached.has(g.id)).map(carry);
  const openItems = items
    .filter((i) => i.planId === old.id && i.status !== 'done' && i.text.trim() && !droppedItems.has(i.id))
    .sort((a, b) => a.order - b.order);
  const actionItems: ActionItem[] = openItems.map((item, order) => {
    const copy = carry(item);
    delete copy.doneAt;
    return { ...copy, planId: newPlanId, order, createdAt: iso };
  });

  const plan: Plan = {
    id: newPlanId,
    title: '',
    createdAt: iso,
    updatedAt: iso,
    myName: old.myName,
    managerName: old.managerName,
    managerEmail: old.managerEmail,
    company: old.company,
    currentRole: old.currentRole,
    meetingAt: '',
    meetingMinutes: old.meetingMinutes,
    selfAssessment: {
      strengths: carryEntries(sa.strengths),
      areasToImprove: carryEntries(sa.areasToImprove),
      interests: carryEntries(sa.interests),
      energizers: carryEntries(sa.energizers),
      underusedSkills: carryEntries(sa.underusedSkills),
      vision: sa.vision,
    },
    paths: old.paths.filter((p) => p.role.trim() && !droppedPaths.has(p.id)).map(carry),
    interviews: [],
    goals,
    agenda: [],
    meeting: { strengthsFeedback: '', growthFeedback: '', opportunities: '', notes: '', takeaways: [] },
    checkIns: [],
    notes: [],
    emailsSent: [],
    reminders: { ...old.reminders },
    // The emails keep the language and form of address the person chose for this manager.
    ...(old.emailLanguage ? { emailLanguage: old.emailLanguage } : {}),
    ...(old.formality ? { formality: old.formality } : {}),
    cycle: { previousPlanId: old.id, nextPlanId: '', finishedAt: '', carriedFrom },
  };
  return { plan, actionItems, oldCycle: { ...cycleOf(old), nextPlanId: newPlanId, finishedAt: iso } };
}

/**
 * The cycles a plan belongs to, oldest first: back along `previousPlanId`, forward along
 * `nextPlanId`. A link to a plan that is missing (deleted) ends the chain there.
 */
export function cycleChain(start: Plan, byId: (id: Id) => Plan | undefined): Plan[] {
  const seen = new Set<Id>([start.id]);
  const before: Plan[] = [];
  for (let p = start; p.cycle?.previousPlanId && before.length < MAX_CYCLES; ) {
    const prev = byId(p.cycle.previousPlanId);
    if (!prev || seen.has(prev.id)) break;
    seen.add(prev.id);
    before.unshift(prev);
    p = prev;
  }
  const after: Plan[] = [];
  for (let p = start; p.cycle?.nextPlanId && after.length < MAX_CYCLES; ) {
    const next = byId(p.cycle.nextPlanId);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    after.push(next);
    p = next;
  }
  return [...before, start, ...after];
}

export type ItemOutcome = 'on-time' | 'late' | 'dropped' | 'carried' | 'open';

/** The ids of `plan`'s entries that the next plan carried over. */
function carriedOn(next: Plan | undefined): Set<Id> {
  return new Set(Object.values(next?.cycle?.carriedFrom ?? {}));
}

/**
 * How an action item ended: done by the end of its due day (or with no due date, or done
 * before this was recorded), done later, carried into the next cycle, left behind when the
 * next cycle started (dropped), or still open in the current cycle.
 */
export function itemOutcome(item: ActionItem, plan: Pick<Plan, 'cycle'>, carried: Set<Id>): ItemOutcome {
  if (item.status === 'done') {
    if (!item.due || !item.doneAt) return 'on-time';
    return localDay(item.doneAt) <= item.due ? 'on-time' : 'late';
  }
  if (!isFinished(plan)) return 'open';
  return carried.has(item.id) ? 'carried' : 'dropped';
}

/** `YYYY-MM-DD` of an instant in local time (the due date is a local calendar day). */
function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface CycleRow {
  planId: Id;
  /** The meeting date (`YYYY-MM-DD`), else the day the plan was created. */
  date: string;
  manager: string;
  goals: string[];
  onTime: number;
  late: number;
  dropped: number;
  carried: number;
  open: number;
  finished: boolean;
}

/** One row per cycle, oldest first. */
export function historyRows(chain: Plan[], itemsByPlan: Map<Id, ActionItem[]>): CycleRow[] {
  return chain.map((plan, i) => {
    const carried = carriedOn(chain[i + 1]);
    const row: CycleRow = {
      planId: plan.id,
      date: (plan.meetingAt || plan.createdAt).slice(0, 10),
      manager: plan.managerName.trim(),
      goals: plan.goals.map((g) => (g.request.trim() || g.text.trim())).filter(Boolean),
      onTime: 0,
      late: 0,
      dropped: 0,
      carried: 0,
      open: 0,
      finished: isFinished(plan),
    };
    for (const item of itemsByPlan.get(plan.id) ?? []) {
      if (!item.text.trim()) continue;
      const outcome = itemOutcome(item, plan, carried);
      if (outcome === 'on-time') row.onTime++;
      else if (outcome === 'late') row.late++;
      else if (outcome === 'dropped') row.dropped++;
      else if (outcome === 'carried') row.carried++;
      else row.open++;
    }
    return row;
  });
}

export type GoalOutcome = 'carried' | 'reached' | 'current';

export interface GoalStep {
  planId: Id;
  date: string;
  goalId: Id;
  text: string;
  request: string;
  outcome: GoalOutcome;
}

/**
 * Every goal's path across the cycles: one list per goal as it last stood, each step the
 * goal in one cycle (its wording then) and what became of it (carried on, reached, or
 * still current). Goals that were carried are followed through their new ids.
 */
export function goalPaths(chain: Plan[]): GoalStep[][] {
  const step = (plan: Plan, g: Goal, outcome: GoalOutcome): GoalStep => ({
    planId: plan.id,
    date: (plan.meetingAt || plan.createdAt).slice(0, 10),
    goalId: g.id,
    text: g.text.trim(),
    request: g.request.trim(),
    outcome,
  });
  const paths: GoalStep[][] = [];
  chain.forEach((plan, i) => {
    const carried = carriedOn(chain[i + 1]);
    for (const goal of plan.goals) {
      if (!goal.text.trim() && !goal.request.trim()) continue;
      if (carried.has(goal.id)) continue; // followed from its later self
      const outcome: GoalOutcome = isFinished(plan) ? 'reached' : 'current';
      const path = [step(plan, goal, outcome)];
      // Walk back through the ids it had in earlier cycles.
      let id = plan.cycle?.carriedFrom[goal.id];
      for (let j = i - 1; j >= 0 && id; j--) {
        const earlier = chain[j].goals.find((g) => g.id === id);
        if (!earlier) break;
        path.unshift(step(chain[j], earlier, 'carried'));
        id = chain[j].cycle?.carriedFrom[earlier.id];
      }
      paths.push(path);
    }
  });
  return paths;
}

/**
 * An import that gave plans or action items new ids (they already existed here) keeps
 * the cycle links of the file's plans pointing at the file's own plans and items.
 */
export function remapCycle(cycle: PlanCycle, planIds: Map<Id, Id>, itemIds: Map<Id, Id>): PlanCycle {
  const plan = (id: Id) => planIds.get(id) ?? id;
  const item = (id: Id) => itemIds.get(id) ?? id;
  return {
    previousPlanId: plan(cycle.previousPlanId),
    nextPlanId: plan(cycle.nextPlanId),
    finishedAt: cycle.finishedAt,
    carriedFrom: Object.fromEntries(Object.entries(cycle.carriedFrom).map(([to, from]) => [item(to), item(from)])),
  };
}
