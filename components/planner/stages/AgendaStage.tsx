import { useState } from 'preact/hooks';
import { GuidanceNotes } from '@/components/guidance/GuidanceNotes';
import { MeetingLinks } from '@/components/meeting/MeetingLinks';
import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { useStorageAction } from '@/components/common/useStorageAction';
import { useUndo } from '@/components/common/UndoToast';
import { replaceList } from '@/lib/db/plans';
import { newId } from '@/lib/plan/factory';
import type { AgendaItem, AgendaSection } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import { proposeAgenda } from '../propose-agenda';
import type { StageProps } from '../stage-props';
import { StageFrame } from './StageFrame';

export const AGENDA_SECTIONS: { value: AgendaSection; label: string }[] = [
  { value: 'current-role', label: 'Current role' },
  { value: 'long-term', label: 'Long-term interests' },
  { value: 'goals', label: 'Development goals' },
  { value: 'feedback', label: 'Feedback' },
  { value: 'other', label: 'Other' },
];

/** Stage 4: a short agenda, proposed from the plan and then edited by hand. */
export function AgendaStage(props: StageProps) {
  const { db, plan } = props;
  const items = planListOps(db, plan.id, 'agenda', (): AgendaItem => ({ id: newId(), text: '', section: 'other' }));
  const [confirming, setConfirming] = useState(false);
  const [run, error] = useStorageAction();
  const offerUndo = useUndo();

  const fill = async () => {
    const previous = plan.agenda;
    const done = await run(() => replaceList(db, plan.id, 'agenda', proposeAgenda(plan)).then(() => true));
    setConfirming(false);
    if (done && previous.length) {
      offerUndo({ message: 'Replaced the agenda with a proposal.', undo: () => replaceList(db, plan.id, 'agenda', previous) });
    }
  };

  return (
    <StageFrame
      id="agenda"
      title="Agenda"
      intro={
        <p>
          A short agenda shows you value your manager’s time and keeps the conversation on track. Send it a day or two before the
          meeting so they can think about their answers. Four parts work well: your current role, your long-term interests, your
          development goals and requests, and a request for their feedback.
        </p>
      }
    >
      <div class="card">
        <div class="agenda-propose">
          <button type="button" class="primary" onClick={() => (plan.agenda.length ? setConfirming(true) : void fill())} aria-expanded={plan.agenda.length ? confirming : undefined}>
            Propose an agenda from my plan
          </button>
          <span class="help">Uses your current role, vision, interests and goal requests.</span>
        </div>
        {confirming && (
          <div class="confirm" role="alertdialog" aria-labelledby="agenda-replace-question">
            <p id="agenda-replace-question">
              Replace your {plan.agenda.length} agenda item{plan.agenda.length === 1 ? '' : 's'} with a new proposal? You can undo this
              right after.
            </p>
            <button type="button" class="primary" onClick={fill} ref={(el) => el?.focus()}>
              Replace agenda
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep my agenda
            </button>
          </div>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <ListEditor
          title="Agenda items"
          itemName="agenda item"
          items={plan.agenda}
          empty="No agenda yet. Propose one from your plan, or add items yourself."
          describe={(a) => a.text}
          onAdd={items.onAdd}
          onMove={items.onMove}
          onRemove={items.onRemove}
          renderItem={(a, _i, label) => (
            <>
              <div class="agenda-row">
                <SelectField label={`${label}: topic`} hideLabel value={a.section} options={AGENDA_SECTIONS} save={items.saveField(a.id, 'section')} />
                <SavingField label={label} hideLabel multiline rows={2} value={a.text} draft={items.draft(a.id, 'text')} />
              </div>
              <GuidanceNotes text={a.text} kind="agenda" />
            </>
          )}
        />
      </div>
      <MeetingLinks {...props} />
    </StageFrame>
  );
}
