import { useRef, useState } from 'preact/hooks';
import { createPlan, deletePlan, setActivePlan, type PlanSummaryRow } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { planLabel } from '@/lib/plan/factory';
import type { Plan } from '@/lib/plan/types';
import { useStorageAction } from '@/components/common/useStorageAction';
import { focusElement, whenReady } from '@/components/common/focus';
import { t } from '@/lib/i18n';
import { ErrorText } from '@/components/common/ErrorText';
import { openPlanDetails, PLAN_DETAILS_ROUTES } from './plan-details-state';
import { routeFromHash } from './routes';

/**
 * Choose the active plan, start a new one, or delete the current one (after an
 * explicit confirmation, since a plan holds days of reflection).
 */
export function PlanSwitcher(props: { db: CareerTalkDB; plan: Plan; plans: PlanSummaryRow[]; actionItemCount: number }) {
  const { db, plan } = props;
  const [run, error] = useStorageAction();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // The list is newest first and capped; make sure the active plan is always an option.
  const rows = props.plans.some((p) => p.id === plan.id)
    ? props.plans
    : [{ id: plan.id, label: planLabel(plan, t('planUntitled')), updatedAt: plan.updatedAt }, ...props.plans];

  const newPlan = async () => {
    const created = await run(() => createPlan(db));
    if (!created) return;
    // A new plan's facts are all still to fill in: open its Plan details (on a page that
    // shows them) and, once the page shows the new plan, start typing there.
    openPlanDetails();
    if (!PLAN_DETAILS_ROUTES.has(routeFromHash(location.hash) ?? 'self-assessment')) location.hash = '#self-assessment';
    focusElement(
      await whenReady(() => {
        const field = document.getElementById('plan-myName');
        return (document.getElementById('plan-select') as HTMLSelectElement | null)?.value === created.id && field?.offsetParent ? field : null;
      }),
    );
  };

  const confirmDelete = async () => {
    await run(() => deletePlan(db, plan.id));
    setConfirming(false);
  };

  return (
    <div class="plan-switcher">
      <div class="field plan-select">
        <label for="plan-select">{t('plannerPlan')}</label>
        <select id="plan-select" value={plan.id} onChange={(e) => void run(() => setActivePlan(db, (e.currentTarget as HTMLSelectElement).value))}>
          {rows.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id === plan.id ? planLabel(plan, t('planUntitled')) : p.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={newPlan}>
        {t('plannerNewPlan')}
      </button>
      <button type="button" class="danger" ref={deleteButton} onClick={() => setConfirming(true)} aria-expanded={confirming}>
        {t('plannerDeletePlan')}
      </button>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-plan-question">
          <p id="delete-plan-question">
            {props.actionItemCount === 0
              ? t('plannerDeleteQuestion', planLabel(plan, t('planUntitled')))
              : props.actionItemCount === 1
                ? t('plannerDeleteQuestionOneItem', planLabel(plan, t('planUntitled')))
                : t('plannerDeleteQuestionItems', planLabel(plan, t('planUntitled')), props.actionItemCount)}
          </p>
          <button type="button" class="danger-strong" onClick={confirmDelete} ref={(el) => el?.focus()}>
            {t('plannerDeleteConfirm')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          >
            {t('plannerCancel')}
          </button>
        </div>
      )}
      <ErrorText message={error} />
    </div>
  );
}
