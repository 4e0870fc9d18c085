import type { EmailKind, EmailStatus, Plan, SentEmail } from './types';

/**
 * Where each email of the conversation stands. Writing an email (inserting it into a
 * draft, copying it, opening a compose link) records it as 'drafted'; only sending it
 * (seen in the compose, or confirmed by the person) makes it 'sent'. Progress, reminders
 * and the export read these, so a draft never counts as sent.
 */

export type EmailState = 'none' | EmailStatus;

type WithEmails = Pick<Plan, 'emailsSent'>;

/** True once an email of this kind was sent. The one question other code should ask. */
export function wasSent(plan: WithEmails, kind: EmailKind): boolean {
  return plan.emailsSent.some((e) => e.kind === kind && e.status === 'sent');
}

/** 'sent' if one was sent, 'drafted' if one was only written, else 'none'. */
export function emailState(plan: WithEmails, kind: EmailKind): EmailState {
  if (wasSent(plan, kind)) return 'sent';
  return plan.emailsSent.some((e) => e.kind === kind) ? 'drafted' : 'none';
}

/** The latest sent email of a kind (for "Recap sent on …"). */
export function lastSent(plan: WithEmails, kind: EmailKind): SentEmail | undefined {
  return plan.emailsSent.filter((e) => e.kind === kind && e.status === 'sent').at(-1);
}

/**
 * The email kind to ask "Did you send it?" about: the latest one written but not sent,
 * when no email of that kind was sent since. The recap comes first (its 24 hours run out).
 */
export function unconfirmedDraft(plan: WithEmails): EmailKind | undefined {
  const kinds: EmailKind[] = ['recap', 'agenda', 'meeting-request', 'check-in'];
  return kinds.find((kind) => emailState(plan, kind) === 'drafted');
}

/** A new 'drafted' record; its random id lets the compose that holds it report the send. */
export function draftRecord(kind: EmailKind, templateId: string, via: string, now: Date = new Date()): SentEmail {
  return { id: crypto.randomUUID(), kind, templateId, at: now.toISOString(), via, status: 'drafted' };
}

/**
 * Marks a draft as sent, in place. With `draftId`, only that draft (a compose reported its
 * Send); without, the latest draft of `kind`, or a new record when none exists (the person
 * confirmed in the popup). Returns false when there was nothing to mark.
 */
export function markSent(plan: WithEmails, match: { draftId: string } | { kind: EmailKind }, now: Date = new Date()): boolean {
  const at = now.toISOString();
  if ('draftId' in match) {
    const draft = plan.emailsSent.find((e) => e.id === match.draftId);
    if (!draft || draft.status === 'sent') return false;
    draft.status = 'sent';
    draft.sentAt = at;
    return true;
  }
  if (wasSent(plan, match.kind)) return false;
  const draft = plan.emailsSent.filter((e) => e.kind === match.kind).at(-1);
  if (draft) {
    draft.status = 'sent';
    draft.sentAt = at;
  } else {
    plan.emailsSent.push({ id: crypto.randomUUID(), kind: match.kind, templateId: match.kind, at, via: 'confirmed', status: 'sent', sentAt: at });
  }
  return true;
}
