import { useState } from 'preact/hooks';
import { roleExample } from '@/components/common/role-examples';
import { roleFamily } from '@/lib/plan/role-family';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { Goal, Plan } from '@/lib/plan/types';
import { newId } from '@/lib/plan/factory';
import { SavingField } from '@/components/common/SavingField';
import { t } from '@/lib/i18n';

const SHOWN = 3;

/**
 * The top goals, editable in place, plus an always-present empty field: typing in it
 * creates the goal on the first keystroke, so there is no Add button to forget.
 */
export function QuickGoals({ db, plan }: { db: CareerTalkDB; plan: Plan }) {
  // Key of the blank field: changes once it has become a goal, so a fresh blank appears.
  const [blankKey, setBlankKey] = useState(0);

  const goalField = (goal: Goal) => ({ kind: 'list-item' as const, planId: plan.id, list: 'goals' as const, itemId: goal.id, field: 'request' });
  // The blank field's goal exists from its first keystroke on; its id is fixed up front
  // so the journal can replay "create, then edit" if the popup closes mid-write.
  const [blankGoal, setBlankGoal] = useState<Goal>(() => ({ id: newId(), kind: 'other', text: '', request: '' }));
  const newGoalDraft = { ...goalField(blankGoal), create: blankGoal };
  // The goal being typed into the blank field stays in that field until focus leaves it.
  const others = plan.goals.filter((g) => g.id !== blankGoal.id);
  const goals = others.slice(0, SHOWN);
  const finishNew = () => {
    if (plan.goals.some((g) => g.id === blankGoal.id)) {
      setBlankGoal({ id: newId(), kind: 'other', text: '', request: '' });
      setBlankKey((k) => k + 1);
    }
  };

  return (
    <section class="quick-goals" aria-labelledby="quick-goals-title">
      <h2 id="quick-goals-title">{t('popupTopGoals')}</h2>
      {goals.map((goal, i) => (
        <SavingField key={goal.id} label={t('popupGoalN', i + 1)} wrap value={goal.request || goal.text} draft={goalField(goal)} />
      ))}
      {others.length > SHOWN && <p class="help">{t('popupMoreGoals', others.length - SHOWN)}</p>}
      {others.length < SHOWN && (
        <div onFocusOut={finishNew} key={blankKey}>
          <SavingField
            label={others.length ? t('popupAddGoal') : t('popupFirstGoal')}
            value=""
            wrap
            placeholder={roleFamily(plan.currentRole) === 'engineering' ? t('popupGoalPlaceholder') : roleExample('goalRequest', plan.currentRole)}
            draft={newGoalDraft}
          />
        </div>
      )}
    </section>
  );
}
