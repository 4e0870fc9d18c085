import type { CareerTalkDB } from './schema';
import type { EmailChoices, Id } from '../plan/types';
import { applyFix, NO_CHOICES, type Fix } from '../templates/review';
import { PlanGoneError } from './errors';

/**
 * Stores what the person chose in the review of one email (per template id), and applies the
 * one fix that changes plan data instead: a due date picked for an action item.
 */

export function choicesFor(plan: { emailChoices?: Record<string, EmailChoices> } | undefined, templateId: string): EmailChoices {
  return plan?.emailChoices?.[templateId] ?? NO_CHOICES;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function applyEmailFix(db: CareerTalkDB, planId: Id, templateId: string, fix: Fix, due?: string): Promise<void> {
  if (fix.type === 'set-due') {
    if (!due || !ISO_DATE.test(due)) throw new RangeError('A due date looks like 2026-03-20.');
    await db.transaction('rw', db.actionItems, async () => {
      const item = await db.actionItems.get(fix.itemId);
      if (item && item.planId === planId) await db.actionItems.update(item.id, { due });
    });
    return;
  }
  const count = await db.plans
    .where('id')
    .equals(planId)
    .modify((plan) => {
      const all = { ...(plan.emailChoices ?? {}) };
      all[templateId] = applyFix(all[templateId], fix);
      plan.emailChoices = all;
      plan.updatedAt = new Date().toISOString();
    });
  if (!count) throw new PlanGoneError();
}
