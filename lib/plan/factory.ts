import type { ActionItem, Plan, TextEntry } from './types';

export const DEFAULT_MEETING_MINUTES = 30;
export const DEFAULT_CHECK_IN_DAYS = 21;

export function newId(): string {
  return crypto.randomUUID();
}

export function newEntry(text = ''): TextEntry {
  return { id: newId(), text };
}

/** A blank plan with every field present, so code never meets `undefined`. */
export function newPlan(now: Date = new Date(), init: Partial<Plan> = {}): Plan {
  const iso = now.toISOString();
  return {
    id: newId(),
    title: '',
    createdAt: iso,
    updatedAt: iso,
    myName: '',
    managerName: '',
    managerEmail: '',
    company: '',
    currentRole: '',
    meetingAt: '',
    meetingMinutes: DEFAULT_MEETING_MINUTES,
    selfAssessment: {
      strengths: [],
      areasToImprove: [],
      interests: [],
      energizers: [],
      underusedSkills: [],
      vision: '',
    },
    paths: [],
    interviews: [],
    goals: [],
    agenda: [],
    meeting: { strengthsFeedback: '', growthFeedback: '', opportunities: '', notes: '', takeaways: [] },
    checkIns: [],
    notes: [],
    emailsSent: [],
    reminders: { enabled: true, checkInEveryDays: DEFAULT_CHECK_IN_DAYS },
    ...init,
  };
}

export function newActionItem(planId: string, order: number, init: Partial<ActionItem> = {}): ActionItem {
  return {
    id: newId(),
    planId,
    text: '',
    owner: 'me',
    ownerName: '',
    due: '',
    status: 'open',
    order,
    createdAt: new Date().toISOString(),
    ...init,
  };
}

// One formatter for every label: making one per call (what toLocaleDateString does) costs
// more than the rest of a label, and a plan switcher labels up to 200 plans on each change.
let monthYear: Intl.DateTimeFormat | undefined;

/**
 * The title shown for a plan in lists: its own title, else company and meeting month, else
 * `untitled` (the interface's "Untitled plan": this module stays free of browser APIs).
 */
export function planLabel(plan: Pick<Plan, 'title' | 'company' | 'meetingAt' | 'createdAt'>, untitled: string): string {
  if (plan.title.trim()) return plan.title.trim();
  const when = plan.meetingAt || plan.createdAt;
  const date = when ? new Date(when) : undefined;
  const month = date && !Number.isNaN(date.getTime()) ? (monthYear ??= new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })).format(date) : '';
  const company = plan.company.trim();
  if (company && month) return `${company} – ${month}`;
  return company || (month ? `Plan – ${month}` : untitled);
}
