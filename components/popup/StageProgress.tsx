import type { Plan } from '@/lib/plan/types';
import { STAGES, stageDone } from '@/lib/plan/progress';
import { t } from '@/lib/i18n';

/** Seven steps of the guide, ticked off as the plan fills up. */
export function StageProgress({ plan }: { plan: Plan }) {
  const done = stageDone(plan);
  const count = STAGES.filter((s) => done[s.id]).length;
  return (
    <section class="stage-progress" aria-label={t('popupProgress')}>
      <p class="help">
        {t('popupStepsDone', count, STAGES.length)}
      </p>
      <ol>
        {STAGES.map((s) => (
          <li key={s.id} class={done[s.id] ? 'done' : ''} title={t(s.nameKey)}>
            <span aria-hidden="true">{done[s.id] ? '✓' : '•'}</span> {t(s.nameKey)}
            <span class="visually-hidden">{done[s.id] ? t('popupStepDone') : t('popupStepToDo')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
