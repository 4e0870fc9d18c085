import { GuidanceNotes } from '@/components/guidance/GuidanceNotes';
import { roleExample } from '@/components/common/role-examples';
import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { newId } from '@/lib/plan/factory';
import type { Goal, GoalKind } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import type { StageProps } from '../stage-props';
import { Prompts, StageFrame } from './StageFrame';
import { t } from '@/lib/i18n';

/** The kinds of goal, labelled in the person's language (looked up when shown). */
export const goalKinds = (): { value: GoalKind; label: string }[] => [
  { value: 'lead-project', label: t('stageGoalsKindLeadProject') },
  { value: 'mentor', label: t('stageGoalsKindMentor') },
  { value: 'certification', label: t('stageGoalsKindCertification') },
  { value: 'training', label: t('stageGoalsKindTraining') },
  { value: 'shadowing', label: t('stageGoalsKindShadowing') },
  { value: 'other', label: t('stageGoalsKindOther') },
];

const newGoal = (): Goal => ({ id: newId(), kind: 'lead-project', text: '', request: '' });

/** Stage 3: goals turned into requests a manager can act on. */
export function GoalsStage({ db, plan }: StageProps) {
  const goals = planListOps(db, plan.id, 'goals', newGoal);
  return (
    <StageFrame
      id="goals"
      title={t('stageGoalsTitle')}
      intro={<p>{t('stageGoalsIntro')}</p>}
    >
      <div class="card">
        <ListEditor
          title={t('stageGoalsList')}
          itemName={t('stageGoalsItem')}
          variant="cards"
          items={plan.goals}
          empty={t('stageGoalsEmpty')}
          help={<Prompts items={[t('stageGoalsPrompt1'), t('stageGoalsPrompt2'), t('stageGoalsPrompt3'), t('stageGoalsPrompt4')]} />}
          describe={(g) => g.request || g.text}
          onAdd={goals.onAdd}
          onMove={goals.onMove}
          onRemove={goals.onRemove}
          // A row shows the role's example request and checks in the plan's email language.
          rowDeps={[plan.currentRole, plan.emailLanguage]}
          renderItem={(g, _i, label) => (
            <>
              <SelectField label={t('stageGoalsKindLabel', label)} value={g.kind} options={goalKinds()} save={goals.saveField(g.id, 'kind')} />
              <SavingField
                label={t('stageGoalsGrow')}
                value={g.text}
                placeholder={t('stageGoalsGrowPlaceholder')}
                draft={goals.draft(g.id, 'text')}
              />
              <SavingField
                label={t('stageGoalsRequest')}
                multiline
                rows={2}
                value={g.request}
                placeholder={roleExample('goalRequest', plan.currentRole)}
                help={t('stageGoalsRequestHelp')}
                draft={goals.draft(g.id, 'request')}
              />
              <GuidanceNotes text={g.text} request={g.request} goalKind={g.kind} kind="goal" plan={plan} />
            </>
          )}
        />
      </div>
    </StageFrame>
  );
}
