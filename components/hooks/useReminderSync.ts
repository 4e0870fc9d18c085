import { useEffect, useRef } from 'preact/hooks';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { ActionItem, Plan } from '@/lib/plan/types';

const SETTLE_MS = 1500;

/**
 * Re-plans reminders shortly after an edit that moves one (meeting time, an email
 * sent, a check-in, cadence, an action item's due date or status), so a reminder
 * never waits for the background's periodic sync. Alarms work from extension pages.
 */
export function useReminderSync(db: CareerTalkDB, plan: Plan | undefined, items: ActionItem[]): void {
  // Opening a page changes nothing: only edits made while it is open trigger a sync.
  const seen = useRef<string | null>(null);
  const pending = useRef<{ signature: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  // Worked out once per list the database hands over (100,000 items), and after the paint
  // (effects run then): a first render of 2,000 action items does not wait for it.
  const fingerprint = useRef<{ items: ActionItem[]; part: string } | null>(null);
  useEffect(() => () => clearTimeout(pending.current?.timer), []);
  useEffect(() => {
    if (plan && fingerprint.current?.items !== items) fingerprint.current = { items, part: itemsFingerprint(items) };
    const signature = plan
      ? JSON.stringify([
          plan.id,
          plan.meetingAt,
          plan.meetingMinutes,
          plan.emailsSent.map((e) => e.status),
          plan.checkIns.map((c) => c.date),
          plan.reminders,
        ]) + fingerprint.current!.part
      : '';
    // A sync waiting for a signature that no longer holds is dropped (a newer one is planned below).
    if (pending.current && pending.current.signature !== signature) {
      clearTimeout(pending.current.timer);
      pending.current = null;
    }
    if (!signature || !plan) return;
    if (seen.current === null || seen.current === signature) {
      seen.current = signature;
      return;
    }
    seen.current = signature;
    const planId = plan.id;
    const timer = setTimeout(() => {
      pending.current = null;
      // Loaded on first use: opening a page never pays for the reminder code.
      import('@/lib/background/reminders')
        .then(({ syncPlanReminders }) => syncPlanReminders(db, planId))
        .catch(() => {
          // The background re-syncs on its own schedule; an edit must never fail because of this.
        });
    }, SETTLE_MS);
    pending.current = { signature, timer };
  }, [db, plan, items]);
}

/** A short fingerprint of what reminders read from action items (no 100,000-entry JSON string). */
function itemsFingerprint(items: ActionItem[]): string {
  let h = 2166136261;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 0x1f, 16777619);
  };
  for (const item of items) {
    mix(item.id);
    mix(item.due);
    mix(item.status);
  }
  return `${items.length}:${(h >>> 0).toString(36)}`;
}
