import type { ActionItem, Plan, Reminder, ReminderKind } from '../plan/types';
import { meetingEnd, meetingStart, nextCheckInAt, recapDueAt, recapReminderAt, wasSent } from '../plan/deadlines';
import { planLabel } from '../plan/factory';
import type { StageId } from '../plan/progress';
import { t } from '../i18n';
import { agendaReminderAt, type AgendaReminderOptions } from './agenda-reminder';

/**
 * Which reminders a plan should have right now. Pure: the service worker turns
 * these into rows of the `reminders` table and browser alarms (see reminders.ts).
 *
 * - agenda: two working days before the meeting while the Agenda email is not sent (agenda-reminder.ts);
 * - recap: a few hours after the meeting, while the 24-hour window is open and no recap was sent;
 * - check-in: when the next check-in is due (cadence per plan), once a meeting was set;
 * - action-due: on the morning an open action item is due (for a few days after, if missed).
 * A plan with reminders turned off has none.
 */

const DAY = 86_400_000;
/** An action item's reminder still shows if the browser was closed on its due day, but not forever. */
export const ACTION_REMINDER_GRACE_DAYS = 3;
/** Hour of the morning a dated reminder fires (local time). */
export const MORNING_HOUR = 9;

export function reminderId(planId: string, kind: ReminderKind, ref = ''): string {
  return `${planId}:${kind}:${ref}`;
}

export function desiredReminders(plan: Plan, items: ActionItem[], now: number, options: AgendaReminderOptions = {}): Reminder[] {
  if (plan.reminders && plan.reminders.enabled === false) return [];
  const out: Reminder[] = [];

  const agendaAt = agendaReminderAt(plan, now, options);
  if (agendaAt !== undefined) out.push({ id: reminderId(plan.id, 'agenda'), planId: plan.id, kind: 'agenda', ref: '', fireAt: agendaAt });

  const due = recapDueAt(plan);
  const remindAt = recapReminderAt(plan);
  if (due && remindAt && !wasSent(plan, 'recap') && now < due.getTime()) {
    out.push({ id: reminderId(plan.id, 'recap'), planId: plan.id, kind: 'recap', ref: '', fireAt: remindAt.getTime() });
  }

  if (meetingStart(plan) || plan.checkIns.length) {
    const next = nextCheckInAt(plan);
    if (next) out.push({ id: reminderId(plan.id, 'check-in'), planId: plan.id, kind: 'check-in', ref: '', fireAt: next.getTime() });
  }

  for (const item of items) {
    if (item.planId !== plan.id || item.status === 'done' || !item.text.trim()) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(item.due);
    if (!m) continue;
    const fireAt = new Date(+m[1], +m[2] - 1, +m[3], MORNING_HOUR, 0).getTime();
    if (Number.isNaN(fireAt) || now > fireAt + ACTION_REMINDER_GRACE_DAYS * DAY) continue;
    out.push({ id: reminderId(plan.id, 'action-due', item.id), planId: plan.id, kind: 'action-due', ref: item.id, fireAt });
  }
  return out;
}

export interface ReminderText {
  title: string;
  message: string;
  stage: StageId;
}

const time = (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
const dayTime = (d: Date) => d.toLocaleString(undefined, { weekday: 'long', hour: '2-digit', minute: '2-digit' });
const day = (iso: string) => new Date(`${iso}T12:00`).toLocaleDateString(undefined, { weekday: 'long', month: 'short', day: 'numeric' });

/** The words of a reminder, written when it fires so they reflect the plan as it is then. */
export function reminderText(reminder: Reminder, plan: Plan, item: ActionItem | undefined): ReminderText {
  const manager = plan.managerName.trim() || t('notifyYourManager');
  const label = planLabel(plan, t('planUntitled'));
  switch (reminder.kind) {
    case 'agenda': {
      const start = meetingStart(plan);
      return {
        title: t('notifyAgendaTitle'),
        message: start ? t('notifyAgendaMessage', manager, dayTime(start)) : t('notifyAgendaGeneric', manager),
        stage: 'agenda',
      };
    }
    case 'recap': {
      const end = meetingEnd(plan);
      const due = recapDueAt(plan);
      return {
        title: t('notifyRecapTitle'),
        message:
          `${end ? t('notifyRecapMeetingEnded', manager, time(end)) : t('notifyRecapMeeting', manager)} ` +
          (due ? t('notifyRecapSendBefore', dayTime(due)) : t('notifyRecapSendWithin')),
        stage: 'recap',
      };
    }
    case 'check-in':
      return {
        title: t('notifyCheckInTitle'),
        message: t('notifyCheckInMessage', plan.reminders?.checkInEveryDays || 21, manager, label),
        stage: 'check-ins',
      };
    case 'action-due': {
      const who = !item ? '' : item.owner === 'me' ? t('notifyOwnerYou') : item.owner === 'manager' ? manager : item.ownerName.trim() || t('notifyOwnerSomeone');
      return {
        title: t('notifyActionDueTitle'),
        message: item ? t('notifyActionDueMessage', item.text.trim(), who, day(item.due)) : t('notifyActionDueGeneric'),
        stage: 'check-ins',
      };
    }
  }
}

/** The same reminder without names or plan text (the discreet setting, on by default). */
export function discreetReminderText(reminder: Reminder): ReminderText {
  switch (reminder.kind) {
    case 'agenda':
      return { title: t('notifyDiscreetTitle'), message: t('notifyDiscreetAgenda'), stage: 'agenda' };
    case 'recap':
      return { title: t('notifyDiscreetTitle'), message: t('notifyDiscreetRecap'), stage: 'recap' };
    case 'check-in':
      return { title: t('notifyDiscreetTitle'), message: t('notifyDiscreetCheckIn'), stage: 'check-ins' };
    case 'action-due':
      return { title: t('notifyDiscreetTitle'), message: t('notifyDiscreetActionDue'), stage: 'check-ins' };
  }
}
