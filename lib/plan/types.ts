/**
 * The stored shape of a career-conversation plan. This is the schema boundary:
 * everything in IndexedDB, in export files and in messages is one of these types.
 * Ids are strings (crypto.randomUUID) so exported plans can be merged on import.
 */

import type { Formality, Language } from './language';

export type Id = string;

/** ISO 8601 date-time string (UTC, `Date.toISOString()`), or '' when not set. */
export type IsoDateTime = string;
/** `YYYY-MM-DD`, or '' when not set. */
export type IsoDate = string;

/** A free-text entry of a list editor (strengths, agenda items, takeaways…). */
export interface TextEntry {
  id: Id;
  text: string;
}

export interface SelfAssessment {
  strengths: TextEntry[];
  areasToImprove: TextEntry[];
  interests: TextEntry[];
  /** Tasks and kinds of work that give the person energy. */
  energizers: TextEntry[];
  underusedSkills: TextEntry[];
  /** Where the person wants to be in 2–5 years. */
  vision: string;
}

export type MoveType = 'lateral' | 'vertical' | 'other-function';

export interface CareerPath {
  id: Id;
  role: string;
  moveType: MoveType;
  qualifications: string;
  gaps: string;
  notes: string;
  /** Where it was captured from (context menu "Save to CareerTalk"). */
  sourceUrl?: string;
  sourceTitle?: string;
}

export interface InformationalInterview {
  id: Id;
  who: string;
  role: string;
  date: IsoDate;
  learned: string;
}

export type GoalKind = 'lead-project' | 'mentor' | 'certification' | 'training' | 'shadowing' | 'other';

export interface Goal {
  id: Id;
  kind: GoalKind;
  /** What the person wants to grow towards, in their words. */
  text: string;
  /** The concrete request to the manager ("Lead the Q3 billing migration"). */
  request: string;
}

export type AgendaSection = 'current-role' | 'long-term' | 'goals' | 'feedback' | 'other';

export interface AgendaItem {
  id: Id;
  text: string;
  section: AgendaSection;
}

export interface MeetingNotes {
  /** What the manager sees as the person's strengths. */
  strengthsFeedback: string;
  /** Where the manager thinks the person could grow. */
  growthFeedback: string;
  /** Projects, stretch assignments, training that came up. */
  opportunities: string;
  notes: string;
  takeaways: TextEntry[];
}

export type OwnerKind = 'me' | 'manager' | 'other';
export type ActionStatus = 'open' | 'in-progress' | 'done';

/** Kept in its own table (indexed by plan and due date), not inside the plan. */
export interface ActionItem {
  id: Id;
  planId: Id;
  text: string;
  owner: OwnerKind;
  /** The named person when owner is 'other'. */
  ownerName: string;
  due: IsoDate;
  status: ActionStatus;
  /** Position within the plan's list. */
  order: number;
  createdAt: IsoDateTime;
  /** When it was marked done (absent on items done before this was recorded). */
  doneAt?: IsoDateTime;
}

export interface CheckIn {
  id: Id;
  date: IsoDate;
  notes: string;
  /** Progress note per action item id. */
  progress: Record<Id, string>;
}

export type EmailKind = 'meeting-request' | 'agenda' | 'recap' | 'check-in';

/**
 * 'drafted': the email was inserted into a draft, copied or opened as a compose link;
 * 'sent': the person sent it (the compose closed through its Send control, or they said so).
 */
export type EmailStatus = 'drafted' | 'sent';

/** One email written from the plan (the list keeps its historical name `emailsSent`). */
export interface SentEmail {
  kind: EmailKind;
  /** Template id used (built-in id or user template id). */
  templateId: string;
  /** When it was written (inserted, copied or opened). */
  at: IsoDateTime;
  /** Where it was written: 'gmail' | 'outlook' | 'clipboard' | 'link'; 'confirmed' when only the person's word records it. */
  via: string;
  status: EmailStatus;
  /** Links a draft to its send (random; absent on records from before schema v3). */
  id?: string;
  /** When it was sent, once status is 'sent'. */
  sentAt?: IsoDateTime;
}

