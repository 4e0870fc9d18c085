import type { CareerTalkDB } from './schema';
import type { Plan } from '../plan/types';
import { COMPOSE_TARGETS, type ComposeTarget } from '../io/compose-links';

/**
 * The webmail the person opens new drafts in (Gmail, Outlook work/school, Outlook.com,
 * or the default mail app). Remembered when they open a draft from the planner and
 * settable next to the agenda reminder; the agenda reminder's click uses it.
 */
export const COMPOSE_TARGET_KEY = 'composeTarget';

export function isComposeTarget(value: unknown): value is ComposeTarget {
  return COMPOSE_TARGETS.some((t) => t.id === value);
}

/** The stored choice; else the webmail the plan's emails were last inserted in; else Gmail. */
export async function getComposeTarget(db: CareerTalkDB, plan?: Pick<Plan, 'emailsSent'>): Promise<ComposeTarget> {
  const row = await db.settings.get(COMPOSE_TARGET_KEY);
  if (isComposeTarget(row?.value)) return row.value;
  return guessComposeTarget(plan);
}

export function guessComposeTarget(plan?: Pick<Plan, 'emailsSent'>): ComposeTarget {
  const last = [...(plan?.emailsSent ?? [])].reverse().find((e) => e.via === 'gmail' || e.via === 'outlook');
  return last?.via === 'outlook' ? 'outlook' : 'gmail';
}

export async function setComposeTarget(db: CareerTalkDB, target: ComposeTarget): Promise<void> {
  if (!isComposeTarget(target)) throw new Error(`Unknown webmail "${String(target)}"`);
  await db.settings.put({ key: COMPOSE_TARGET_KEY, value: target });
}
