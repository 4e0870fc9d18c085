import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/lib/db/schema';
import { createPlan, getActivePlan, listActionItems } from '@/lib/db/plans';
import { describeStorageError } from '@/lib/db/errors';
import { openPlanner } from '@/lib/pages';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { useReminderSync } from '@/components/hooks/useReminderSync';
import { SavingField } from '@/components/common/SavingField';
import { Deferred } from '@/components/common/Deferred';
import { PlanSwitcher } from './PlanSwitcher';
import { StageProgress } from './StageProgress';
import { QuickGoals } from './QuickGoals';
import { NextStepBanner } from './NextStepBanner';
import { SentQuestion } from './SentQuestion';
import './popup.css';
import { t } from '@/lib/i18n';
import { ErrorText } from '@/components/common/ErrorText';

/**
 * The toolbar popup: set up the active plan in two minutes. The active plan is read
 * first and alone (the plan list loads after), so the popup shows data at once even
 * with a thousand plans.
 */
export function PopupApp() {
  const db = getDb();
  const active = useLiveQuery(async () => {
    const plan = await getActivePlan(db);
    return { plan, actionItems: plan ? await listActionItems(db, plan.id) : [] };
  }, []);
  const [error, setError] = useState('');
  useReminderSync(db, active.status === 'ready' ? active.value.plan : undefined, active.status === 'ready' ? active.value.actionItems : []);
  // For `npm run bench`: the moment the person first sees their plan (or the start screen).
  useEffect(() => {
    if (active.status === 'ready' && !performance.getEntriesByName('careertalk:plan-shown').length) {
      performance.mark('careertalk:plan-shown');
    }
  }, [active.status]);

  const startPlan = async () => {
    try {
      await createPlan(db);
      setError('');
    } catch (e) {
      setError(describeStorageError(e));
    }
  };

  const goPlanner = async (stage?: string) => {
    await openPlanner(stage);
    window.close();
  };

  if (active.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (active.status === 'error') {
    return (
      <main class="popup">
        <h1>{t('popupTitle')}</h1>
        <ErrorText message={describeStorageError(active.error)} />
      </main>
    );
  }

  const { plan, actionItems } = active.value;
  if (!plan) {
    return (
      <main class="popup">
        <h1>{t('popupTitle')}</h1>
        <p>{t('popupIntro')}</p>
        <button class="primary" onClick={startPlan}>
          {t('popupStartPlan')}
        </button>
        <ErrorText message={error} />
      </main>
    );
  }

  const field = (path: string) => ({ kind: 'plan-field' as const, planId: plan.id, path });
  return (
    <main class="popup" data-plan-id={plan.id}>
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <PlanSwitcher db={db} activeId={plan.id} onError={setError} />
      </header>
      <ErrorText message={error} />
      <NextStepBanner plan={plan} actionItems={actionItems} onOpen={goPlanner} />
      <SentQuestion db={db} plan={plan} />
      <StageProgress plan={plan} />
      <section class="meeting-fields" aria-label={t('popupMeeting')}>
        <SavingField label={t('fieldManagerName')} value={plan.managerName} draft={field('managerName')} />
        <SavingField label={t('fieldManagerEmail')} type="email" value={plan.managerEmail} draft={field('managerEmail')} />
        <SavingField label={t('fieldCompany')} value={plan.company} draft={field('company')} />
        <SavingField label={t('fieldMeetingDate')} type="datetime-local" value={plan.meetingAt} draft={field('meetingAt')} />
      </section>
      <QuickGoals db={db} plan={plan} />
      <Deferred load={() => import('./CopyTemplates').then((m) => m.CopyTemplates)} props={{ db, plan, actionItems }} />
      <Deferred load={() => import('./ComposeCheck').then((m) => m.ComposeCheck)} props={{}} />
      <footer class="popup-footer">
        <button class="primary" onClick={() => goPlanner()}>
          {t('popupOpenPlanner')}
        </button>
      </footer>
    </main>
  );
}
