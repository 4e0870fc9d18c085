import type { Plan } from '@/lib/plan/types';
import { STAGES, stageDone } from '@/lib/plan/progress';

/** Seven steps of the guide, ticked off as the plan fills up. */
export function StageProgress({ plan }: { plan: Plan }) {
  const done = stageDone(plan);
  const count = STAGES.filter((s) => done[s.id]).length;
  return (
    <section class="stage-progress" aria-label="Progress">
      <p class="help">
        {count} of {STAGES.length} steps done
      </p>
      <ol>
        {STAGES.map((s) => (
          <li key={s.id} class={done[s.id] ? 'done' : ''} title={s.name}>
            <span aria-hidden="true">{done[s.id] ? '✓' : '•'}</span> {s.name}
            <span class="visually-hidden">{done[s.id] ? ' (done)' : ' (to do)'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
