import type { CareerTalkDB } from '@/lib/db/schema';
import { createPlan, listPlans, sameSwitcherRows, setActivePlan } from '@/lib/db/plans';
import { describeStorageError } from '@/lib/db/errors';
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { t } from '@/lib/i18n';

interface Props {
  db: CareerTalkDB;
  activeId: string;
  activeLabel: string;
  onError: (message: string) => void;
}

/**
 * Switch between plans (one per conversation cycle) or start a new one. The first frame
 * shows only the active plan; the other titles (small summary rows, never whole plans)
 * are read once that frame is painted.
 */
export function PlanSwitcher({ db, activeId, activeLabel, onError }: Props) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    // Effects run after the paint: the list is read once the plan is on screen.
    const timer = setTimeout(() => setWanted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const plans = useLiveQuery(() => listPlans(db), [db], { enabled: wanted, same: sameSwitcherRows });
  const rows = plans.status === 'ready' ? plans.value : [];
  const run = (action: () => Promise<unknown>) => action().then(() => onError(''), (e) => onError(describeStorageError(e)));

  return (
    <div class="plan-switcher">
      <label for="plan-switcher" class="visually-hidden">
        {t('popupPlan')}
      </label>
      <select
        id="plan-switcher"
        value={activeId}
        onChange={(e) => run(() => setActivePlan(db, (e.currentTarget as HTMLSelectElement).value))}
      >
        {rows.length === 0 && <option value={activeId}>{activeLabel}</option>}
        {rows.map((row) => (
          <option key={row.id} value={row.id}>
            {row.label}
          </option>
        ))}
        {rows.length > 0 && !rows.some((r) => r.id === activeId) && <option value={activeId}>{activeLabel}</option>}
      </select>
      <button type="button" onClick={() => run(() => createPlan(db))}>
        {t('popupNewPlan')}
      </button>
    </div>
  );
}
