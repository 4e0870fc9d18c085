import { GuidanceNotes } from '@/components/guidance/GuidanceNotes';
import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { newId } from '@/lib/plan/factory';
import type { Goal, GoalKind } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import type { StageProps } from '../stage-props';
import { Prompts, StageFrame } from './StageFrame';

export const GOAL_KINDS: { value: GoalKind; label: string }[] = [
  { value: 'lead-project', label: 'Lead a project' },
  { value: 'mentor', label: 'Find a mentor' },
  { value: 'certification', label: 'Earn a certification' },
  { value: 'training', label: 'Get training' },
  { value: 'shadowing', label: 'Shadow someone' },
  { value: 'other', label: 'Other' },
];

const newGoal = (): Goal => ({ id: newId(), kind: 'lead-project', text: '', request: '' });

/** Stage 3: goals turned into requests a manager can act on. */
export function GoalsStage({ db, plan }: StageProps) {
  const goals = planListOps(db, plan.id, 'goals', newGoal);
  return (
    <StageFrame
      id="goals"
      title="Goals and requests"
      intro={
        <p>
          Turn your reflection and research into things your manager can actually say yes to. A wish such as “grow as a leader” is
          hard to act on; “let me run the next onboarding revamp” is not. Good requests name a project, a person, a course or a date.
        </p>
      }
    >
      <div class="card">
        <ListEditor
          title="Goals"
          itemName="goal"
          variant="cards"
          items={plan.goals}
          empty="No goals yet. Start with one thing you would like to be doing a year from now."
          help={
            <Prompts
              items={[
                'Could you lead a small project, or own one part of a bigger one?',
                'Is there someone whose path you admire who could mentor you?',
                'Which certification or training would close a gap you found in Career paths?',
                'Which team would you like to shadow for a day or two?',
              ]}
            />
          }
          describe={(g) => g.request || g.text}
          onAdd={goals.onAdd}
          onMove={goals.onMove}
          onRemove={goals.onRemove}
          renderItem={(g, _i, label) => (
            <>
              <SelectField label={`${label}: kind`} value={g.kind} options={GOAL_KINDS} save={goals.saveField(g.id, 'kind')} />
              <SavingField
                label="What you want to grow"
                value={g.text}
                placeholder="e.g. Experience leading people"
                draft={goals.draft(g.id, 'text')}
              />
              <SavingField
                label="Your concrete request"
                multiline
                rows={2}
                value={g.request}
                placeholder="e.g. Lead the Q3 billing migration with two engineers"
                help="What exactly would you like your manager to do or agree to?"
                draft={goals.draft(g.id, 'request')}
              />
              <GuidanceNotes text={g.text} request={g.request} goalKind={g.kind} kind="goal" />
            </>
          )}
        />
      </div>
    </StageFrame>
  );
}
