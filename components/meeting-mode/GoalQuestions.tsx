import { t } from '@/lib/i18n';
import { meetingQuestions } from '@/lib/plan/meeting-questions';
import type { Plan } from '@/lib/plan/types';

/** Questions for the manager, built from the person's own goals first. */
export function GoalQuestions({ plan }: { plan: Plan }) {
  const questions = meetingQuestions(plan.goals);
  return (
    <section class="card meeting-questions" aria-labelledby="meeting-questions-title">
      <h2 id="meeting-questions-title">{t('meetingModeQuestions')}</h2>
      <ul>
        {questions.map((q, i) => (
          <li key={i} class={q.goalId ? 'from-goal' : undefined}>
            {t(q.key, ...q.subs)}
          </li>
        ))}
      </ul>
    </section>
  );
}
