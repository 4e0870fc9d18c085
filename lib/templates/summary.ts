import type { ActionItem, Plan } from '../plan/types';
import type { DateOptions } from './dates';
import { formatLongDate, formatShortDate, formatTime, parseLocalDate } from './dates';
import { meetingStart } from '../plan/deadlines';
import { formatBody, markData, type Formatted } from './format';
import { asClause, ownerSubject, STATUS_LABELS } from './phrasing';

/**
 * A plain summary of a plan, for the context menu ("Insert plan summary") and for
 * pasting anywhere. Short: goals and next steps. Full: every stage that has content.
 * Built as marked text (headings and "- " lines are ours, values are data) and
 * formatted like a template body, so it is escaped the same way.
 */

export type SummaryLength = 'short' | 'full';

const MOVE_LABELS: Record<string, string> = { lateral: 'lateral move', vertical: 'step up', 'other-function': 'other function' };

function section(title: string, lines: string[]): string {
  const items = lines.map((l) => l.trim()).filter(Boolean);
  return items.length ? `${title}:\n${items.map((l) => `- ${markData(l)}`).join('\n')}` : '';
}

function texts(list: { text: string }[] | undefined): string[] {
  return (list ?? []).map((e) => e.text);
}

function actionLine(item: ActionItem, opts: DateOptions): string {
  const due = parseLocalDate(item.due);
  const subject = ownerSubject(item, 'Someone');
  const when = due ? ` by ${formatShortDate(due, opts)}` : '';
  const status = item.status === 'open' ? '' : ` (${STATUS_LABELS[item.status]})`;
  return `${subject} will ${asClause(item.text)}${when}.${status}`;
}

function goalLines(plan: Plan): string[] {
  return plan.goals.map((g) => (g.text.trim() && g.request.trim() ? `${g.text.trim()}: ${g.request.trim()}` : g.text || g.request));
}

export function renderSummary(plan: Plan, actionItems: ActionItem[], length: SummaryLength, opts: DateOptions = {}): Formatted {
  const items = actionItems.filter((i) => i.text.trim()).sort((a, b) => a.order - b.order);
  const steps = items.map((i) => actionLine(i, opts));
  const parts: string[] = [];
  const who = [plan.managerName.trim() && `with ${plan.managerName.trim()}`, plan.company.trim() && `at ${plan.company.trim()}`].filter(Boolean).join(' ');
  parts.push(markData(`Career development plan${who ? ' ' + who : ''}`));

  if (length === 'short') {
    parts.push(section('Goals', goalLines(plan)));
    parts.push(section('Next steps', steps));
    if (!plan.goals.some((g) => (g.text + g.request).trim()) && !steps.length) parts.push('No goals or next steps yet.');
    return formatBody(parts.filter(Boolean).join('\n\n'));
  }

  const start = meetingStart(plan);
  const meeting = start
    ? `${formatLongDate(start, opts)}${/T\d{2}:\d{2}/.test(plan.meetingAt) ? `, ${formatTime(start, opts)}` : ''} (${plan.meetingMinutes || 30} minutes)`
    : '';
  const sa = plan.selfAssessment;
  parts.push(
    section('About', [plan.currentRole && `Current role: ${plan.currentRole}`, meeting && `Meeting: ${meeting}`]),
    section('Strengths', texts(sa.strengths)),
    section('Areas to improve', texts(sa.areasToImprove)),
    section('Interests', texts(sa.interests)),
    section('What gives me energy', texts(sa.energizers)),
    section('Underused skills', texts(sa.underusedSkills)),
    section('In two to five years', [sa.vision]),
    section('Career paths', plan.paths.map((p) => [p.role, MOVE_LABELS[p.moveType] && `(${MOVE_LABELS[p.moveType]})`, p.gaps && `gaps: ${p.gaps}`].filter(Boolean).join(' '))),
    section('Informational interviews', plan.interviews.map((i) => [i.who, i.role && `(${i.role})`, i.learned && `: ${i.learned}`].filter(Boolean).join(' '))),
    section('Goals', goalLines(plan)),
    section('Agenda', texts(plan.agenda)),
    section('What my manager sees as strengths', [plan.meeting.strengthsFeedback]),
    section('Where I could grow', [plan.meeting.growthFeedback]),
    section('Opportunities', [plan.meeting.opportunities]),
    section('Meeting notes', [plan.meeting.notes]),
    section('Key takeaways', texts(plan.meeting.takeaways)),
    section('Next steps', steps),
    section('Check-ins', plan.checkIns.map((c) => {
      const day = parseLocalDate(c.date);
      return [day && formatShortDate(day, opts), c.notes.trim()].filter(Boolean).join(': ');
    })),
    section('Notes', texts(plan.notes)),
  );
  return formatBody(parts.filter(Boolean).join('\n\n'));
}
