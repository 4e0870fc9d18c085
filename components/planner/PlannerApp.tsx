import { useEffect, useRef, useState } from 'preact/hooks';
import { DataStage } from '@/components/data/DataStage';
import { TemplatesStage } from '@/components/templates/TemplatesStage';
import { HistoryPage } from '@/components/cycles/HistoryPage';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { useReminderSync } from '@/components/hooks/useReminderSync';
import { UndoProvider } from '@/components/common/UndoToast';
import { describeStorageError } from '@/lib/db/errors';
import { snapshotActivePlan } from '@/lib/db/draft-journal';
import { readSnapshot } from '@/lib/db/snapshot';
import { getActivePlan, listActionItems, listPlans, sameSwitcherRows } from '@/lib/db/plans';
import { getDb, type CareerTalkDB } from '@/lib/db/schema';
import { nextStep, stageDone, STAGES } from '@/lib/plan/progress';
import { PlanDetails } from './PlanDetails';
import { PLAN_DETAILS_ROUTES } from './plan-details-state';
import { PlanSwitcher } from './PlanSwitcher';
import { EXTRA_ROUTES, routeName, type PlannerRoute } from './routes';
import type { StageProps } from './stage-props';
import { Welcome } from './Welcome';
import { useHashRoute } from './useHashRoute';
import { useNavCurrentInView } from './useNavCurrentInView';
import { AgendaStage } from './stages/AgendaStage';
import { CareerPathsStage } from './stages/CareerPathsStage';
import { CheckInsStage } from './stages/CheckInsStage';
import { GoalsStage } from './stages/GoalsStage';
import { MeetingStage } from './stages/MeetingStage';
import { RecapStage } from './stages/RecapStage';
import { SelfAssessmentStage } from './stages/SelfAssessmentStage';
import { t } from '@/lib/i18n';
import './planner.css';

function StagePage({ route, props }: { route: PlannerRoute; props: StageProps }) {
  switch (route) {
    case 'self-assessment':
      return <SelfAssessmentStage {...props} />;
    case 'career-paths':
      return <CareerPathsStage {...props} />;
    case 'goals':
      return <GoalsStage {...props} />;
    case 'agenda':
      return <AgendaStage {...props} />;
    case 'meeting':
      return <MeetingStage {...props} />;
    case 'recap':
      return <RecapStage {...props} />;
    case 'check-ins':
      return <CheckInsStage {...props} />;
    case 'history':
      return <HistoryPage {...props} />;
    case 'templates':
      return (
        <section class="stage" aria-label={t('plannerRouteTemplates')} tabIndex={-1} data-stage-focus>
          <TemplatesStage {...props} />
        </section>
      );
    case 'data':
      return (
        <section class="stage" aria-label={t('plannerRouteData')} tabIndex={-1} data-stage-focus>
          <DataStage db={props.db} plan={props.plan} />
        </section>
      );
  }
}

/** Stages that show the plan's action items: they wait for them, never showing an empty list first. */
const NEEDS_ACTION_ITEMS = new Set<PlannerRoute>(['recap', 'check-ins', 'templates']);

/**
 * The full-page planner: one page, a stage per step of the guide, chosen by the
 * location hash (`planner.html#recap`). Everything shown is read live from the
 * database, so the popup and other planner tabs stay in step with this one.
 * Like the popup, the first frame paints the active plan from its snapshot
 * (lib/db/snapshot.ts); the plan, its action items and the plan list are separate
 * live queries, so typing in the plan never re-reads a long list of action items.
 */
