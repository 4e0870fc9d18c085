import { TextListEditor } from '@/components/planner/TextListEditor';
import type { CareerTalkDB } from '@/lib/db/schema';
import { t } from '@/lib/i18n';
import type { ActionItem, Plan } from '@/lib/plan/types';
import { stepLine } from './format';

/** The guide's close: read back the takeaways and the next steps, thank the manager, then end. */
export function CloseMeeting(props: { db: CareerTalkDB; plan: Plan; actionItems: ActionItem[]; onBack: () => void; onEnd: () => void }) {
  const { db, plan, actionItems } = props;
  const steps = actionItems.filter((a) => a.text.trim());
  return (
    <section class="card close-meeting" aria-labelledby="close-meeting-title">
      <h2 id="close-meeting-title" tabIndex={-1}>
        {t('meetingModeClose')}
      </h2>
      <p>{t('meetingModeCloseIntro', plan.managerName.trim() || t('stageMeetingYourManager'))}</p>
      <TextListEditor
        db={db}
        planId={plan.id}
        path="meeting.takeaways"
        items={plan.meeting.takeaways}
        title={t('meetingModeReadBackTakeaways')}
        itemName={t('stageMeetingTakeaway')}
        empty={t('stageMeetingTakeawaysEmpty')}
      />
      <h3>{t('meetingModeReadBackSteps')}</h3>
      {steps.length ? (
        <ol class="read-back-steps">
          {steps.map((a) => (
            <li key={a.id}>{stepLine(a, plan)}</li>
          ))}
        </ol>
      ) : (
        <p class="list-empty">{t('meetingModeNextStepsEmpty')}</p>
      )}
      <div class="close-buttons">
        <button type="button" class="primary" onClick={props.onEnd}>
          {t('meetingModeEnd')}
        </button>
        <button type="button" onClick={props.onBack}>
          {t('meetingModeBack')}
        </button>
      </div>
    </section>
  );
}
