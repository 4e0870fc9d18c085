import { StageIntro } from '@/components/planner/stages/StageIntro';
import { useState } from 'preact/hooks';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { downloadText } from '@/components/data/download';
import { loadHistory } from '@/lib/db/cycles';
import { setActivePlan } from '@/lib/db/plans';
import { describeStorageError } from '@/lib/db/errors';
import { goalPaths, historyRows, isFinished } from '@/lib/plan/cycles';
import { buildExportFile, exportFileName, serializeExport } from '@/lib/io/export';
import { historyToMarkdown } from '@/lib/io/history-markdown';
import { t } from '@/lib/i18n';
import { NextCycle } from './NextCycle';
import { meetingStart } from '@/lib/plan/deadlines';
import './cycles.css';

const day = (iso: string) => (iso ? new Date(`${iso}T12:00`).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) : '–');

/** Open once the meeting took place; folded away before, so a new cycle does not start by accident. */
function NextCycleSection(props: StageProps) {
  const start = meetingStart(props.plan);
  if (start && start.getTime() <= Date.now()) return <NextCycle {...props} />;
  return (
    <details class="card next-cycle-later">
      <summary>{t('cycleStartTitle')}</summary>
      <NextCycle {...props} />
    </details>
  );
}

/**
 * History: every cycle of this plan's line, one row each, with how its action items ended,
 * a goal followed across the cycles, exports, and "Start the next cycle" for the current one.
 */
export function HistoryPage(props: StageProps) {
  const { db, plan, actionItems } = props;
  const history = useLiveQuery(() => loadHistory(db, plan.id), [db, plan.id]);
  const [followed, setFollowed] = useState(0);
  const [status, setStatus] = useState('');

  if (history.status === 'loading') return <p class="help">{t('plannerLoading')}</p>;
  if (history.status === 'error') return <p class="error" role="alert">{describeStorageError(history.error)}</p>;
  if (!history.value) return null;
  const { chain, itemsByPlan } = history.value;
  const rows = historyRows(chain, itemsByPlan);
  const paths = goalPaths(chain).sort((a, b) => b.length - a.length);
  const path = paths[Math.min(followed, paths.length - 1)];
  const next = plan.cycle?.nextPlanId ? chain.find((p) => p.id === plan.cycle!.nextPlanId) : undefined;

  const exportJson = () => {
    const file = buildExportFile({ plans: chain, actionItems: chain.flatMap((p) => itemsByPlan.get(p.id) ?? []), templates: [] });
    downloadText(exportFileName('json', plan).replace(/\.json$/, '-history.json'), serializeExport(file), 'application/json');
    setStatus(t('historyExported'));
  };
  const exportMarkdown = () => {
    downloadText(exportFileName('md', plan).replace(/\.md$/, '-history.md'), historyToMarkdown(rows, paths, t), 'text/markdown');
    setStatus(t('historyExported'));
  };

  return (
    <section class="stage history" aria-labelledby="history-title" tabIndex={-1} data-stage-focus>
      <h2 id="history-title">{t('plannerRouteHistory')}</h2>
      <StageIntro>
        <p class="help">{t('historyIntro')}</p>
      </StageIntro>

      {/* In a narrow window the table scrolls sideways in its box: the box takes keyboard focus for that. */}
      <div class="card history-table-wrap" tabIndex={0} role="region" aria-labelledby="history-table-caption">
        <table class="history-table">
          <caption id="history-table-caption">{t('historyTableCaption', chain.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyColDate')}</th>
              <th scope="col">{t('historyColManager')}</th>
              <th scope="col">{t('historyColGoals')}</th>
              <th scope="col">{t('historyColOnTime')}</th>
              <th scope="col">{t('historyColLate')}</th>
              <th scope="col">{t('historyColDropped')}</th>
              <th scope="col">{t('historyColCarried')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.planId} aria-current={r.planId === plan.id ? 'true' : undefined}>
                <th scope="row">
                  {r.planId === plan.id ? (
                    <>
                      {day(r.date)} <span class="history-this">{t('historyThisPlan')}</span>
                    </>
                  ) : (
                    <button type="button" class="link" onClick={() => void setActivePlan(db, r.planId)}>
                      {day(r.date)}
                    </button>
                  )}
                </th>
                <td>{r.manager || '–'}</td>
                <td>
                  {r.goals.length ? (
                    <ul>
                      {r.goals.map((g, i) => (
                        <li key={i}>{g}</li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                </td>
                <td>{r.onTime}</td>
                <td>{r.late}</td>
                <td>{r.finished ? r.dropped : '–'}</td>
                <td>{r.finished ? r.carried : t('historyOpenNow', r.open)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isFinished(plan) ? (
        <p class="card">
          {t('historyFinished')}{' '}
          {next && (
            <button type="button" class="link" onClick={() => void setActivePlan(db, next.id)}>
              {t('historyGoToNext')}
            </button>
          )}
        </p>
      ) : (
        <NextCycleSection db={db} plan={plan} actionItems={actionItems} />
      )}

      {path && (
        <div class="card">
          <h3>{t('historyGoalPathTitle')}</h3>
          <div class="field">
            <label for="history-goal">{t('historyGoalPick')}</label>
            <select id="history-goal" value={String(Math.min(followed, paths.length - 1))} onChange={(e) => setFollowed(Number((e.currentTarget as HTMLSelectElement).value))}>
              {paths.map((p, i) => {
                const last = p[p.length - 1];
                return (
                  <option key={i} value={String(i)}>
                    {last.request || last.text}
                  </option>
                );
              })}
            </select>
          </div>
          <ol class="history-goal-path">
            {path.map((step) => (
              <li key={step.planId}>
                <strong>{day(step.date)}</strong>: {step.request || step.text}{' '}
                <span class="history-outcome">
                  ({t(step.outcome === 'carried' ? 'historyGoalCarried' : step.outcome === 'reached' ? 'historyGoalReached' : 'historyGoalCurrent')})
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}

      <div class="card">
        <h3>{t('historyExportTitle')}</h3>
        <div class="meeting-links-buttons">
          <button type="button" onClick={exportJson}>
            {t('historyExportJson')}
          </button>
          <button type="button" onClick={exportMarkdown}>
            {t('historyExportMarkdown')}
          </button>
        </div>
        {status && <p role="status" class="ok">{status}</p>}
      </div>
    </section>
  );
}
