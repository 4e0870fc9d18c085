import type { CareerTalkDB } from '@/lib/db/schema';
import type { Plan } from '@/lib/plan/types';
import { agendaReminderAt, agendaWasSent } from '@/lib/background/agenda-reminder';
import { COMPOSE_TARGET_KEY, getComposeTarget, setComposeTarget } from '@/lib/db/compose-choice';
import { COMPOSE_TARGETS, type ComposeTarget } from '@/lib/io/compose-links';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { SelectField } from '@/components/common/SelectField';
import { t } from '@/lib/i18n';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * Where the agenda reminder stands (set for a day, due now, not needed, off) and the
 * webmail its click opens the Agenda draft in.
 */
export function AgendaReminderNote(props: { db: CareerTalkDB; plan: Plan; now?: number }) {
  const { db, plan } = props;
  const now = props.now ?? Date.now();
  const choice = useLiveQuery(() => db.settings.get(COMPOSE_TARGET_KEY).then(() => getComposeTarget(db, plan)), [db, plan.emailsSent.length]);
  const manager = plan.managerName.trim() || t('stageMeetingYourManager');
  const at = agendaReminderAt(plan, now);

  let text: string;
  if (!plan.meetingAt) text = t('agendaReminderNoDate');
  else if (agendaWasSent(plan)) text = t('agendaReminderSent');
  else if (!plan.reminders.enabled) text = t('agendaReminderOff');
  else if (at === undefined) text = t('agendaReminderPast');
  else if (at > now) text = t('agendaReminderSet', when(at), manager);
  else text = t('agendaReminderDueNow', manager);

  return (
    <div class="agenda-reminder-note">
      <p class="help">{text}</p>
      {choice.status === 'ready' && (
        <SelectField<ComposeTarget>
          label={t('agendaReminderWebmail')}
          value={choice.value}
          options={COMPOSE_TARGETS.map((c) => ({ value: c.id, label: c.id === 'mailto' ? t('agendaReminderMailApp') : t(c.labelKey) }))}
          save={(v) => setComposeTarget(db, v)}
        />
      )}
    </div>
  );
}
