import type { WebmailAdapter } from './adapter';
import { setInputValue } from './adapter';
import { select, targetRange, type CaretMemory } from './caret';
import { draftTarget, ownDraftRange, type DraftPlacement } from './draft';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  to: string;
}

export type InsertResult = { ok: true } | { ok: false; reason: 'no-body' | 'editor-refused' };

/**
 * Writes a rendered email into one compose window:
 *  1. works out the target (caret, or top of the body) before anything moves focus;
 *  2. fills an empty subject and an empty To (never overwrites what the person wrote, and a
 *     reply keeps its "Re:" thread subject);
 *  3. inserts the body last, through the editor's input path, so the body edit is the most
 *     recent undo step and Ctrl+Z removes exactly the insertion.
 * When the body cannot be found nothing is touched. `how` (the person's answer when the draft had
 * text of their own, see draft-choice.ts) replaces that text or goes below it instead of the caret.
 */
export async function insertIntoCompose(
  adapter: WebmailAdapter,
  compose: HTMLElement,
  email: RenderedEmail,
  memory: CaretMemory,
  how?: DraftPlacement,
): Promise<InsertResult> {
  const body = adapter.findBody(compose);
  if (!body) return { ok: false, reason: 'no-body' };
  const target = targetRange(body, adapter, memory);

  const subject = adapter.findSubject(compose);
  if (subject && !subject.value.trim() && email.subject.trim()) setInputValue(subject, email.subject);
  if (email.to.trim() && adapter.toIsEmpty(compose)) await adapter.fillTo(compose, email.to.trim());

  // Filling To may have re-rendered parts of the compose: re-check the body is still ours.
  const liveBody = body.isConnected ? body : adapter.findBody(compose);
  if (!liveBody) return { ok: false, reason: 'no-body' };
  const own = how ? ownDraftRange(liveBody, (n) => adapter.isProtected(n, liveBody)) : null;
  const draft = how && own ? draftTarget(own, how, email.html) : null;
  select(liveBody, draft?.range ?? (liveBody === body && body.contains(target.startContainer) ? target : targetRange(liveBody, adapter, memory)));
  const ok = await adapter.insertHtml(liveBody, draft?.html ?? email.html, email.text);
  return ok ? { ok: true } : { ok: false, reason: 'editor-refused' };
}
