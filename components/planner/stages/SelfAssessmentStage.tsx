import { SavingField } from '@/components/common/SavingField';
import type { StageProps } from '../stage-props';
import { TextListEditor } from '../TextListEditor';
import { Prompts, StageFrame } from './StageFrame';

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
      title="Self-assessment"
      intro={
        <p>
          Before talking about the future, take stock of the present. Short, honest notes are enough: they become the raw material for
          your goals and your agenda, and they stay on this device.
        </p>
      }
    >
      {list('strengths', 'Strengths', 'strength', ['What do colleagues ask you for help with?', 'Which recent results are you proudest of, and what did you do to get them?'], 'e.g. Untangling messy production incidents')}
      {list('areasToImprove', 'Areas to improve', 'area to improve', ['Which kinds of work do you put off or find hard?', 'What feedback have you heard more than once?'], 'e.g. Presenting to senior leaders')}
      {list('interests', 'Interests', 'interest', ['Which topics, teams or problems do you follow even when nobody asks you to?'], 'e.g. Developer tooling')}
      {list('energizers', 'What energizes you', 'energizer', ['Think back over the last month: which tasks left you with more energy than you started with?', 'Which parts of your work feel most worthwhile?'], 'e.g. Pairing with new joiners')}
      {list('underusedSkills', 'Underused skills', 'underused skill', ['What can you do well that your current role rarely asks of you?'], 'e.g. Data analysis in SQL')}
      <div class="card">
        <SavingField
          label="Your vision (2–5 years)"
          multiline
          rows={4}
          value={sa.vision}
          help="Picture a normal week two to five years from now. What work fills it, what are you known for, and what kind of team are you part of? A few sentences are plenty."
          draft={{ kind: 'plan-field', planId: plan.id, path: 'selfAssessment.vision' }}
        />
      </div>
    </StageFrame>
  );
}
