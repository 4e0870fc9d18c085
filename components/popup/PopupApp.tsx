import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/lib/db/schema';
import { createPlan, getActivePlan, listActionItems } from '@/lib/db/plans';
import { snapshotActivePlan } from '@/lib/db/draft-journal';
import { readSnapshot } from '@/lib/db/snapshot';
import { planLabel } from '@/lib/plan/factory';
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
import { PopupNextCycle } from '@/components/cycles/PopupNextCycle';
import { SentQuestion } from './SentQuestion';
import './popup.css';
import { managerEmailProblem } from '@/components/common/email-check';
import { t } from '@/lib/i18n';
import { ErrorText } from '@/components/common/ErrorText';

/**
 * The toolbar popup: set up the active plan in two minutes. The first frame paints the
 * active plan from its synchronous snapshot (lib/db/snapshot.ts), without waiting for
 * IndexedDB; the database then confirms it (after the draft journal's replay, so nothing
 * older than what was typed is ever shown) and any field that differs follows, except one
 * being typed in. The plan list loads after that first paint.
 */
export function PopupApp({ ready }: { ready?: Promise<unknown> }) {
  const db = getDb();
  const [snapshot] = useState(readSnapshot);
  const active = useLiveQuery(
    async () => {
      const plan = await getActivePlan(db);
      return { plan, actionItems: plan ? await listActionItems(db, plan.id) : [] };
    },
    [],
    { after: ready },
  );
  const [error, setError] = useState('');
  const confirmed = active.status === 'ready';
  useReminderSync(db, confirmed ? active.value.plan : undefined, confirmed ? active.value.actionItems : []);
  // What the database holds becomes the next opening's first frame.
  useEffect(() => {
    if (confirmed) snapshotActivePlan(active.value.plan);
  }, [active]);
  const shown = confirmed ? active.value.plan : active.status === 'loading' ? snapshot : undefined;
  // For `npm run bench`: the moment the person first sees their plan (or the start screen).
  useEffect(() => {
    if ((shown || confirmed) && !performance.getEntriesByName('careertalk:plan-shown').length) {
      performance.mark('careertalk:plan-shown');
    }
  }, [shown, confirmed]);

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

  if (active.status === 'loading' && !shown) return <main class="popup" aria-busy="true" />;
  if (active.status === 'error') {
    return (
      <main class="popup">
        <h1>{t('popupTitle')}</h1>
        <ErrorText message={describeStorageError(active.error)} />
      </main>
    );
  }

  const plan = shown;
  const actionItems = confirmed ? active.value.actionItems : [];
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
        <PlanSwitcher db={db} activeId={plan.id} activeLabel={planLabel(plan, t('planUntitled'))} onError={setError} />
      </header>
      <ErrorText message={error} />
      <NextStepBanner plan={plan} actionItems={actionItems} onOpen={goPlanner} />
      <PopupNextCycle plan={plan} onOpen={goPlanner} />
      <SentQuestion db={db} plan={plan} />
      <StageProgress plan={plan} />
      <section class="meeting-fields" aria-label={t('popupMeeting')}>
        {/* Every email signs with the person's name, so it is asked for here too. Long values wrap. */}
        <SavingField label={t('plannerYourName')} wrap value={plan.myName} draft={field('myName')} />
        <SavingField label={t('fieldManagerName')} wrap value={plan.managerName} draft={field('managerName')} />
        <SavingField label={t('fieldManagerEmail')} type="email" value={plan.managerEmail} draft={field('managerEmail')} check={managerEmailProblem} />
        <SavingField label={t('fieldCompany')} wrap value={plan.company} draft={field('company')} />
        <SavingField label={t('fieldMeetingDate')} type="datetime-local" value={plan.meetingAt} draft={field('meetingAt')} />
      </section>
      <QuickGoals db={db} plan={plan} />
      {/* The Copy list needs the action items, which only the database has. */}
      {/* Keyed: two unkeyed Deferred siblings could swap instances (and the code they loaded) when one appears. */}
      {confirmed ? (
        <Deferred key="copy" load={() => import('./CopyTemplates').then((m) => m.CopyTemplates)} props={{ db, plan, actionItems }} />
      ) : (
        <div key="copy-placeholder" aria-busy="true" class="deferred-placeholder" />
      )}
      <Deferred key="compose-check" load={() => import('./ComposeCheck').then((m) => m.ComposeCheck)} props={{}} />
      <footer class="popup-footer">
        <button class="primary" onClick={() => goPlanner()}>
          {t('popupOpenPlanner')}
        </button>
      </footer>
    </main>
  );
}
