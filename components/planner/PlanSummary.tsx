import { isLanguage, LANGUAGE_NAMES, YOU_FORMS } from '@/lib/plan/language';
import type { Plan } from '@/lib/plan/types';
import { t, uiLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/date-format';

/** A value as the one-line summary shows it: a runaway paste is cut (the field itself shows it all). */
const short = (text: string, max = 60) => {
  const s = text.trim().replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

function meetingWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatDate(d, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/**
 * The plan's key facts in one line, for the collapsed Plan details card:
 * "Alex Rivera, Data analyst · Manager: Dana Lee · Northwind · Meeting: Thu, Dec 3, 10:30 (45 min) · Missing: Manager's email".
 */
export function planSummary(plan: Plan): string {
  const parts: string[] = [];
  const me = [plan.myName, plan.currentRole].map((v) => short(v, 40)).filter(Boolean).join(', ');
  if (me) parts.push(me);
  if (plan.managerName.trim()) parts.push(t('plannerDetailsManager', short(plan.managerName, 40)));
  if (plan.company.trim()) parts.push(short(plan.company, 40));
  if (plan.meetingAt) parts.push(t('plannerDetailsMeeting', meetingWhen(plan.meetingAt), plan.meetingMinutes));
  // The email language matters most when it is not the interface's: say it then.
  if (isLanguage(plan.emailLanguage) && plan.emailLanguage !== uiLanguage()) {
    const lang = plan.emailLanguage;
    const form = lang === 'en' ? '' : ` (${YOU_FORMS[lang][plan.formality === 'informal' ? 'informal' : 'formal']})`;
    parts.push(t('plannerDetailsEmails', LANGUAGE_NAMES[lang] + form));
  }
  const missing = [
    [plan.myName, t('plannerYourName')],
    [plan.managerName, t('fieldManagerName')],
    [plan.managerEmail, t('fieldManagerEmail')],
    [plan.company, t('fieldCompany')],
    [plan.meetingAt, t('fieldMeetingDate')],
  ]
    .filter(([value]) => !value.trim())
    .map(([, label]) => label);
  if (missing.length) parts.push(t('plannerDetailsMissing', missing.join(', ')));
  return parts.join(' · ');
}
