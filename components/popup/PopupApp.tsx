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
 * The Copy list's code, fetched once. Asked for right after the first paint, while the database
 * still reads the plan's action items, so the list does not wait for one and then the other.
 */
let copyTemplates: Promise<typeof import('./CopyTemplates').CopyTemplates> | undefined;
const loadCopyTemplates = () => (copyTemplates ??= import('./CopyTemplates').then((m) => m.CopyTemplates));

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
  useEffect(() => void loadCopyTemplates().catch(() => undefined), []);
  // The plan and its action items are separate live queries, as in the planner: a keystroke's
  // save re-reads the plan, not 2,000 action items with it.
  const active = useLiveQuery(() => getActivePlan(db), [], { after: ready });
  const [error, setError] = useState('');
  const confirmed = active.status === 'ready';
  const shown = confirmed ? active.value : active.status === 'loading' ? snapshot : undefined;
  // Keyed by the plan shown (the snapshot's at first), so the items are read alongside the plan.
  const planId = shown?.id;
  const items = useLiveQuery(async () => ({ planId, items: planId ? await listActionItems(db, planId) : [] }), [planId], { after: ready });
  const itemsReady = items.status === 'ready' && items.value.planId === planId;
  const actionItems = itemsReady ? items.value.items : [];
  useReminderSync(db, confirmed && itemsReady ? active.value : undefined, actionItems);
  // What the database holds becomes the next opening's first frame.
  useEffect(() => {
    if (confirmed) snapshotActivePlan(active.value);
  }, [active]);
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
      <ErrorText message={error || (items.status === 'error' ? describeStorageError(items.error) : '')} />
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
      {/* Listed once the plan is confirmed; the reviews (and a Copy) use the action items once read. */}
      {/* Keyed: two unkeyed Deferred siblings could swap instances (and the code they loaded) when one appears. */}
      {confirmed ? (
        <Deferred key="copy" load={loadCopyTemplates} props={{ db, plan, actionItems, itemsLoading: !itemsReady }} />
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
