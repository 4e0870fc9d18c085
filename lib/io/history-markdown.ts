import type { CycleRow, GoalStep } from '../plan/cycles';
import { mdText } from './markdown';
import type { Say } from '../message';

/**
 * The history of a plan's cycles as Markdown: one table row per cycle, then each goal's
 * path across the cycles. Appended to a plan's Markdown export when it has more than one cycle.
 * Headings in the interface language (`say`), like the rest of the export.
 */
export function historyToMarkdown(rows: CycleRow[], paths: GoalStep[][], say: Say): string {
  const cell = (s: string) => mdText(s).replace(/\|/g, '\\|');
  const columns = (
    ['mdHistoryCycle', 'historyColDate', 'historyColManager', 'historyColGoals', 'historyColOnTime', 'historyColLate', 'historyColDropped', 'historyColCarried', 'mdHistoryOpen'] as const
  ).map((key) => cell(say(key)));
  const current = ` (${cell(say('mdHistoryCurrent'))})`;
  const outcome = { carried: 'historyGoalCarried', reached: 'historyGoalReached', current: 'historyGoalCurrent' } as const;
  const out = [
    `## ${mdText(say('plannerRouteHistory'))}`,
    '',
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map(
      (r, i) =>
        `| ${i + 1}${r.finished ? '' : current} | ${r.date} | ${cell(r.manager) || '–'} | ${r.goals.map(cell).join('; ') || '–'} | ${r.onTime} | ${r.late} | ${r.dropped} | ${r.carried} | ${r.open} |`,
    ),
    '',
  ];
  const followed = paths.filter((p) => p.length > 1);
  if (followed.length) {
    out.push(`### ${mdText(say('mdHistoryGoals'))}`, '');
    for (const path of followed) {
      const last = path[path.length - 1];
      out.push(`- **${cell(last.request || last.text)}**`);
      for (const step of path) out.push(`  - ${step.date}${say('mdColon')} ${cell(step.request || step.text)} (${cell(say(outcome[step.outcome]))})`);
    }
    out.push('');
  }
  return out.join('\n');
}
