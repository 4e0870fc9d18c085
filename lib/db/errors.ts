/** Turns a storage failure into a sentence a person can act on. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'Your browser is out of storage space, so this change could not be saved. Free some space (or export and delete old plans); what you typed is still here and will be saved when you edit again.';
  }
  if (name === 'VersionError' || name === 'BlockedError' || name === 'DatabaseClosedError' || /blocked/i.test(message)) {
    return 'CareerTalk was updated while another CareerTalk tab was open. Close the other tabs and reopen this page; what you typed is kept here until then.';
  }
  if (/no longer exists/.test(message)) return message;
  return `Could not save: ${message}. What you typed is still here; try again.`;
}
