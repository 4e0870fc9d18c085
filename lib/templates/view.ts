import type { ActionItem, EmailChoices, Plan } from '../plan/types';
import { meetingStart, nextCheckInAt } from '../plan/deadlines';
import { goalFlags } from '../plan/agenda-proposal';
import { agendaQuestions, defaultAgendaLines, groupForCheckIn, isQuestion, latestCheckInNotes, timeSince } from './view-parts';
import { asPhrase, asSentence, toSecondPerson } from './sentences';
import { formatLongDate, formatShortDate, formatTime, parseLocalDate, type DateOptions } from './dates';
import { asClause, ownerLabel, ownerSubject, STATUS_LABELS } from './phrasing';
import { placeholder } from './variables';

/**
 * Builds the object Mustache reads. Values are getters so that only the values a
 * template actually uses are reported as missing.
 */

/** How one render reads the plan: the review's remembered choices for this email. */
export interface ViewOptions extends DateOptions {
  choices?: EmailChoices;
}

/** A goal id's wording in this email, or undefined when the goal is left out. */
export function goalInEmail(goal: Plan['goals'][number], choices: EmailChoices | undefined): { text: string; request: string } | undefined {
  if (choices?.omitGoals.includes(goal.id)) return undefined;
  const replaced = choices?.goalText[goal.id]?.trim();
  if (replaced) return { text: goal.text.trim(), request: replaced };
  if (goalFlags(goal).length && !choices?.keepGoals.includes(goal.id)) return undefined;
  return { text: goal.text.trim(), request: goal.request.trim() };
}

export interface BuiltView {
  view: Record<string, unknown>;
  missing: Set<string>;
}

type Item = Record<string, string>;

/** Defines a getter that returns `value`, or the placeholder (and records the label) when empty. */
function required(target: object, name: string, value: string, label: string, missing: Set<string>): void {
  Object.defineProperty(target, name, {
    enumerable: true,
    get: () => {
      if (value.trim()) return value;
      missing.add(label);
      return placeholder(label);
    },
  });
}

/** A list that shows one placeholder item (and records the label) when empty. */
function requiredList(target: object, name: string, items: object[], label: string, missing: Set<string>, fieldNames: string[]): void {
  Object.defineProperty(target, name, {
    enumerable: true,
    get: () => {
      if (items.length) return items;
      missing.add(label);
      return [Object.fromEntries(fieldNames.map((f) => [f, placeholder(label)]))];
    },
  });
}

function formatMinutes(minutes: number): string {
  const m = Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 30;
  if (m % 60 === 0) return m === 60 ? 'an hour' : `${m / 60} hours`;
  return `${m} minutes`;
}

function firstName(fullName: string): string {
  const name = fullName.trim();
  // "Dr. Ana Silva" -> "Ana"; "Silva, Ana" -> "Ana".
  if (name.includes(',')) return name.split(',')[1].trim().split(/\s+/)[0] || name;
  const parts = name.split(/\s+/).filter((p) => !/^(mr|mrs|ms|mx|dr|prof)\.?$/i.test(p));
  return parts[0] ?? '';
}

/** The latest non-empty progress note for an action item, across check-ins ordered by date. */
function latestProgress(plan: Plan | undefined, itemId: string): string {
  const checkIns = [...(plan?.checkIns ?? [])].sort((a, b) => (a.date || '').localeCompare(b.date || ''));
  let note = '';
  for (const c of checkIns) {
    const p = c.progress?.[itemId];
    if (typeof p === 'string' && p.trim()) note = p.trim();
  }
  return note;
}

const ACTION_FIELD_NAMES = ['sentence', 'text', 'owner', 'due', 'status', 'progress', 'progressLine', 'line'];