/**
 * What the person decided in the review of one email (see lib/templates/review.ts), remembered
 * per template so the next render of that email follows it. Nothing here blocks an email.
 */
export interface EmailChoices {
  /** Flagged goals (pay, promotion, rating, vague) the person chose to keep in this email. */
  keepGoals: Id[];
  /** Goals the person chose to leave out of this email. */
  omitGoals: Id[];
  /** A concrete wording chosen to replace a vague goal in this email, by goal id. */
  goalText: Record<Id, string>;
  /** Action items without a due date: a visible placeholder, or "a date we agree on". */
  undated: 'placeholder' | 'agree';
  /** Findings the person saw and chose to keep as they are (finding ids). */
  keptAsIs: string[];
}

export interface ReminderSettings {
  enabled: boolean;
  /** Days between check-ins (21 by default). */
  checkInEveryDays: number;
}

export interface Plan {
  id: Id;
  /** Shown in the plan switcher; defaults to "<Company> – <month year>". */
  title: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  myName: string;
  managerName: string;
  managerEmail: string;
  company: string;
  /** Current role, used in the agenda ("my current role as …"). */
  currentRole: string;
  /** Local date-time of the meeting as `YYYY-MM-DDTHH:mm` (datetime-local), or ''. */
  meetingAt: string;
  meetingMinutes: number;
  selfAssessment: SelfAssessment;
  paths: CareerPath[];
  interviews: InformationalInterview[];
  goals: Goal[];
  agenda: AgendaItem[];
  meeting: MeetingNotes;
  checkIns: CheckIn[];
  /** Free notes, including text saved from web pages. */
  notes: TextEntry[];
  emailsSent: SentEmail[];
  reminders: ReminderSettings;
  /** The language of this plan's emails; the interface language when not set. */
  emailLanguage?: Language;
  /** How the emails address the manager: polite (Sie / vous / usted, the default) or familiar (du / tu / tú). */
  formality?: Formality;
  /** Links between successive conversations (see lib/plan/cycles.ts); absent on a plan never continued. */
  cycle?: PlanCycle;
  /** Review choices per template id; absent until the person makes one. */
  emailChoices?: Record<string, EmailChoices>;
}

/** One plan is one cycle; "Start the next cycle" links the old plan and the new one both ways. */
export interface PlanCycle {
  /** The plan this one continues ('' for a first cycle). */
  previousPlanId: Id;
  /** The plan that continues this one ('' while this is the current cycle). */
  nextPlanId: Id;
  /** When the next cycle was started, which finished this one ('' while current). */
  finishedAt: IsoDateTime;
  /** Carried-over entry id in this plan → its id in the previous plan (goals, paths, action items, self-assessment). */
  carriedFrom: Record<Id, Id>;
}

/** Names of list fields in a plan that hold TextEntry-like items with ids. */
export type PlanListKey = 'paths' | 'interviews' | 'goals' | 'agenda' | 'checkIns' | 'notes';
export type SelfAssessmentListKey = Exclude<keyof SelfAssessment, 'vision'>;

/** A user's own email template (built-ins live in code, see lib/templates). */
export interface UserTemplate {
  id: Id;
  name: string;
  subject: string;
  body: string;
  /** Built-in id this was duplicated from, if any. */
  basedOn?: string;
  /** The email kind it stands for, when known (for progress tracking). */
  kind?: EmailKind;
  /** The language it is written in: offered only for plans with that email language. Absent: any language. */
  language?: Language;
  updatedAt: IsoDateTime;
}

/** A scheduled reminder, kept in the database so it can be rebuilt after a restart. */
export type ReminderKind = 'agenda' | 'recap' | 'check-in' | 'action-due';
export interface Reminder {
  /** Stable id: `${planId}:${kind}:${ref}` so rebuilding never doubles it. */
  id: string;
  planId: Id;
  kind: ReminderKind;
  /** Action item id for 'action-due', '' otherwise. */
  ref: string;
  fireAt: number;
  /** Set once the notification was shown. */
  firedAt?: number;
}
