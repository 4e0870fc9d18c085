import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { RecapReady } from '@/components/recap/RecapReady';
import { addActionItem, moveActionItem, removeActionItem, restoreActionItem, updateActionItem } from '@/lib/db/plans';
import { recapDueAt, recapState } from '@/lib/plan/deadlines';
import { lastSent } from '@/lib/plan/emails';
import { formatDate } from '@/lib/date-format';
import type { ActionItem, ActionStatus, OwnerKind, Plan } from '@/lib/plan/types';
import type { StageProps } from '../stage-props';
import { StageFrame } from './StageFrame';
import { t } from '@/lib/i18n';
import { tNodes } from '@/components/common/i18n-nodes';

/** Who does an action item, labelled in the person's language (looked up when shown). */
export const owners = (): { value: OwnerKind; label: string }[] => [
  { value: 'me', label: t('stageRecapOwnerMe') },
  { value: 'manager', label: t('stageRecapOwnerManager') },
  { value: 'other', label: t('stageRecapOwnerOther') },
];

export const statuses = (): { value: ActionStatus; label: string }[] => [
  { value: 'open', label: t('stageRecapStatusOpen') },
  { value: 'in-progress', label: t('stageRecapStatusInProgress') },
  { value: 'done', label: t('stageRecapStatusDone') },
];

const when = (d: Date) => formatDate(d, { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Where the 24-hour recap window stands, in one sentence. */
export function RecapDeadline({ plan, now = new Date() }: { plan: Plan; now?: Date }) {
  const state = recapState(plan, now);
  const due = recapDueAt(plan);
  if (state === 'sent') {
    const sent = lastSent(plan, 'recap')!;
    return (
      <p class="deadline ok" data-recap-state={state}>
        {sent.sentAt || sent.at ? t('stageRecapSentOn', when(new Date(sent.sentAt || sent.at))) : t('stageRecapSent')}
      </p>
    );
  }
  if (state === 'no-meeting' || !due) {
    return (
      <p class="deadline" data-recap-state={state}>
        {t('stageRecapNoMeeting')}
      </p>
    );
  }
  if (state === 'before-meeting') {
    return (
      <p class="deadline" data-recap-state={state}>
        {t('stageRecapBeforeMeeting', when(due))}
      </p>
    );
  }
  if (state === 'due') {
    return (
      <p class="deadline warning" data-recap-state={state}>
        {tNodes('stageRecapDue', <strong>{when(due)}</strong>)}
      </p>
    );
  }
  return (
    <p class="deadline warning" data-recap-state={state}>
      {t('stageRecapOverdue', when(due))}
    </p>
  );
}

/** Stage 6: the agreed next steps, with owners and dates, for the thank-you recap. */
export function RecapStage({ db, plan, actionItems }: StageProps) {
  const save = (id: string, field: keyof ActionItem) => (value: unknown) => updateActionItem(db, id, { [field]: value });
  const draft = (id: string, field: keyof ActionItem) => ({ kind: 'action-item' as const, itemId: id, field });
  return (
    <StageFrame
      id="recap"
      title={t('stageRecapTitle')}
      intro={<p>{t('stageRecapIntro')}</p>}
    >
      {/* Stands on its own (a warning is its own box): no card around it, so the recap starts higher. */}
      <div class="recap-deadline">
        <RecapDeadline plan={plan} />
      </div>
      <RecapReady db={db} plan={plan} actionItems={actionItems} />
      <div class="card">
        <ListEditor
          title={t('stageRecapActionItems')}
          itemName={t('stageRecapActionItem')}
          variant="cards"
          items={actionItems}
          empty={t('stageRecapActionItemsEmpty')}
          describe={(a) => a.text}
          onAdd={async () => (await addActionItem(db, plan.id)).id}
          onMove={(id, to) => moveActionItem(db, plan.id, id, to)}
          onRemove={async (id) => {
            const removed = await removeActionItem(db, id);
            return removed && (() => restoreActionItem(db, removed));
          }}
          renderItem={(a, _i, label) => (
            <>
              <SavingField
                label={t('stageRecapWhatLabel', label)}
                value={a.text}
                placeholder={t('stageRecapWhatPlaceholder')}
                draft={draft(a.id, 'text')}
              />
              <div class="three-col">
                <SelectField label={t('stageRecapOwner')} value={a.owner} options={owners()} save={save(a.id, 'owner')} />
                {a.owner === 'other' ? (
                  <SavingField label={t('stageRecapTheirName')} value={a.ownerName} draft={draft(a.id, 'ownerName')} />
                ) : (
                  <span />
                )}
                <SavingField label={t('stageRecapDueDate')} type="date" value={a.due} draft={draft(a.id, 'due')} />
              </div>
              <SelectField label={t('stageRecapStatus')} value={a.status} options={statuses()} save={save(a.id, 'status')} />
            </>
          )}
        />
      </div>
    </StageFrame>
  );
}
