import type { ActionItem, Plan } from './types';
import type { MessageKey } from '../i18n';
import { formatDate } from '../date-format';
import { meetingStart, nextCheckInAt, recapDueAt, recapState, wasSent } from './deadlines';

export type StageId = 'self-assessment' | 'career-paths' | 'goals' | 'agenda' | 'meeting' | 'recap' | 'check-ins';

/** The guide's steps in order; `nameKey` is the UI text (public/_locales), looked up where shown. */
export const STAGES: { id: StageId; nameKey: MessageKey }[] = [
  { id: 'self-assessment', nameKey: 'stageNameSelfAssessment' },
  { id: 'career-paths', nameKey: 'stageNameCareerPaths' },
  { id: 'goals', nameKey: 'stageNameGoals' },
  { id: 'agenda', nameKey: 'stageNameAgenda' },
  { id: 'meeting', nameKey: 'stageNameMeeting' },
  { id: 'recap', nameKey: 'stageNameRecap' },
  { id: 'check-ins', nameKey: 'stageNameCheckIns' },
];

/** True when a list holds at least one entry with real text (an empty row added by mistake does not count). */
const someText = <T>(list: T[], text: (x: T) => string) => list.some((x) => text(x).trim() !== '');

/** Which stages have content: a stage counts as done only once it holds something of substance. */
export function stageDone(plan: Plan): Record<StageId, boolean> {
  const sa = plan.selfAssessment;
  const entry = (e: { text: string }) => e.text;
  return {
    'self-assessment': someText([...sa.strengths, ...sa.areasToImprove, ...sa.interests, ...sa.energizers, ...sa.underusedSkills], entry) || sa.vision.trim() !== '',
    'career-paths': someText(plan.paths, (p) => p.role) || someText(plan.interviews, (i) => i.who),
    goals: someText(plan.goals, (g) => g.request || g.text),
    agenda: wasSent(plan, 'agenda') || plan.agenda.filter((a) => a.text.trim()).length >= 3,
    meeting: someText(plan.meeting.takeaways, entry) || plan.meeting.notes.trim() !== '',
    recap: wasSent(plan, 'recap'),
    'check-ins': someText(plan.checkIns, (c) => c.notes + Object.values(c.progress ?? {}).join('')),
  };
}

/** The next step as a message key and its values (dates already formatted): lib stays browser-free, the UI translates. */
export interface NextStep {
  stage: StageId;
  key: MessageKey;
  subs: string[];
  urgent: boolean;
}

const fmt = (d: Date, locale?: string) => formatDate(d, { weekday: 'long', hour: '2-digit', minute: '2-digit' }, locale);
const fmtDay = (d: Date, locale?: string) => formatDate(d, { weekday: 'long', month: 'short', day: 'numeric' }, locale);

/** The single most useful thing to do next, in the guide's order, deadlines first. */
export function nextStep(plan: Plan, items: ActionItem[], now: Date = new Date(), locale?: string): NextStep {
  const recap = recapState(plan, now);
  if (recap === 'due') {
    return { stage: 'recap', key: 'nextStepRecapBy', subs: [fmt(recapDueAt(plan)!, locale)], urgent: true };
  }
  if (recap === 'overdue') {
    return { stage: 'recap', key: 'nextStepRecapOverdue', subs: [], urgent: true };
  }
  if (recap === 'sent') {
    const next = nextCheckInAt(plan);
    if (next && next <= now) return { stage: 'check-ins', key: 'nextStepCheckInDue', subs: [], urgent: true };
    if (next) return { stage: 'check-ins', key: 'nextStepCheckInAround', subs: [fmtDay(next, locale)], urgent: false };
  }
  const done = stageDone(plan);
  if (!plan.managerName.trim() || !plan.company.trim()) {
    return { stage: 'self-assessment', key: 'nextStepAddManager', subs: [], urgent: false };
  }
  if (!done['self-assessment']) return { stage: 'self-assessment', key: 'nextStepReflect', subs: [], urgent: false };
  // The guide's research step comes before goals: paths inside the company, informational interviews.
  if (!done['career-paths'] && !done.goals) return { stage: 'career-paths', key: 'nextStepPaths', subs: [], urgent: false };
  if (!done.goals) return { stage: 'goals', key: 'nextStepGoals', subs: [], urgent: false };
  if (!wasSent(plan, 'meeting-request') && !plan.meetingAt) {
    return { stage: 'agenda', key: 'nextStepAskMeeting', subs: [], urgent: false };
  }
  const start = meetingStart(plan);
  if (start && start > now) {
    if (!wasSent(plan, 'agenda')) return { stage: 'agenda', key: 'nextStepSendAgenda', subs: [fmt(start, locale)], urgent: false };
    return { stage: 'meeting', key: 'nextStepMeetingOn', subs: [fmt(start, locale)], urgent: false };
  }
  if (!plan.meetingAt) return { stage: 'agenda', key: 'nextStepSetDate', subs: [], urgent: false };
  return { stage: 'meeting', key: 'nextStepTakeaways', subs: [], urgent: false };
}
