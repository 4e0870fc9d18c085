import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { UndoProvider } from '@/components/common/UndoToast';
import { describeStorageError } from '@/lib/db/errors';
import { getActivePlan, getPlan, listActionItems } from '@/lib/db/plans';
import { getDb, type CareerTalkDB } from '@/lib/db/schema';
import { t } from '@/lib/i18n';
import { CaptureBox } from './CaptureBox';
import { CloseMeeting } from './CloseMeeting';
import { GoalQuestions } from './GoalQuestions';
import { MeetingBrief } from './MeetingBrief';
import { MeetingTimer } from './MeetingTimer';
import { goToRecap } from './open';
import { useMeetingClock } from './useMeetingClock';
import type { ActionItem, Plan } from '@/lib/plan/types';
import './meeting-mode.css';

function MeetingView({ db, plan, actionItems, small }: { db: CareerTalkDB; plan: Plan; actionItems: ActionItem[]; small: boolean }) {
  const clock = useMeetingClock(plan.id);
  const [closing, setClosing] = useState(false);
  const closeHeading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (closing) closeHeading.current?.querySelector<HTMLElement>('#close-meeting-title')?.focus();
  }, [closing]);
  const manager = plan.managerName.trim() || t('stageMeetingYourManager');
  return (
    <>
      <header class="meeting-mode-header">
        <h1>{t('meetingModeTitle')}</h1>
        <p>{t('meetingModeWith', manager)}</p>
      </header>
      <main class="meeting-mode-main">
        <div class="meeting-mode-now">
          <MeetingTimer plan={plan} clock={clock} />
          {closing ? (
            <div ref={closeHeading}>
              <CloseMeeting
                db={db}
                plan={plan}
                actionItems={actionItems}
                onBack={() => setClosing(false)}
                onEnd={() => {
                  clock.pause();
                  void goToRecap(small);
                }}
              />
            </div>
          ) : (
            <>
              <CaptureBox db={db} plan={plan} actionItems={actionItems} />
              <button type="button" class="primary close-meeting-button" onClick={() => setClosing(true)}>
                {t('meetingModeClose')}
              </button>
            </>
          )}
        </div>
        <div class="meeting-mode-notes">
          <GoalQuestions plan={plan} />
          <MeetingBrief plan={plan} />
        </div>
      </main>
    </>
  );
}

/**
 * Meeting mode: the page (or small window) to keep in view during the conversation.
 * Reads the plan live, so what is added here shows in the planner at once and back.
 */
export function MeetingModeApp({ db = getDb(), planId, small = false }: { db?: CareerTalkDB; planId?: string; small?: boolean }) {
  const data = useLiveQuery(async () => {
    const plan = (planId ? await getPlan(db, planId) : undefined) ?? (await getActivePlan(db));
    return { plan, actionItems: plan ? await listActionItems(db, plan.id) : [] };
  }, [db, planId]);
  return (
    <UndoProvider>
      <div class={`meeting-mode${small ? ' small' : ''}`}>
        {data.status === 'error' && (
          <p class="error" role="alert">
            {describeStorageError(data.error)}
          </p>
        )}
        {data.status === 'ready' && !data.value.plan && (
          <main class="meeting-mode-main">
            <h1>{t('meetingModeTitle')}</h1>
            <p>{t('meetingModeNoPlan')}</p>
            <a href="planner.html">{t('meetingModeOpenPlanner')}</a>
          </main>
        )}
        {data.status === 'ready' && data.value.plan && <MeetingView db={db} plan={data.value.plan} actionItems={data.value.actionItems} small={small} />}
      </div>
    </UndoProvider>
  );
}
