import type { ActionItem, Plan } from './types';
import { meetingStart, nextCheckInAt, recapDueAt, recapState, wasSent } from './deadlines';

export type StageId = 'self-assessment' | 'career-paths' | 'goals' | 'agenda' | 'meeting' | 'recap' | 'check-ins';

export const STAGES: { id: StageId; name: string }[] = [
  { id: 'self-assessment', name: 'Self-assessment' },
  { id: 'career-paths', name: 'Career paths' },
  { id: 'goals', name: 'Goals and requests' },
  { id: 'agenda', name: 'Agenda' },
  { id: 'meeting', name: 'Meeting' },
  { id: 'recap', name: 'Recap' },
  { id: 'check-ins', name: 'Check-ins' },
];

/** Which stages have content: a stage counts as done once it holds something of substance. */
export function stageDone(plan: Plan): Record<StageId, boolean> {
  const sa = plan.selfAssessment;
  return {
    'self-assessment': sa.strengths.length + sa.areasToImprove.length + sa.interests.length > 0 || sa.vision.trim() !== '',
    'career-paths': plan.paths.length + plan.interviews.length > 0,
    goals: plan.goals.some((g) => (g.request || g.text).trim() !== ''),
    agenda: plan.agenda.length > 0 && (wasSent(plan, 'agenda') || plan.agenda.length >= 3),
    meeting: plan.meeting.takeaways.length > 0 || plan.meeting.notes.trim() !== '',
    recap: wasSent(plan, 'recap'),
    'check-ins': plan.checkIns.length > 0,
  };
}

export interface NextStep {
  stage: StageId;
  text: string;
  urgent: boolean;
}

const fmt = (d: Date, locale?: string) =>
  d.toLocaleString(locale, { weekday: 'long', hour: '2-digit', minute: '2-digit' });
const fmtDay = (d: Date, locale?: string) => d.toLocaleDateString(locale, { weekday: 'long', month: 'short', day: 'numeric' });

/** The single most useful thing to do next, in the guide's order, deadlines first. */
export function nextStep(plan: Plan, items: ActionItem[], now: Date = new Date(), locale?: string): NextStep {
  const recap = recapState(plan, now);
  if (recap === 'due') {
    return { stage: 'recap', text: `Send the thank-you recap by ${fmt(recapDueAt(plan)!, locale)}`, urgent: true };
  }
  if (recap === 'overdue') {
    return { stage: 'recap', text: 'Send the thank-you recap: the meeting was over a day ago', urgent: true };
  }
  if (recap === 'sent') {
    const next = nextCheckInAt(plan);
    if (next && next <= now) return { stage: 'check-ins', text: 'A check-in is due: log your progress and send an update', urgent: true };
    if (next) return { stage: 'check-ins', text: `Next check-in around ${fmtDay(next, locale)}`, urgent: false };
  }
  const done = stageDone(plan);
  if (!plan.managerName.trim() || !plan.company.trim()) {
    return { stage: 'self-assessment', text: "Add your manager's name and your company", urgent: false };
  }
  if (!done['self-assessment']) return { stage: 'self-assessment', text: 'Reflect on your strengths, interests and where you want to be', urgent: false };
  if (!done.goals) return { stage: 'goals', text: 'Turn your goals into concrete requests', urgent: false };
  if (!wasSent(plan, 'meeting-request') && !plan.meetingAt) {
    return { stage: 'agenda', text: 'Ask your manager for a career development conversation', urgent: false };
  }
  const start = meetingStart(plan);
  if (start && start > now) {
    if (!wasSent(plan, 'agenda')) return { stage: 'agenda', text: `Send the agenda before ${fmt(start, locale)}`, urgent: false };
    return { stage: 'meeting', text: `Meeting on ${fmt(start, locale)}: review your meeting sheet`, urgent: false };
  }
  if (!plan.meetingAt) return { stage: 'agenda', text: 'Set the meeting date once your manager agrees', urgent: false };
  return { stage: 'meeting', text: 'Note the takeaways and action items from the meeting', urgent: false };
}
