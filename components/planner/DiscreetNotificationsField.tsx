import { CheckboxField } from '@/components/common/CheckboxField';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { discreetNotifications, setDiscreetNotifications } from '@/lib/db/notification-settings';
import type { CareerTalkDB } from '@/lib/db/schema';
import { t } from '@/lib/i18n';

/** The discreet-reminders setting (on by default: see lib/db/notification-settings.ts). */
export function DiscreetNotificationsField({ db }: { db: CareerTalkDB }) {
  const state = useLiveQuery(() => discreetNotifications(db), [db]);
  if (state.status !== 'ready') return null;
  return <CheckboxField label={t('notifyDiscreetLabel')} help={t('notifyDiscreetHelp')} checked={state.value} save={(on) => setDiscreetNotifications(db, on)} />;
}
