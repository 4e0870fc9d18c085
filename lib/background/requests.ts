import { browser } from 'wxt/browser';
import { forLanguage } from '../templates/user-templates';
import { emailLanguageOf } from '../templates/render';
import { templateErrorText } from '../template-errors';
import { templateName } from '../template-names';
import type { CareerTalkDB } from '../db/schema';
import { getDb } from '../db/schema';
import { getActivePlan, listActionItems, recordEmail, recordEmailSent } from '../db/plans';
import { draftRecord } from '../plan/emails';
import { applyEmailFix, choicesFor } from '../db/email-choices';
import { reviewRendered, wordedReview } from '../email-review';
import { syncPlanReminders } from './reminders';
import { refreshSnapshot } from './snapshot-refresh';
import { parseRequest, type ErrorResponse, type Request, type TemplateMenuItem } from '../messaging';
import type { ActionItem, Plan } from '../plan/types';
import { allTemplates, resolveTemplate } from '../db/templates';
import { renderTemplate } from '../templates';
import { managerAddress } from '../plan/email-address';
import { t, uiLanguage } from '../i18n';

/**
 * Answers requests from the webmail content scripts and extension pages. Content
 * scripts can't open our IndexedDB (theirs is the webmail's), so the background
 * reads the active plan and renders here. A message is answered only when it
 * comes from this extension and from one of our pages or a supported webmail, and
 * only after `parseRequest` accepted its shape; anything else is ignored.
 */

export interface RequestSender {
  id?: string;
  url?: string;
}

/** Webmail origins our content scripts run on. */
const WEBMAIL_ORIGINS = new Set([
  'https://mail.google.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
]);

export function isTrustedSender(sender: RequestSender | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  const ownPages = browser.runtime.getURL('/');
  if (sender.url.startsWith(ownPages)) return true;
  try {
    return WEBMAIL_ORIGINS.has(new URL(sender.url).origin);
  } catch {
    return false;
  }
}

async function activePlanWithItems(db: CareerTalkDB): Promise<{ plan: Plan | undefined; items: ActionItem[] }> {
  const plan = await getActivePlan(db);
  return { plan, items: plan ? await listActionItems(db, plan.id) : [] };
}

function locale(): string | undefined {
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

function fail(error: string): ErrorResponse {
  return { ok: false, error };
}

async function answer(db: CareerTalkDB, request: Request): Promise<unknown> {
  switch (request.type) {
    case 'templates:list': {
      const { plan, items } = await activePlanWithItems(db);
      // Own templates written for another language are not offered for this plan's emails.
      const templates = forLanguage(await allTemplates(db), emailLanguageOf(plan, { defaultLanguage: uiLanguage(), locale: locale() }));
      const menu: TemplateMenuItem[] = templates.map((tpl) => {
        let missing: string[] = [];
        try {
          missing = renderTemplate(tpl, plan, items, { locale: locale() }).missing;
        } catch {
          // A stored template always validated when saved; if it no longer does, rendering it reports the error.
        }
        return { id: tpl.id, name: templateName(tpl), kind: tpl.kind, missing };
      });
      return { ok: true, hasPlan: !!plan, items: menu };
    }
    case 'templates:render': {
      const tpl = await resolveTemplate(db, request.templateId);
      if (!tpl) return fail(t('webmailTemplateGoneDeleted'));
      const { plan, items } = await activePlanWithItems(db);
      const choices = choicesFor(plan, tpl.id);
      const lang = emailLanguageOf(plan, { locale: locale() });
      // A compose that already has a signature gets a sign-off without the name (no doubling).
      const r = renderTemplate(tpl, plan, items, { locale: locale(), choices, signOffName: !request.signature });
      // An email to someone else (an informational interview) never gets the manager as recipient.
      const to = tpl.toManager === false ? '' : managerAddress(plan);
      return { ok: true, subject: r.subject, html: r.html, text: r.text, to, missing: r.missing, review: wordedReview(reviewRendered(r, plan, items, choices, lang)) };
    }
    case 'email:inserted': {
      const tpl = await resolveTemplate(db, request.templateId);
      if (!tpl) return fail(t('webmailTemplateGone'));
      const plan = await getActivePlan(db);
      if (!plan) return fail(t('webmailNoPlanToRecord'));
      // Only the four kinds of email count towards the plan's progress; inserting is a draft, not a send.
      if (!tpl.kind) return { ok: true };
      const draft = draftRecord(tpl.kind, tpl.id, request.via);
      await recordEmail(db, plan.id, draft);
      await refreshSnapshot(db);
      return { ok: true, draft: { planId: plan.id, draftId: draft.id! } };
    }
    case 'email:sent': {
      // Only a draft id we handed out matches; anything else changes nothing.
      if (await recordEmailSent(db, request.planId, { draftId: request.draftId })) {
        await refreshSnapshot(db);
        // The recap reminder stops now, not at the next periodic sync.
        await syncPlanReminders(db, request.planId).catch(() => undefined);
      }
      return { ok: true };
    }
    case 'email:fix': {
      const plan = await getActivePlan(db);
      if (!plan) return fail(t('webmailNoPlanToRecord'));
      if (!(await resolveTemplate(db, request.templateId))) return fail(t('webmailTemplateGone'));
      await applyEmailFix(db, plan.id, request.templateId, request.fix, request.due);
      return { ok: true };
    }
    case 'open:planner': {
      const url = browser.runtime.getURL('/planner.html') + (request.stage ? `#${request.stage}` : '');
      await browser.tabs.create({ url });
      return { ok: true };
    }
  }
}

/**
 * The pure handler: undefined when the message is not for us (untrusted sender or
 * malformed), else the response. Errors become `{ ok: false, error }`.
 */
export async function handleRequest(db: CareerTalkDB, raw: unknown, sender: RequestSender | undefined): Promise<unknown> {
  if (!isTrustedSender(sender)) return undefined;
  const request = parseRequest(raw);
  if (!request) return undefined;
  try {
    return await answer(db, request);
  } catch (e) {
    return fail(templateErrorText(e));
  }
}

export function registerRequestHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: RequestSender) => {
    // Returning undefined (not a promise) leaves the message to other listeners.
    if (!isTrustedSender(sender) || !parseRequest(message)) return undefined;
    return handleRequest(getDb(), message, sender);
  });
}
