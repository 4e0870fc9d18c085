/**
 * A one-click fix from the review of an email (see review.ts), and its validation for messages
 * from the webmail page. Kept apart so the content scripts do not bundle the review itself.
 */

export type Fix =
  | { type: 'omit-goal'; goalId: string }
  | { type: 'keep-goal'; goalId: string }
  | { type: 'replace-goal'; goalId: string; text: string }
  | { type: 'undated-agree' }
  | { type: 'set-due'; itemId: string }
  | { type: 'keep-as-is'; findingId: string };

/** Validates a fix that arrived in a message (the webmail page is hostile). */
export function parseFix(raw: unknown): Fix | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const f = raw as Record<string, unknown>;
  const id = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  switch (f.type) {
    case 'omit-goal':
    case 'keep-goal':
      return id(f.goalId) ? { type: f.type, goalId: f.goalId as string } : undefined;
    case 'replace-goal':
      return id(f.goalId) && typeof f.text === 'string' && f.text.trim() && f.text.length <= 300 ? { type: 'replace-goal', goalId: f.goalId as string, text: f.text } : undefined;
    case 'undated-agree':
      return { type: 'undated-agree' };
    case 'set-due':
      return id(f.itemId) ? { type: 'set-due', itemId: f.itemId as string } : undefined;
    case 'keep-as-is':
      return id(f.findingId) ? { type: 'keep-as-is', findingId: f.findingId as string } : undefined;
  }
  return undefined;
}
