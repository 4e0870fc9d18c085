import type { ActionItem, EmailChoices, Plan } from '../plan/types';
import type { Language } from '../plan/language';
import { agendaParts } from '../plan/agenda-proposal';
import { asSentence } from './sentences';
import type { EmailPhrases } from './email-language';

/**
 * What the built-in emails build from the plan besides single fields: the default agenda (the
 * guide's four parts), the questions for the manager, the check-in's opening and its groups.
 * The wording is the email language's (EmailPhrases); kept apart from view.ts so each email
 * reads short and natural (see tests/golden for what comes out in English).
 */

type AgendaPlan = Pick<Plan, 'currentRole' | 'selfAssessment' | 'goals' | 'paths' | 'agenda'>;

/** The agenda the email shows when the person wrote none: at most four lines, each goal once, flagged goals left out. */
export function defaultAgendaLines(plan: AgendaPlan | undefined, words: EmailPhrases, lang: Language = 'en', choices?: EmailChoices): string[] {
  if (!plan) return words.agenda({ role: '', vision: '', interests: [], requests: [] });
  // The review's choices for this email: goals left out, kept, or reworded.
  const goals = plan.goals
    .filter((g) => !choices?.omitGoals.includes(g.id))
    .map((g) => (choices?.goalText[g.id] ? { ...g, request: choices.goalText[g.id] } : g));
  const keep = [...(choices?.keepGoals ?? []), ...Object.keys(choices?.goalText ?? {})];
  const parts = agendaParts({ ...plan, goals }, keep, lang);
  return words.agenda({ role: parts.role, vision: parts.vision, interests: parts.interests, requests: parts.requests });
}

/** Agenda lines the person typed as questions ("…?") are the questions they want answered. */
export const isQuestion = (text: string) => /\?["'’”)]*\s*$/.test(text.trim());

/** Two or three questions for the manager: the person's own, else two in the email's language. */
export function agendaQuestions(plan: AgendaPlan | undefined, words: EmailPhrases): string[] {
  const own = (plan?.agenda ?? []).map((a) => a.text.trim()).filter((t) => t && isQuestion(t)).slice(0, 3);
  if (own.length >= 2) return own.map(asSentence);
  const role = plan?.paths.find((p) => p.role.trim())?.role.trim() ?? '';
  return [...own.map(asSentence), ...words.questions(role)].slice(0, Math.max(2, own.length));
}

const DAY = 86_400_000;

/** The real time since the meeting ("three weeks"); '' when unknown or in the future. */
export function timeSince(start: Date | undefined, now: Date, words: EmailPhrases): string {
  if (!start) return '';
  const days = Math.floor((now.getTime() - start.getTime()) / DAY);
  if (days < 1) return '';
  if (days < 7) return words.since(days, 'day');
  if (days < 60) return words.since(Math.round(days / 7), 'week');
  return words.since(Math.round(days / 30.4), 'month');
}

/** The latest check-in's notes as sentences ('' when none). */
export function latestCheckInNotes(plan: Pick<Plan, 'checkIns'> | undefined): string {
  const latest = [...(plan?.checkIns ?? [])].filter((c) => c.notes.trim()).sort((a, b) => (a.date || '').localeCompare(b.date || '')).at(-1);
  return latest ? asSentence(latest.notes) : '';
}

/**
 * Groups the items for the check-in email. Open items are never "not started": the ones still
 * ahead are "coming up" (by owner, with their date), the ones whose date passed are "still open"
 * (named plainly, without a date that would read as a reproach).
 */
export function groupForCheckIn(items: ActionItem[], now: Date): { done: ActionItem[]; inProgress: ActionItem[]; upcoming: ActionItem[]; stillOpen: ActionItem[] } {
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const open = items.filter((i) => i.status === 'open');
  return {
    done: items.filter((i) => i.status === 'done'),
    inProgress: items.filter((i) => i.status === 'in-progress'),
    upcoming: open.filter((i) => !i.due || i.due >= today),
    stillOpen: open.filter((i) => i.due && i.due < today),
  };
}