export function PlannerApp({ db = getDb(), ready }: { db?: CareerTalkDB; ready?: Promise<unknown> }) {
  const route = useHashRoute('self-assessment');
  const [snapshot] = useState(readSnapshot);
  const data = useLiveQuery(() => getActivePlan(db), [db], { after: ready });
  const plan = data.status === 'ready' ? data.value : data.status === 'loading' ? snapshot : undefined;
  const planId = plan?.id;
  const items = useLiveQuery(async () => ({ planId, items: planId ? await listActionItems(db, planId) : [] }), [db, planId], { after: ready });
  const itemsReady = items.status === 'ready' && items.value.planId === planId;
  const actionItems = itemsReady ? items.value.items : [];
  // The plan list is read once the plan is on screen.
  const [wantPlans, setWantPlans] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWantPlans(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const plans = useLiveQuery(() => listPlans(db), [db], { enabled: wantPlans, same: sameSwitcherRows });
  const main = useRef<HTMLElement>(null);
  const nav = useRef<HTMLElement>(null);
  useNavCurrentInView(nav, route);
  const firstRoute = useRef(true);

  // After choosing a stage, move focus to its heading so keyboard and screen reader
  // users start reading there (not on the very first load: the page starts at the top).
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('[data-stage-focus]')?.focus();
    window.scrollTo({ top: 0 });
  }, [route]);

  const confirmed = data.status === 'ready';
  const done = plan ? stageDone(plan) : undefined;
  useReminderSync(db, confirmed && itemsReady ? plan : undefined, actionItems);
  // Keeps the popup's first frame (lib/db/snapshot.ts) in step with what this page reads.
  useEffect(() => {
    if (data.status === 'ready') snapshotActivePlan(data.value);
  }, [data]);
  // For `npm run bench`: the moment the planner first shows the plan (or its start screen).
  useEffect(() => {
    if ((plan || confirmed) && !performance.getEntriesByName('careertalk:plan-shown').length) performance.mark('careertalk:plan-shown');
  }, [plan, confirmed]);
  const step = plan ? nextStep(plan, actionItems) : undefined;

  return (
    <UndoProvider>
      <div class="planner">
        <button
          type="button"
          class="skip-link"
          onClick={() => main.current?.querySelector<HTMLElement>('[data-stage-focus]')?.focus()}
        >
          {t('plannerSkipToStage')}
        </button>
        <header class="planner-header">
          <div class="planner-brand">
            <h1>{t('plannerTitle')}</h1>
          </div>
          {plan && <PlanSwitcher db={db} plan={plan} plans={plans.status === 'ready' ? plans.value : []} actionItemCount={actionItems.length} />}
        </header>
        {data.status === 'error' && (
          <p class="error page-error" role="alert">
            {describeStorageError(data.error)}
          </p>
        )}
        <div class="planner-body">
          <nav class="planner-nav" aria-label={t('plannerStagesNav')} ref={nav}>
            <ol class="stage-nav">
              {STAGES.map((s, i) => (
                <li key={s.id}>
                  <a href={`#${s.id}`} aria-current={route === s.id ? 'page' : undefined}>
                    <span class="stage-number" aria-hidden="true">
                      {done?.[s.id] ? '✓' : i + 1}
                    </span>
                    <span>{t(s.nameKey)}</span>
                    {done?.[s.id] && <span class="visually-hidden">{t('plannerStageHasContent')}</span>}
                  </a>
                </li>
              ))}
            </ol>
            <ul class="extra-nav">
              {EXTRA_ROUTES.map((r) => (
                <li key={r.id}>
                  <a href={`#${r.id}`} aria-current={route === r.id ? 'page' : undefined}>
                    {t(r.nameKey)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main class="planner-main" ref={main}>
            {!plan && data.status === 'loading' && <p class="help">{t('plannerLoading')}</p>}
            {confirmed && !plan && (route === 'data' ? <DataStage db={db} plan={undefined} /> : <Welcome db={db} />)}
            {plan && (
              <>
                {step && (
                  <p class={`next-step${step.urgent ? ' urgent' : ''}`}>
                    <strong>{t('plannerNextStep')}</strong> {t(step.key, ...step.subs)}
                    {step.stage !== route && (
                      <>
                        {' '}
                        <a href={`#${step.stage}`}>{t('plannerGoTo', routeName(step.stage))}</a>
                      </>
                    )}
                  </p>
                )}
                {PLAN_DETAILS_ROUTES.has(route) && <PlanDetails key={plan.id} db={db} plan={plan} />}
                {itemsReady || !NEEDS_ACTION_ITEMS.has(route) ? (
                  <StagePage key={`${plan.id}:${route}`} route={route} props={{ db, plan, actionItems }} />
                ) : (
                  <p class="help">{t('plannerLoading')}</p>
                )}
              </>
            )}
          </main>
        </div>
      </div>
    </UndoProvider>
  );
}
