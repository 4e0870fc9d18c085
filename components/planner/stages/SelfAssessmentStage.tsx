import { SavingField } from '@/components/common/SavingField';
import { roleExample } from '@/components/common/role-examples';
import type { StageProps } from '../stage-props';
import { TextListEditor } from '../TextListEditor';
import { Prompts, StageFrame } from './StageFrame';
import { t } from '@/lib/i18n';

/** Stage 1: an honest look at where the person stands today. */
export function SelfAssessmentStage({ db, plan }: StageProps) {
  const sa = plan.selfAssessment;
  const list = (key: 'strengths' | 'areasToImprove' | 'interests' | 'energizers' | 'underusedSkills', title: string, itemName: string, prompts: string[], placeholder: string) => (
    <div class="card">
      <TextListEditor
        db={db}
        planId={plan.id}
        path={`selfAssessment.${key}`}
        items={sa[key]}
        title={title}
        itemName={itemName}
        help={<Prompts items={prompts} />}
        placeholder={placeholder}
      />
    </div>
  );
  return (
    <StageFrame
      id="self-assessment"
      title={t('stageSelfTitle')}
      intro={<p>{t('stageSelfIntro')}</p>}
    >
      {list('strengths', t('stageSelfStrengths'), t('stageSelfStrength'), [t('stageSelfStrengthsPrompt1'), t('stageSelfStrengthsPrompt2')], roleExample('strength', plan.currentRole))}
      {list('areasToImprove', t('stageSelfAreasToImprove'), t('stageSelfAreaToImprove'), [t('stageSelfAreasPrompt1'), t('stageSelfAreasPrompt2')], t('stageSelfAreasPlaceholder'))}
      {list('interests', t('stageSelfInterests'), t('stageSelfInterest'), [t('stageSelfInterestsPrompt1')], t('stageSelfInterestsPlaceholder'))}
      {list('energizers', t('stageSelfEnergizers'), t('stageSelfEnergizer'), [t('stageSelfEnergizersPrompt1'), t('stageSelfEnergizersPrompt2')], t('stageSelfEnergizersPlaceholder'))}
      {list('underusedSkills', t('stageSelfUnderusedSkills'), t('stageSelfUnderusedSkill'), [t('stageSelfUnderusedPrompt1')], t('stageSelfUnderusedPlaceholder'))}
      <div class="card">
        <SavingField
          label={t('stageSelfVision')}
          multiline
          rows={4}
          value={sa.vision}
          help={t('stageSelfVisionHelp')}
          draft={{ kind: 'plan-field', planId: plan.id, path: 'selfAssessment.vision' }}
        />
      </div>
    </StageFrame>
  );
}
