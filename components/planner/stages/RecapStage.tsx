import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { addActionItem, moveActionItem, removeActionItem, restoreActionItem, updateActionItem } from '@/lib/db/plans';
import { recapDueAt, recapState } from '@/lib/plan/deadlines';
import type { ActionItem, ActionStatus, OwnerKind, Plan } from '@/lib/plan/types';
import type { StageProps } from '../stage-props';
import { StageFrame } from './StageFrame';

export const OWNERS: { value: OwnerKind; label: string }[] = [
  { value: 'me', label: 'Me (I will…)' },
  { value: 'manager', label: 'My manager (you will…)' },
  { value: 'other', label: 'Someone else' },
];

export const STATUSES: { value: ActionStatus; label: string }[] = [
  { value: 'open', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

const when = (d: Date) => d.toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Where the 24-hour recap window stands, in one sentence. */
export function RecapDeadline({ plan, now = new Date() }: { plan: Plan; now?: Date }) {
  const state = recapState(plan, now);
  const due = recapDueAt(plan);
  if (state === 'sent') {
    const sent = plan.emailsSent.filter((e) => e.kind === 'recap').at(-1)!;
    return (
      <p class="deadline ok" data-recap-state={state}>
        Recap sent {sent.at ? `on ${when(new Date(sent.at))}` : ''}. Well done: your next steps are on record.
      </p>
    );
  }
  if (state === 'no-meeting' || !due) {
    return (
      <p class="deadline" data-recap-state={state}>
        Set the meeting date in Plan details to see when your recap is due (within 24 hours after the meeting).
      </p>
    );
  }
  if (state === 'before-meeting') {
    return (
      <p class="deadline" data-recap-state={state}>
        Send your thank-you recap by {when(due)}, within 24 hours after the meeting. Not sent yet.
      </p>
    );
  }
  if (state === 'due') {
    return (
      <p class="deadline warning" data-recap-state={state}>
        Send your thank-you recap by <strong>{when(due)}</strong>. Not sent yet.
      </p>
    );
  }
  return (
    <p class="deadline warning" data-recap-state={state}>
      The 24-hour window closed on {when(due)} and the recap is not marked as sent. A late thank-you is still far better than none.
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
      title="Recap"
      intro={
        <p>
          Within a day of the meeting, thank your manager and write down what you agreed: each next step, who does it (“I will…”,
          “you will…”) and by when. A short written record keeps you both accountable. Write it in Gmail or Outlook with Insert career
          template → Thank-you recap; it uses the action items below.
        </p>
      }
    >
      <div class="card">
        <RecapDeadline plan={plan} />
      </div>
      <div class="card">
        <ListEditor
          title="Action items"
          itemName="action item"
          variant="cards"
          items={actionItems}
          empty="No action items yet. Add each next step you agreed on."
          describe={(a) => a.text}
          onAdd={async () => (await addActionItem(db, plan.id)).id}
          onMove={(id, to) => moveActionItem(db, plan.id, id, to)}
          onRemove={async (id) => {
            const removed = await removeActionItem(db, id);
            return removed && (() => restoreActionItem(db, removed));
          }}
          renderItem={(a, _i, label) => (
            <>
              <SavingField label={`${label}: what`} value={a.text} placeholder="e.g. Research the AWS Solutions Architect certification" draft={draft(a.id, 'text')} />
              <div class="three-col">
                <SelectField label="Owner" value={a.owner} options={OWNERS} save={save(a.id, 'owner')} />
                {a.owner === 'other' ? (
                  <SavingField label="Their name" value={a.ownerName} draft={draft(a.id, 'ownerName')} />
                ) : (
                  <span />
                )}
                <SavingField label="Due date" type="date" value={a.due} draft={draft(a.id, 'due')} />
              </div>
              <SelectField label="Status" value={a.status} options={STATUSES} save={save(a.id, 'status')} />
            </>
          )}
        />
      </div>
    </StageFrame>
  );
}
