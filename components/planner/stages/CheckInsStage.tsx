import { CheckboxField } from '@/components/common/CheckboxField';
import { ListEditor } from '@/components/common/ListEditor';
import { NumberField } from '@/components/common/NumberField';
import { SavingField } from '@/components/common/SavingField';
import { statuses } from './RecapStage';
import { updatePlanFields } from '@/lib/db/plans';
import { nextCheckInAt } from '@/lib/plan/deadlines';
import { formatDate } from '@/lib/date-format';
import { newId } from '@/lib/plan/factory';
import type { CheckIn } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import type { StageProps } from '../stage-props';
import { StageFrame } from './StageFrame';
import { CheckInProgress } from './CheckInProgress';
import { t } from '@/lib/i18n';
import { DiscreetNotificationsField } from '@/components/planner/DiscreetNotificationsField';

/** Today as `YYYY-MM-DD` in local time. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Stage 7: keep the plan alive with regular progress notes. */
export function CheckInsStage({ db, plan, actionItems }: StageProps) {
  const checkIns = planListOps(db, plan.id, 'checkIns', (): CheckIn => ({ id: newId(), date: today(), notes: '', progress: {} }));
  const next = nextCheckInAt(plan);


  return (
    <StageFrame
      id="check-ins"
      title={t('stageCheckInsTitle')}
      intro={<p>{t('stageCheckInsIntro')}</p>}
    >
      <div class="card">
        <p class="deadline" data-next-check-in={next ? next.toISOString() : ''}>
          {next
            ? t('stageCheckInsNext', formatDate(next, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }))
            : t('stageCheckInsNoMeeting')}
        </p>
      </div>
      <div class="card">
        <ListEditor
          title={t('stageCheckInsLog')}
          itemName={t('stageCheckInsItem')}
          variant="cards"
          items={plan.checkIns}
          rowDeps={[actionItems]}
          empty={t('stageCheckInsEmpty')}
          describe={(c) => (c.date ? `${c.date} ${c.notes}` : c.notes)}
          onAdd={checkIns.onAdd}
          onMove={checkIns.onMove}
          onRemove={checkIns.onRemove}
          renderItem={(c, _i, label) => (
            <>
              <SavingField label={t('stageCheckInsDateLabel', label)} type="date" value={c.date} draft={checkIns.draft(c.id, 'date')} />
              {actionItems.length > 0 && (
                <CheckInProgress
                  db={db}
                  checkIn={c}
                  checkInLabel={label}
                  actionItems={actionItems}
                  draftEntry={(actionItemId) => checkIns.draftEntry(c.id, 'progress', actionItemId)}
                  statuses={statuses()}
                />
              )}
              <SavingField label={t('stageCheckInsNotes')} multiline value={c.notes} draft={checkIns.draft(c.id, 'notes')} />
            </>
          )}
        />
      </div>
      {/* How often and whether to be reminded: after the log, which is what this page is for. */}
      <div class="card">
        <div class="two-col">
          <NumberField
            label={t('stageCheckInsEveryDays')}
            unit={t('stageCheckInsUnitDays')}
            min={1}
            max={365}
            value={plan.reminders.checkInEveryDays}
            save={(n) => updatePlanFields(db, plan.id, { 'reminders.checkInEveryDays': n })}
          />
          <CheckboxField
            label={t('stageCheckInsRemind')}
            checked={plan.reminders.enabled}
            save={(on) => updatePlanFields(db, plan.id, { 'reminders.enabled': on })}
          />
        </div>
        <DiscreetNotificationsField db={db} />
      </div>
    </StageFrame>
  );
}