function actionItemView(item: ActionItem, plan: Plan | undefined, missing: Set<string>, opts: ViewOptions): Item {
  const dueDate = parseLocalDate(item.due);
  const due = dueDate ? formatShortDate(dueDate, opts) : '';
  const nameFallback = placeholder("Action item owner's name");
  const needsName = item.owner === 'other' && !item.ownerName.trim();
  const subject = ownerSubject(item, nameFallback);
  const clause = asClause(item.text);
  const progress = latestProgress(plan, item.id);
  const status = STATUS_LABELS[item.status] ?? STATUS_LABELS.open;
  const text = item.text.trim().replace(/[.;,\s]+$/, '');
  const who = item.owner === 'me' ? '' : `${subject}: `;
  const agreeOnDate = opts.choices?.undated === 'agree';
  // For the check-in: the item as a sentence, whose it is when not mine, and the latest note.
  const whose = item.owner === 'me' ? '' : item.owner === 'manager' ? (item.status === 'done' ? ' (thank you)' : ' (you)') : ` (${subject})`;
  const line = `${asSentence(text).replace(/([.!?…])$/, `${whose}$1`)}${progress ? ` ${asSentence(progress)}` : ''}`;
  const view: Item = {
    text,
    owner: ownerLabel(item, plan?.managerName.trim() ?? '', nameFallback),
    status,
    progress,
    progressLine: `${who}${text} (${status})${progress ? `: ${progress}` : ''}`,
    line,
  };
  Object.defineProperty(view, 'due', {
    enumerable: true,
    get: () => {
      if (due) return due;
      if (agreeOnDate) return 'a date we agree on';
      missing.add('Action item due dates');
      return placeholder('Due date');
    },
  });
  Object.defineProperty(view, 'sentence', {
    enumerable: true,
    get: () => {
      if (needsName) missing.add("Action item owner's name");
      if (!due && !agreeOnDate) missing.add('Action item due dates');
      return `${subject} will ${clause} by ${due || (agreeOnDate ? 'a date we agree on' : placeholder('Due date'))}.`;
    },
  });
  return view;
}

