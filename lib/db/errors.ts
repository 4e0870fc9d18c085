import { t } from '../i18n';

/** An edit aimed at a plan that is gone (deleted in another window). */
export class PlanGoneError extends Error {
  constructor() {
    super('This plan no longer exists. It may have been deleted in another window.');
    this.name = 'PlanGoneError';
  }
}

/** Turns a storage failure into a sentence a person can act on. */
export function describeStorageError(error: unknown): string {
  if (error instanceof PlanGoneError) return t('storagePlanGone');
  const name = (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  // Thrown by lib/db/cycles.ts (not imported here: this module is in every page).
  if (name === 'CycleAlreadyStartedError') return t('cycleAlreadyStarted');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return t('storageFull');
  if (name === 'VersionError' || name === 'BlockedError' || name === 'DatabaseClosedError' || /blocked/i.test(message)) {
    return t('storageBlocked');
  }
  return t('storageOther', message);
}
