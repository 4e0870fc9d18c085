import { browser } from 'wxt/browser';
import type { CareerTalkDB } from '../db/schema';
import { setActivePlan } from '../db/plans';
import { openAgendaDraft } from './agenda-compose';
import { refreshSnapshot } from './snapshot-refresh';

/**
 * Notifications shared by the context menus and the reminders. A notification's id
 * carries where a click should lead (`careertalk|<stage>|<planId>|<key>`), so the
 * click handler needs no state that a restarted service worker would have lost.
 * `%` and `|` in a part are percent-encoded, so plan data (an imported id holding `|`) cannot
 * shift the parts: a click always leads where the notification said.
 */

/** A 48 px icon for notifications (Chrome requires one); used when the manifest declares none. */
const FALLBACK_ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAbElEQVR42u3awRGAMAgAQZqxMsu3COzAqA8HcDNz/+wXiG0/onMxHZBFegzIot0CZPEuAdmkmYBsFgAAAMDfAKsHAAAAAAAAANAB8PYjAAAAAAAAAMYqAABzAXZkFQDt16wjFt0jTg1cq3zVCag27tyLF3CHAAAAAElFTkSuQmCC';

function iconUrl(): string {
  let icons: Record<string, string> | undefined;
  try {
    icons = (browser.runtime.getManifest() as { icons?: Record<string, string> }).icons;
  } catch {
    icons = undefined; // no manifest (unit tests)
  }
  const best = icons?.['128'] ?? icons?.['48'] ?? Object.values(icons ?? {})[0];
  return best ? browser.runtime.getURL(best.startsWith('/') ? (best as '/') : (`/${best}` as '/')) : FALLBACK_ICON;
}

export interface NoticeOptions {
  /** Distinguishes notifications; the same key replaces the earlier one. */
  key: string;
  title: string;
  message: string;
  /** Planner stage a click opens ('' for the planner's start). */
  stage?: string;
  /** Plan a click makes active. */
  planId?: string;
}

const PREFIX = 'careertalk|';

export function noticeId(o: Pick<NoticeOptions, 'key' | 'stage' | 'planId'>): string {
  const part = (s: string) => s.replace(/[%|]/g, encodeURIComponent);
  return PREFIX + [o.stage ?? '', o.planId ?? '', o.key].map(part).join('|');
}

export function parseNoticeId(id: string): { stage: string; planId: string; key: string } | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const parts = id.slice(PREFIX.length).split('|');
  if (parts.length !== 3) return undefined;
  try {
    const [stage, planId, key] = parts.map(decodeURIComponent);
    return { stage, planId, key };
  } catch {
    return undefined; // not one of ours after all (malformed escapes)
  }
}

export async function showNotice(o: NoticeOptions): Promise<string> {
  const id = noticeId(o);
  await browser.notifications.create(id, { type: 'basic', iconUrl: iconUrl(), title: o.title, message: o.message });
  return id;
}

/** Opens the planner in a new tab at a stage (`planner.html#recap`). */
export async function openPlanner(stage = ''): Promise<void> {
  const safe = /^[a-z-]{0,40}$/.test(stage) ? stage : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/planner.html${safe ? `#${safe}` : ''}` as '/planner.html') });
}

/** What a click on one of our notifications does: make its plan active and open its stage. */
export async function handleNoticeClick(db: CareerTalkDB, id: string): Promise<boolean> {
  const parsed = parseNoticeId(id);
  if (!parsed) return false;
  if (parsed.planId && (await db.plans.get(parsed.planId))) {
    await setActivePlan(db, parsed.planId);
    // The planner about to open paints the active plan first from the snapshot: the new one.
    await refreshSnapshot(db);
  }
  // The agenda reminder opens the Agenda email itself, ready to send; the planner when it cannot.
  const agendaDraft = parsed.planId && parsed.key === `reminder:${parsed.planId}:agenda:` ? await openAgendaDraft(db, parsed.planId) : false;
  if (!agendaDraft) await openPlanner(parsed.stage);
  await browser.notifications.clear(id);
  return true;
}

let clicksRegistered = false;

/** Registers the click listener once, synchronously at service-worker start. */
export function registerNoticeClicks(getDb: () => CareerTalkDB): void {
  if (clicksRegistered) return;
  clicksRegistered = true;
  browser.notifications.onClicked.addListener((id) => {
    void handleNoticeClick(getDb(), id).catch((e) => console.error('CareerTalk: notification click failed', e));
  });
}

/** For tests: allows registering again after the fake browser was reset. */
export function resetNoticeClicksForTests(): void {
  clicksRegistered = false;
}