export function buildView(plan: Plan | undefined, actionItems: ActionItem[], opts: ViewOptions = {}): BuiltView {
  const missing = new Set<string>();
  const view: Record<string, unknown> = {};
  const p = plan;
  const managerName = p?.managerName.trim() ?? '';

  required(view, 'managerName', managerName, "Manager's name", missing);
  required(view, 'managerFirstName', firstName(managerName), "Manager's name", missing);
  required(view, 'managerEmail', p?.managerEmail.trim() ?? '', "Manager's email", missing);
  required(view, 'myName', p?.myName.trim() ?? '', 'Your name', missing);
  required(view, 'company', p?.company.trim() ?? '', 'Company', missing);
  // Job titles read as part of a sentence: "I am Dana, data analyst here at Acme".
  required(view, 'currentRole', asPhrase(p?.currentRole ?? ''), 'Current role', missing);
  required(view, 'vision', p?.selfAssessment.vision.trim() ?? '', 'Long-term vision', missing);

  const start = p ? meetingStart(p) : undefined;
  const hasTime = /T\d{2}:\d{2}/.test(p?.meetingAt ?? '');
  required(view, 'meetingDate', start ? formatLongDate(start, opts) : '', 'Meeting date', missing);
  required(view, 'meetingTime', start && hasTime ? formatTime(start, opts) : '', 'Meeting time', missing);
  // "Tuesday, March 10 at 2:00 PM": one value, so an email never says the day without the time.
  Object.defineProperty(view, 'meetingWhen', {
    enumerable: true,
    get: () => {
      if (!start) missing.add('Meeting date');
      else if (!hasTime) missing.add('Meeting time');
      const day = start ? formatLongDate(start, opts) : placeholder('Meeting date');
      return `${day} at ${start && hasTime ? formatTime(start, opts) : placeholder('Meeting time')}`;
    },
  });
  const now = opts.now ?? new Date();
  const since = start && start < now ? timeSince(start, now) : '';
  Object.defineProperty(view, 'sinceMeeting', {
    enumerable: true,
    get: () => {
      if (since) return since;
      missing.add('Meeting date');
      return placeholder('Time since the meeting');
    },
  });
  view.meetingLength = formatMinutes(p?.meetingMinutes ?? 30);

  const items = [...actionItems].filter((i) => i.text.trim()).sort((a, b) => a.order - b.order);
  const itemViews = items.map((i) => actionItemView(i, p, missing, opts));
  const done = items.filter((i) => i.status === 'done').length;
  required(view, 'checkInProgress', items.length ? `${done} of ${items.length} action item${items.length === 1 ? '' : 's'} done` : '', 'Action items', missing);
  const nextCheckIn = p ? nextCheckInAt(p) : undefined;
  view.nextCheckInDate = nextCheckIn ? formatShortDate(nextCheckIn, opts) : '';

  // Flagged goals are left out unless the person kept them in the review; each goal once.
  const goals = (p?.goals ?? [])
    .map((g) => goalInEmail(g, opts.choices))
    .filter((g): g is { text: string; request: string } => !!g)
    .filter((g) => g.text || g.request)
    .map((g) => ({ text: g.text || g.request, request: g.request || g.text, line: g.text && g.request ? `${g.text}: ${g.request}` : g.text || g.request }));
  requiredList(view, 'goals', goals, 'Goals', missing, ['line', 'text', 'request']);

  // Agenda lines typed as questions go under "questions", not in the list of points.
  const agenda = (p?.agenda ?? []).map((a) => ({ text: a.text.trim() })).filter((a) => a.text && !isQuestion(a.text));
  view.agenda = agenda.length ? agenda : defaultAgendaLines(p, opts.choices).map((text) => ({ text }));
  view.questions = agendaQuestions(p).map((text) => ({ text }));
  view.checkInNotes = latestCheckInNotes(p);
  view.interests = (p?.selfAssessment.interests ?? []).map((e) => ({ text: e.text.trim() })).filter((e) => e.text);

  // Takeaways are typed about the manager ("Priya suggested…"); the recap is written to them.
  const takeaways = (p?.meeting.takeaways ?? [])
    .map((e) => ({ text: asSentence(toSecondPerson(e.text, managerName, firstName(managerName))) }))
    .filter((e) => e.text);
  requiredList(view, 'takeaways', takeaways, 'Key takeaways', missing, ['text']);

  requiredList(view, 'actionItems', itemViews, 'Action items', missing, ACTION_FIELD_NAMES);
  view.myActionItems = itemViews.filter((_v, i) => items[i].owner === 'me');
  view.managerActionItems = itemViews.filter((_v, i) => items[i].owner === 'manager');
  view.otherActionItems = itemViews.filter((_v, i) => items[i].owner === 'other');

  const groups = groupForCheckIn(items, now);
  const viewOf = (list: ActionItem[]) => list.map((i) => itemViews[items.indexOf(i)]);
  view.doneItems = viewOf(groups.done);
  view.inProgressItems = viewOf(groups.inProgress);
  view.upcomingItems = viewOf(groups.upcoming);
  // Lists of one empty entry (or none): Mustache shows a heading only when its group has items.
  view.noItems = items.length ? [] : [{}];
  view.hasDone = groups.done.length ? [{}] : [];
  view.hasInProgress = groups.inProgress.length ? [{}] : [];
  view.hasUpcoming = groups.upcoming.length ? [{}] : [];
  view.stillOpenItems = viewOf(groups.stillOpen);
  view.hasStillOpen = groups.stillOpen.length ? [{}] : [];

  const open = itemViews.filter((_v, i) => items[i].status !== 'done');
  Object.defineProperty(view, 'nextSteps', {
    enumerable: true,
    get: () => {
      if (!items.length) {
        missing.add('Action items');
        return [{ sentence: placeholder('Next steps') }];
      }
      if (!open.length) return [{ sentence: 'Everything we agreed on is done, so I would like to talk about what comes next.' }];
      return open;
    },
  });

  // The informational-interview request: the first career path, and the person logged for it.
  const path = p?.paths.find((x) => x.role.trim());
  required(view, 'pathRole', asPhrase(path?.role ?? ''), 'Career path', missing);
  view.pathQualifications = path?.qualifications.trim() ?? '';
  const sameRole = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const contact = path ? p?.interviews.find((i) => i.who.trim() && sameRole(i.role, path.role) && !i.learned.trim()) ?? p?.interviews.find((i) => i.who.trim() && sameRole(i.role, path.role)) : undefined;
  required(view, 'contactFirstName', contact ? firstName(contact.who) : '', "Contact's name", missing);

  return { view, missing };
}
