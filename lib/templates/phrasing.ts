import type { ActionItem } from '../plan/types';

/**
 * Action items are written the way the guide's recap puts them: by owner.
 * "I will …", "You will …" (the manager reads the email), "Priya will …".
 */

/** "Research the AWS exam." -> "research the AWS exam"; keeps acronyms and names that are not sentence-initial words. */
export function asClause(text: string): string {
  let t = text.trim().replace(/[.!;,\s]+$/, '');
  // People often type the owner themselves ("I will ask…", "Will ask…"): don't double it.
  t = t.replace(/^(?:(?:i|you|we|they|he|she)\s+will|(?:i|you|we|they|he|she)['’]ll|will)\s+/i, '');
  // Lower-case an ordinary capitalised first word ("Research"), not "AWS", "I" or "iOS".
  const first = /^([A-Z])([a-z]+)\b/.exec(t);
  if (first) t = first[1].toLowerCase() + t.slice(1);
  return t;
}

export function ownerSubject(item: Pick<ActionItem, 'owner' | 'ownerName'>, nameFallback: string): string {
  if (item.owner === 'me') return 'I';
  if (item.owner === 'manager') return 'You';
  return item.ownerName.trim() || nameFallback;
}

/** The owner's name as a third person sees it (for lists that are not addressed to the manager). */
export function ownerLabel(item: Pick<ActionItem, 'owner' | 'ownerName'>, managerName: string, nameFallback: string): string {
  if (item.owner === 'me') return 'Me';
  if (item.owner === 'manager') return managerName || 'My manager';
  return item.ownerName.trim() || nameFallback;
}

export const STATUS_LABELS: Record<ActionItem['status'], string> = {
  open: 'not started yet',
  'in-progress': 'in progress',
  done: 'done',
};
