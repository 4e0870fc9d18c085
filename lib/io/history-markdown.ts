import type { CycleRow, GoalStep } from '../plan/cycles';
import { mdText } from './markdown';

/**
 * The history of a plan's cycles as Markdown: one table row per cycle, then each goal's
 * path across the cycles. Appended to a plan's Markdown export when it has more than one cycle.
 */
export function historyToMarkdown(rows: CycleRow[], paths: GoalStep[][]): string {
  const cell = (s: string) => mdText(s).replace(/\|/g, '\\|');
  const out = [
    '## History',
    '',
    '| Cycle | Date | Manager | Goals | Done on time | Done late | Dropped | Carried over | Open |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r, i) =>
        `| ${i + 1}${r.finished ? '' : ' (current)'} | ${r.date} | ${cell(r.manager) || '–'} | ${r.goals.map(cell).join('; ') || '–'} | ${r.onTime} | ${r.late} | ${r.dropped} | ${r.carried} | ${r.open} |`,
    ),
    '',
  ];
  const followed = paths.filter((p) => p.length > 1);
  if (followed.length) {
    out.push('### Goals across cycles', '');
    for (const path of followed) {
      const last = path[path.length - 1];
      out.push(`- **${cell(last.request || last.text)}**`);
      for (const step of path) out.push(`  - ${step.date}: ${cell(step.request || step.text)} (${step.outcome === 'carried' ? 'carried over' : step.outcome})`);
    }
    out.push('');
  }
  return out.join('\n');
}
