import type { ActionItem, Plan } from '../plan/types';
import type { DateOptions } from './dates';
import { formatLongDate, formatShortDate, formatTime, parseLocalDate } from './dates';
import { meetingStart } from '../plan/deadlines';
import { formatBody, markData, type Formatted } from './format';
import { asClause, ownerSubject, STATUS_LABELS } from './phrasing';
import { emailPhrases } from './email-language';
import { SUMMARY_WORDS, type SummaryWords } from './summary-words';
import type { Formality, Language } from '../plan/language';

/**
 * A plain summary of a plan, for the context menu ("Insert plan summary") and for
 * pasting anywhere. Short: goals and next steps. Full: every stage that has content.
 * Built as marked text (headings and "- " lines are ours, values are data) and
 * formatted like a template body, so it is escaped the same way.
 */

export type SummaryLength = 'short' | 'full';

export interface SummaryOptions extends DateOptions {
  /** The plan's email language (English when omitted). */
  lang?: Language;
  formality?: Formality;
}

function section(title: string, lines: string[], colon = ':'): string {
  const items = lines.map((l) => l.trim()).filter(Boolean);
  return items.length ? `${title}${colon}\n${items.map((l) => `- ${markData(l)}`).join('\n')}` : '';
}

function texts(list: { text: string }[] | undefined): string[] {
  return (list ?? []).map((e) => e.text);
}

function actionLine(item: ActionItem, opts: SummaryOptions, words: SummaryWords): string {
  const due = parseLocalDate(item.due);
  const lang = opts.lang ?? 'en';
  const when = due ? words.by(formatShortDate(due, opts)) : '';
  if (lang === 'en') {
    const status = item.status === 'open' ? '' : ` (${STATUS_LABELS[item.status]})`;
    return `${ownerSubject(item, words.someone)} will ${asClause(item.text)}${when}.${status}`;
  }
  const phrases = emailPhrases(lang, opts.formality);
  const status = item.status === 'open' ? '' : ` (${phrases.status[item.status]})`;
  const who = phrases.subject(item.owner, item.ownerName.trim() || words.someone);
  return `${who}${words.colon} ${item.text.trim().replace(/[.;,\s]+$/, '')}${when}.${status}`;
}

function goalLines(plan: Plan): string[] {
  return plan.goals.map((g) => (g.text.trim() && g.request.trim() ? `${g.text.trim()}: ${g.request.trim()}` : g.text || g.request));
}

export function renderSummary(plan: Plan, actionItems: ActionItem[], length: SummaryLength, opts: SummaryOptions = {}): Formatted {
  const w = SUMMARY_WORDS[opts.lang ?? 'en'];
  const sec = (title: string, lines: string[]) => section(title, lines, w.colon);
  const items = actionItems.filter((i) => i.text.trim()).sort((a, b) => a.order - b.order);
  const steps = items.map((i) => actionLine(i, opts, w));
  const parts: string[] = [];
  const who = [plan.managerName.trim() && w.withManager(plan.managerName.trim()), plan.company.trim() && w.atCompany(plan.company.trim())].filter(Boolean).join(' ');
  parts.push(markData(`${w.title}${who ? ' ' + who : ''}`));

  if (length === 'short') {
    parts.push(sec(w.goals, goalLines(plan)));
    parts.push(sec(w.nextSteps, steps));
    if (!plan.goals.some((g) => (g.text + g.request).trim()) && !steps.length) parts.push(w.nothingYet);
    return formatBody(parts.filter(Boolean).join('\n\n'));
  }

  const start = meetingStart(plan);
  const meeting = start
    ? `${formatLongDate(start, opts)}${/T\d{2}:\d{2}/.test(plan.meetingAt) ? `, ${formatTime(start, opts)}` : ''} (${w.minutes(plan.meetingMinutes || 30)})`
    : '';
  const sa = plan.selfAssessment;
  parts.push(
    sec(w.about, [plan.currentRole && `${w.currentRole}${w.colon} ${plan.currentRole}`, meeting && `${w.meeting}${w.colon} ${meeting}`]),
    sec(w.strengths, texts(sa.strengths)),
    sec(w.areasToImprove, texts(sa.areasToImprove)),
    sec(w.interests, texts(sa.interests)),
    sec(w.energizers, texts(sa.energizers)),
    sec(w.underusedSkills, texts(sa.underusedSkills)),
    sec(w.vision, [sa.vision]),
    sec(w.paths, plan.paths.map((p) => [p.role, w.moves[p.moveType] && `(${w.moves[p.moveType]})`, p.gaps && `${w.gaps}${w.colon} ${p.gaps}`].filter(Boolean).join(' '))),
    sec(w.interviews, plan.interviews.map((i) => [i.who, i.role && `(${i.role})`, i.learned && `: ${i.learned}`].filter(Boolean).join(' '))),
    sec(w.goals, goalLines(plan)),
    sec(w.agenda, texts(plan.agenda)),
    sec(w.managerStrengths, [plan.meeting.strengthsFeedback]),
    sec(w.growth, [plan.meeting.growthFeedback]),
    sec(w.opportunities, [plan.meeting.opportunities]),
    sec(w.meetingNotes, [plan.meeting.notes]),
    sec(w.takeaways, texts(plan.meeting.takeaways)),
    sec(w.nextSteps, steps),
    sec(w.checkIns, plan.checkIns.map((c) => {
      const day = parseLocalDate(c.date);
      return [day && formatShortDate(day, opts), c.notes.trim()].filter(Boolean).join(': ');
    })),
    sec(w.notes, texts(plan.notes)),
  );
  return formatBody(parts.filter(Boolean).join('\n\n'));
}
