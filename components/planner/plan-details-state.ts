import type { PlannerRoute } from './routes';

/**
 * Where the planner shows the Plan details card, and whether it is open.
 * Each page's content decides: the stages that write to the manager or run on the
 * meeting's date need its facts; Career paths and Goals only use the role for examples;
 * History, Templates and Export/import have their own content and no use for the card.
 * - Self-assessment: the start of every plan, and where the next step sends a plan that
 *   lacks its manager or company (lib/plan/progress.ts); the role picks the examples.
 * - Agenda: the meeting request and agenda emails (manager, email, date, length, language).
 * - Meeting: the meeting's date, length and manager.
 * - Recap: the recap email and its 24-hour window from the meeting's date.
 * - Check-ins: the check-in dates count from the meeting's date; the update goes to the manager.
 */
export const PLAN_DETAILS_ROUTES: ReadonlySet<PlannerRoute> = new Set<PlannerRoute>(['self-assessment', 'agenda', 'meeting', 'recap', 'check-ins']);

const KEY = 'careertalk.planDetailsOpen';
const EVENT = 'careertalk:plan-details-open';

/** Remembered across pages and visits on this device (collapsed unless the person opened it). */
export function readPlanDetailsOpen(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberPlanDetailsOpen(open: boolean): void {
  try {
    localStorage.setItem(KEY, open ? '1' : '0');
  } catch {
    // Storage refused (private mode, quota): the card still opens and closes for this page.
  }
}

/** Opens the card (now and on the next pages), e.g. for a new plan whose facts are all still to fill in. */
export function openPlanDetails(): void {
  rememberPlanDetailsOpen(true);
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `onOpen` whenever something asks the card to open. */
export function onPlanDetailsOpen(onOpen: () => void): () => void {
  window.addEventListener(EVENT, onOpen);
  return () => window.removeEventListener(EVENT, onOpen);
}
