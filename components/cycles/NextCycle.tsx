import { useState } from 'preact/hooks';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { ActionItem, Plan } from '@/lib/plan/types';
import { startNextCycleFrom } from '@/lib/db/cycles';
import { describeStorageError } from '@/lib/db/errors';
import { t } from '@/lib/i18n';

/**
 * "Start the next cycle": the person ticks what was reached or is no longer wanted, and
 * a new plan starts with everything else carried over. The old plan stays as it was.
 */
export function NextCycle(props: { db: CareerTalkDB; plan: Plan; actionItems: ActionItem[]; onStarted?: (plan: Plan) => void }) {
  const { db, plan, actionItems } = props;
  const [reached, setReached] = useState<Set<string>>(new Set());
  const [droppedPaths, setDroppedPaths] = useState<Set<string>>(new Set());
  const [droppedItems, setDroppedItems] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const goals = plan.goals.filter((g) => g.text.trim() || g.request.trim());
  const paths = plan.paths.filter((p) => p.role.trim());
  const open = actionItems.filter((i) => i.status !== 'done' && i.text.trim()).sort((a, b) => a.order - b.order);
  const toggle = (set: Set<string>, update: (s: Set<string>) => void, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    update(next);
  };

  const start = async () => {
    setBusy(true);
    setError('');
    try {
      const next = await startNextCycleFrom(db, plan.id, {
        reachedGoalIds: [...reached],
        droppedPathIds: [...droppedPaths],
        dropItemIds: [...droppedItems],
      });
      props.onStarted?.(next);
    } catch (e) {
      setError(t('cycleCouldNotStart', describeStorageError(e)));
      setBusy(false);
    }
  };

  return (
    <section class="card next-cycle" aria-labelledby={`next-cycle-${plan.id}`}>
      <h3 id={`next-cycle-${plan.id}`}>{t('cycleStartTitle')}</h3>
      <p class="help">{t('cycleStartHelp')}</p>
      {goals.length > 0 && (
        <fieldset>
          <legend>{t('cycleGoalsLegend')}</legend>
          {goals.map((g) => (
            <label key={g.id} class="next-cycle-choice">
              <input type="checkbox" checked={reached.has(g.id)} onChange={() => toggle(reached, setReached, g.id)} />
              <span>{t('cycleGoalReached', (g.request || g.text).trim())}</span>
            </label>
          ))}
        </fieldset>
      )}
      {paths.length > 0 && (
        <fieldset>
          <legend>{t('cyclePathsLegend')}</legend>
          {paths.map((p) => (
            <label key={p.id} class="next-cycle-choice">
              <input type="checkbox" checked={!droppedPaths.has(p.id)} onChange={() => toggle(droppedPaths, setDroppedPaths, p.id)} />
              <span>{t('cyclePathExploring', p.role.trim())}</span>
            </label>
          ))}
        </fieldset>
      )}
      {open.length > 0 && (
        <fieldset>
          <legend>{t('cycleItemsLegend')}</legend>
          {open.map((i) => (
            <label key={i.id} class="next-cycle-choice">
              <input type="checkbox" checked={!droppedItems.has(i.id)} onChange={() => toggle(droppedItems, setDroppedItems, i.id)} />
              <span>{t('cycleItemCarry', i.text.trim())}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p class="help">{t('cycleStartNote')}</p>
      <button type="button" class="primary" disabled={busy} onClick={() => void start()}>
        {t('cycleStartButton')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
