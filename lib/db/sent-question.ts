import type { CareerTalkDB } from './schema';
import type { EmailKind, Id, Plan } from '../plan/types';
import { unconfirmedDraft } from '../plan/emails';
import { recordEmailSent } from './plans';

/**
 * The popup's "Did you send the recap?": asked once per draft. Answering "Not yet" remembers
 * that draft's id, so the question comes back only for a newer draft (the recap reminder
 * keeps running meanwhile); "Yes" marks it sent.
 */

const DISMISSED_KEY = 'sentQuestionDismissed';

export interface SentQuestion {
  kind: EmailKind;
  draftKey: string;
}

/** The question to ask for this plan now, if any. */
export async function sentQuestion(db: CareerTalkDB, plan: Plan): Promise<SentQuestion | undefined> {
  const kind = unconfirmedDraft(plan);
  if (!kind) return undefined;
  const draft = plan.emailsSent.filter((e) => e.kind === kind).at(-1)!;
  // Drafts from before schema v3 have no id: their time and kind identify them.
  const draftKey = `${plan.id}:${draft.id ?? `${draft.kind}@${draft.at}`}`;
  const dismissed = (await db.settings.get(DISMISSED_KEY))?.value;
  return dismissed === draftKey ? undefined : { kind, draftKey };
}

export async function answerSentQuestion(db: CareerTalkDB, planId: Id, question: SentQuestion, sent: boolean): Promise<void> {
  if (sent) await recordEmailSent(db, planId, { kind: question.kind });
  else await db.settings.put({ key: DISMISSED_KEY, value: question.draftKey });
}
