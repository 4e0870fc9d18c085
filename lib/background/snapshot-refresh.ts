import { browser } from 'wxt/browser';
import type { CareerTalkDB } from '../db/schema';
import { getActivePlan } from '../db/plans';
import { snapshotActivePlan } from '../db/draft-journal';
import { readSnapshot } from '../db/snapshot';
import type { Plan } from '../plan/types';
import { ensureOffscreen, offscreenApi } from './offscreen';

/**
 * The popup and the planner paint the active plan first from a snapshot in the extension's
 * localStorage (lib/db/snapshot.ts). Pages keep it in step with what they read and type; the
 * background's own writes (an email recorded as drafted or sent, a selection saved from the
 * context menu, a notification making another plan active) must too, or the next page would
 * first paint the plan as it was. Chrome's service worker has no localStorage: it hands the
 * plan to the offscreen document, which writes it. Firefox's background page writes it itself.
 */

export const OFFSCREEN_SNAPSHOT = 'careertalk:offscreen-snapshot';

export interface OffscreenSnapshotMessage {
  type: typeof OFFSCREEN_SNAPSHOT;
  /** The active plan as the database holds it now; null when there is no plan. */
  plan: Plan | null;
}

export function isOffscreenSnapshotMessage(raw: unknown): raw is OffscreenSnapshotMessage {
  const m = raw as Partial<OffscreenSnapshotMessage> | null;
  if (!m || m.type !== OFFSCREEN_SNAPSHOT) return false;
  const plan = m.plan as Partial<Plan> | null | undefined;
  return plan === null || (!!plan && typeof plan === 'object' && typeof plan.id === 'string' && typeof plan.updatedAt === 'string');
}

/** Writes the snapshot from the background's read, unless a page has meanwhile saved a newer read of the same plan. */
export function applySnapshotRefresh(plan: Plan | undefined): void {
  const current = readSnapshot();
  if (plan && current?.id === plan.id && typeof current.updatedAt === 'string' && current.updatedAt > plan.updatedAt) return;
  snapshotActivePlan(plan);
}

/**
 * Call after a background write to a plan (or to which plan is active). Never throws: the
 * snapshot is only a head start, and a page corrects it from the database anyway.
 */
export async function refreshSnapshot(db: CareerTalkDB): Promise<void> {
  try {
    const plan = await getActivePlan(db);
    const offscreen = offscreenApi();
    if (!offscreen) {
      if (typeof localStorage !== 'undefined') applySnapshotRefresh(plan);
      return;
    }
    await ensureOffscreen(offscreen);
    const message: OffscreenSnapshotMessage = { type: OFFSCREEN_SNAPSHOT, plan: plan ?? null };
    await browser.runtime.sendMessage(message);
  } catch (e) {
    console.warn('CareerTalk: could not refresh the plan snapshot', e);
  }
}
