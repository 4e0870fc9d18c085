import { useState } from 'preact/hooks';
import { GuidanceNotes } from '@/components/guidance/GuidanceNotes';
import { MeetingLinks } from '@/components/meeting/MeetingLinks';
import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { useStorageAction } from '@/components/common/useStorageAction';
import { useUndo } from '@/components/common/UndoToast';
import { addListItem, replaceList } from '@/lib/db/plans';
import { newId } from '@/lib/plan/factory';
import type { AgendaItem, AgendaSection } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import { FLAG_KEYS, proposeAgenda } from '../propose-agenda';
import { goalAsk, type GoalFlag } from '@/lib/plan/agenda-proposal';
import type { Goal } from '@/lib/plan/types';
import type { StageProps } from '../stage-props';
import { StageFrame } from './StageFrame';
import { t } from '@/lib/i18n';
import { ErrorText } from '@/components/common/ErrorText';

/** The agenda's topics, labelled in the person's language (looked up when shown). */
export const agendaSections = (): { value: AgendaSection; label: string }[] => [
  { value: 'current-role', label: t('stageAgendaSectionCurrentRole') },
  { value: 'long-term', label: t('stageAgendaSectionLongTerm') },
  { value: 'goals', label: t('stageAgendaSectionGoals') },
  { value: 'feedback', label: t('stageAgendaSectionFeedback') },
  { value: 'other', label: t('stageAgendaSectionOther') },
];

/** Stage 4: a short agenda, proposed from the plan and then edited by hand. */
export function AgendaStage(props: StageProps) {
  const { db, plan } = props;
  const items = planListOps(db, plan.id, 'agenda', (): AgendaItem => ({ id: newId(), text: '', section: 'other' }));
  const [confirming, setConfirming] = useState(false);
  const [leftOut, setLeftOut] = useState<{ goal: Goal; flags: GoalFlag[] }[]>([]);
  const [run, error] = useStorageAction();
  const offerUndo = useUndo();

  const fill = async () => {
    const previous = plan.agenda;
    const proposal = proposeAgenda(plan);
    const done = await run(() => replaceList(db, plan.id, 'agenda', proposal.items).then(() => true));
    if (done) setLeftOut(proposal.leftOut);
    setConfirming(false);
    if (done && previous.length) {
      offerUndo({ message: t('stageAgendaReplaced'), undo: () => replaceList(db, plan.id, 'agenda', previous) });
    }
  };

  return (
    <StageFrame
      id="agenda"
      title={t('stageAgendaTitle')}
      intro={<p>{t('stageAgendaIntro')}</p>}
    >
      <div class="card">
        <div class="agenda-propose">
          <button type="button" class="primary" onClick={() => (plan.agenda.length ? setConfirming(true) : void fill())} aria-expanded={plan.agenda.length ? confirming : undefined}>
            {t('stageAgendaPropose')}
          </button>
          <span class="help">{t('stageAgendaProposeHelp')}</span>
        </div>
        {confirming && (
          <div class="confirm" role="alertdialog" aria-labelledby="agenda-replace-question">
            <p id="agenda-replace-question">
              {plan.agenda.length === 1 ? t('stageAgendaReplaceQuestionOne') : t('stageAgendaReplaceQuestion', plan.agenda.length)}
            </p>
            <button type="button" class="primary" onClick={fill} ref={(el) => el?.focus()}>
              {t('stageAgendaReplace')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('stageAgendaKeep')}
            </button>
          </div>
        )}
        <ErrorText message={error} />
        {leftOut.length > 0 && (
          <div class="agenda-left-out">
            <p>{t('stageAgendaLeftOutTitle')}</p>
            <ul>
              {leftOut.map(({ goal, flags }) => (
                <li key={goal.id}>
                  “{goalAsk(goal)}”: {flags.map((f) => t(FLAG_KEYS[f])).join('; ')}.{' '}
                  <button
                    type="button"
                    class="link"
                    onClick={() =>
                      void run(async () => {
                        await addListItem(db, plan.id, 'agenda', { id: newId(), text: goalAsk(goal), section: 'goals' });
                        setLeftOut((list) => list.filter((x) => x.goal.id !== goal.id));
                      })
                    }
                  >
                    {t('stageAgendaAddAnyway', goalAsk(goal).slice(0, 40))}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <ListEditor
          title={t('stageAgendaList')}
          itemName={t('stageAgendaItem')}
          items={plan.agenda}
          empty={t('stageAgendaEmpty')}
          describe={(a) => a.text}
          onAdd={items.onAdd}
          onMove={items.onMove}
          onRemove={items.onRemove}
          renderItem={(a, _i, label) => (
            <>
              <div class="agenda-row">
                <SelectField
                  label={t('stageAgendaTopicLabel', label)}
                  hideLabel
                  value={a.section}
                  options={agendaSections()}
                  save={items.saveField(a.id, 'section')}
                />
                <SavingField label={label} hideLabel multiline rows={2} value={a.text} draft={items.draft(a.id, 'text')} />
              </div>
              <GuidanceNotes text={a.text} kind="agenda" plan={plan} />
            </>
          )}
        />
      </div>
      <MeetingLinks {...props} />
    </StageFrame>
  );
}
