import type { ActionItem, EmailChoices, Plan } from '../plan/types';
import { agendaParts } from '../plan/agenda-proposal';
import { asPhrase, asSentence, joinList } from './sentences';

/**
 * The English wording built from the plan for the built-in emails: the default agenda (the
 * guide's four parts), the questions for the manager, and the check-in's opening. Kept apart
 * from view.ts so each email reads short and natural (see tests/golden for what comes out).
 */

type AgendaPlan = Pick<Plan, 'currentRole' | 'selfAssessment' | 'goals' | 'paths' | 'agenda'>;

/** The agenda the email shows when the person wrote none: at most four lines, each goal once, flagged goals left out. */
export function defaultAgendaLines(plan: AgendaPlan | undefined, choices?: EmailChoices): string[] {
  if (!plan) {
    return [
      'My current role: what is going well and where I want to grow',
      'My long-term interests and where I would like to be in two to five years',
      'My development goals and the support I would like to ask for',
      'Your feedback on my strengths and on what I could develop next',
    ];
  }
  // The review's choices for this email: goals left out, kept, or reworded.
  const goals = plan.goals
    .filter((g) => !choices?.omitGoals.includes(g.id))
    .map((g) => (choices?.goalText[g.id] ? { ...g, request: choices.goalText[g.id] } : g));
  const keep = [...(choices?.keepGoals ?? []), ...Object.keys(choices?.goalText ?? {})];
  const parts = agendaParts({ ...plan, goals }, keep);
  const interests = joinList(parts.interests.map(asPhrase));
  const vision = parts.vision && asPhrase(parts.vision);
  return [
    `My role${parts.role ? ` as ${asPhrase(parts.role)}` : ''}: what is going well and where I want to grow`,
    vision && interests
      ? `Long term: ${vision} (my interests: ${interests})`
      : vision
        ? `Where I would like to be in two to five years: ${vision}`
        : interests
          ? `My long-term interests: ${interests}`
          : 'My long-term interests and where I would like to be in two to five years',
    parts.requests.length ? `What I would like to ask for: ${joinList(parts.requests.map(asPhrase))}` : 'My development goals and the support I would like to ask for',
    'Your feedback on my strengths and on what I could develop next',
  ];
}

/** Agenda lines the person typed as questions ("…?") are the questions they want answered. */
export const isQuestion = (text: string) => /\?["'’”)]*\s*$/.test(text.trim());

/** Two or three questions for the manager: the person's own, else two from the guide's meeting prompts. */
export function agendaQuestions(plan: AgendaPlan | undefined): string[] {
  const own = (plan?.agenda ?? []).map((a) => a.text.trim()).filter((t) => t && isQuestion(t)).slice(0, 3);
  if (own.length >= 2) return own.map(asSentence);
  const role = plan?.paths.find((p) => p.role.trim())?.role.trim();
  const defaults = [
    'Which projects, stretch assignments or training coming up could help me get there?',
    role ? `Who would you suggest I talk to about the ${asPhrase(role)} role?` : 'Who would you suggest I talk to about where my career could go here?',
  ];
  return [...own.map(asSentence), ...defaults].slice(0, Math.max(2, own.length));
}

const DAY = 86_400_000;

/** "a week", "three weeks", "two months": the real time since the meeting; '' when unknown or in the future. */
export function timeSince(start: Date | undefined, now: Date): string {
  if (!start) return '';
  const days = Math.floor((now.getTime() - start.getTime()) / DAY);
  if (days < 1) return '';
  const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  const n = (k: number, unit: string) => (k === 1 ? `a ${unit}` : `${words[k] ?? k} ${unit}s`);
  if (days < 7) return n(days, 'day');
  if (days < 60) return n(Math.round(days / 7), 'week');
  return n(Math.round(days / 30.4), 'month');
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
