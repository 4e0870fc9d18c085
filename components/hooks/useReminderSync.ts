import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { ActionItem, Plan } from '@/lib/plan/types';

const SETTLE_MS = 1500;

/**
 * Re-plans reminders shortly after an edit that moves one (meeting time, an email
 * sent, a check-in, cadence, an action item's due date or status), so a reminder
 * never waits for the background's periodic sync. Alarms work from extension pages.
 */
export function useReminderSync(db: CareerTalkDB, plan: Plan | undefined, items: ActionItem[]): void {
  // Worked out once per list the database hands over, not on every render (100,000 items).
  const itemsPart = useMemo(() => itemsFingerprint(items), [items]);
  const signature = plan
    ? JSON.stringify([
        plan.id,
        plan.meetingAt,
        plan.meetingMinutes,
        plan.emailsSent.map((e) => e.status),
        plan.checkIns.map((c) => c.date),
        plan.reminders,
      ]) + itemsPart
    : '';
  // Opening a page changes nothing: only edits made while it is open trigger a sync.
  const seen = useRef<string | null>(null);
  const planId = plan?.id;
  useEffect(() => {
    if (!signature || !planId) return;
    if (seen.current === null || seen.current === signature) {
      seen.current = signature;
      return;
    }
    seen.current = signature;
    const timer = setTimeout(() => {
      // Loaded on first use: opening a page never pays for the reminder code.
      import('@/lib/background/reminders')
        .then(({ syncPlanReminders }) => syncPlanReminders(db, planId))
        .catch(() => {
          // The background re-syncs on its own schedule; an edit must never fail because of this.
        });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [db, signature, planId]);
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
