import { browser } from 'wxt/browser';
import type { CareerTalkDB } from '../db/schema';
import { listActionItems } from '../db/plans';
import { resolveTemplate } from '../db/templates';
import { getComposeTarget } from '../db/compose-choice';
import { composeLink, type ComposeLink, type ComposeTarget } from '../io/compose-links';
import { t } from '../i18n';
import type { ActionItem, Plan } from '../plan/types';
import { renderTemplate, type TemplateDef } from '../templates';
import { choicesFor } from '../db/email-choices';

/**
 * What a click on the agenda reminder opens: a new draft of the Agenda email, filled
 * from the plan, in the person's webmail of choice. Opening a draft is not sending
 * it, so nothing is recorded here; the reminder has fired and does not repeat.
 */

/** The draft link, or undefined when the agenda cannot go in one link (a template error, a body too long). */
export function agendaDraftLink(
  template: Pick<TemplateDef, 'subject' | 'body'>,
  plan: Plan,
  items: ActionItem[],
  target: ComposeTarget,
  locale?: string,
): ComposeLink | undefined {
  let email;
  try {
    // The choices made in the Agenda email's review (goals kept or left out, dates to agree) hold here too.
    email = renderTemplate(template, plan, items, { locale, choices: choicesFor(plan, 'agenda') });
  } catch {
    return undefined;
  }
  const link = composeLink(target, { to: plan.managerEmail, subject: email.subject, body: email.text, continuedNote: t('composeContinuedNote') });
  // A cut body needs the rest pasted from the clipboard, which a notification click
  // cannot fill: the planner's Agenda stage is the better place then.
  return link.truncated ? undefined : link;
}

/** Opens the Agenda draft in a new tab; false when it could not (the caller opens the planner instead). */
export async function openAgendaDraft(db: CareerTalkDB, planId: string): Promise<boolean> {
  const plan = await db.plans.get(planId);
  if (!plan) return false;
  const [items, template, target] = await Promise.all([listActionItems(db, plan.id), resolveTemplate(db, 'agenda'), getComposeTarget(db, plan)]);
  if (!template) return false;
  const link = agendaDraftLink(template, plan, items, target, typeof navigator !== 'undefined' ? navigator.language : undefined);
  if (!link) return false;
  await browser.tabs.create({ url: link.url });
  return true;
}
