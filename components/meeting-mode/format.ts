import { t } from '@/lib/i18n';
import type { ActionItem, IsoDate, Plan } from '@/lib/plan/types';

/** '2026-12-11' → "Fri, Dec 11, 2026" in the browser's language (a calendar day: no time zone shift). */
export function formatDay(iso: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return new Date(+m[1], +m[2] - 1, +m[3]).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** Who does a next step, as the person reads it back: "Me", the manager's name, or the person named. */
export function ownerName(item: Pick<ActionItem, 'owner' | 'ownerName'>, plan: Plan): string {
  if (item.owner === 'me') return t('meetingModeOwnerMe');
  if (item.owner === 'manager') return plan.managerName.trim() || t('stageMeetingYourManager');
  return item.ownerName.trim() || t('meetingModeOwnerOther');
}

/** "Dana: introduce me to Marco, by Tue, Dec 8, 2026". */
export function stepLine(item: ActionItem, plan: Plan): string {
  const who = ownerName(item, plan);
  return item.due ? t('meetingModeStepDue', who, item.text.trim(), formatDay(item.due)) : t('meetingModeStepNoDate', who, item.text.trim());
}

/** Today on the person's calendar, `YYYY-MM-DD`. */
export function localToday(now = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
