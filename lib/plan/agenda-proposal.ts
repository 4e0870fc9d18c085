import { checkFraming, checkSpecificity, type FramingCategory } from './guidance';
import type { EmailChoices, Goal, Plan } from './types';
import type { Language } from './language';

/**
 * What the guide puts on a career conversation's agenda, taken from the plan: at most four
 * parts (current role, long-term interests, development goals with their concrete requests,
 * the manager's feedback). A goal that talks about pay, promotion or a rating, or that is too
 * vague to act on, is left out unless the person chose to keep it; each goal appears once.
 * Pure data: the planner words it in the UI language, the email view in the email's.
 */

export type GoalFlag = FramingCategory | 'vague';

/** Why a goal should not go to the manager as written (empty when it is fine), read in the goal's language. */
export function goalFlags(goal: Pick<Goal, 'text' | 'request' | 'kind'>, lang: Language = 'en'): GoalFlag[] {
  const flags: GoalFlag[] = [...new Set(checkFraming(`${goal.text}\n${goal.request}`, lang).map((f) => f.category))];
  if (checkSpecificity(goal, lang)) flags.push('vague');
  return flags;
}

export interface AgendaParts {
  role: string;
  vision: string;
  interests: string[];
  /** One line per goal kept: its concrete request, else its text. */
  requests: string[];
  /** Goals left out, with why. */
  leftOut: { goal: Goal; flags: GoalFlag[] }[];
}

/** The words a goal is asked for with: its request, else its text; '' when empty. */
export function goalAsk(goal: Pick<Goal, 'text' | 'request'>): string {
  return (goal.request.trim() || goal.text.trim()).replace(/\s+/g, ' ');
}

export function agendaParts(plan: Pick<Plan, 'currentRole' | 'selfAssessment' | 'goals'>, keep: readonly string[] = [], lang: Language = 'en'): AgendaParts {
  const requests: string[] = [];
  const seen = new Set<string>();
  const leftOut: AgendaParts['leftOut'] = [];
  for (const goal of plan.goals) {
    const ask = goalAsk(goal);
    if (!ask) continue;
    const flags = goalFlags(goal, lang);
    if (flags.length && !keep.includes(goal.id)) {
      leftOut.push({ goal, flags });
      continue;
    }
    const key = ask.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    requests.push(ask);
  }
  return {
    role: plan.currentRole.trim(),
    vision: plan.selfAssessment.vision.replace(/\s+/g, ' ').trim(),
    interests: plan.selfAssessment.interests.map((e) => e.text.replace(/\s+/g, ' ').trim()).filter(Boolean),
    requests,
    leftOut,
  };
}

/**
 * A goal as one email shows it (the review's choices for that email applied), or undefined when
 * the email leaves it out: chosen out, or flagged and not kept. A concrete wording picked in the
 * review replaces the goal's request.
 */
export function goalInEmail(goal: Goal, choices: EmailChoices | undefined, lang: Language = 'en'): { text: string; request: string } | undefined {
  if (choices?.omitGoals.includes(goal.id)) return undefined;
  const replaced = choices?.goalText[goal.id]?.trim();
  if (replaced) return { text: goal.text.trim(), request: replaced };
  if (goalFlags(goal, lang).length && !choices?.keepGoals.includes(goal.id)) return undefined;
  return { text: goal.text.trim(), request: goal.request.trim() };
}

const normalised = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The agenda lines that go out with this email (and the invite): a line the person typed that
 * carries a left-out goal's words ("Pay that reflects my scope: get a raise…") goes with the goal.
 * Only asks of three words or more are matched, so a goal like "Grow" never takes a line with it.
 */
export function agendaWithoutLeftOut<T extends { text: string }>(agenda: T[], goals: Goal[], choices: EmailChoices | undefined, lang: Language = 'en'): T[] {
  const out = goals
    .filter((g) => !goalInEmail(g, choices, lang))
    .map((g) => normalised(goalAsk(g)))
    .filter((ask) => ask.split(' ').length >= 3);
  if (!out.length) return agenda;
  return agenda.filter((a) => !out.some((ask) => normalised(a.text).includes(ask)));
}

/**
 * The plan as the invite (.ics, calendar links) shows it: the agenda without the lines of goals
 * the Agenda email leaves out, following that email's remembered review choices.
 */
export function planForInvite<P extends Pick<Plan, 'agenda' | 'goals' | 'emailChoices'>>(plan: P, lang: Language = 'en'): P {
  return { ...plan, agenda: agendaWithoutLeftOut(plan.agenda, plan.goals, plan.emailChoices?.agenda, lang) };
}
