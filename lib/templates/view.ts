import type { ActionItem, EmailChoices, Plan } from '../plan/types';
import { meetingStart, nextCheckInAt } from '../plan/deadlines';
import { agendaWithoutLeftOut, goalInEmail } from '../plan/agenda-proposal';
import { agendaQuestions, defaultAgendaLines, groupForCheckIn, isQuestion, latestCheckInNotes, timeSince } from './view-parts';
import { asSentence, toSecondPerson } from './sentences';
import { formatLongDate, formatShortDate, formatTime, parseLocalDate, type DateOptions } from './dates';
import { placeholder } from './variables';
import { emailPhrases, type EmailPhrases, type FieldId } from './email-language';
import type { Formality, Language } from '../plan/language';

/**
 * Builds the object Mustache reads. Values are getters so that only the values a
 * template actually uses are reported as missing.
 */

export interface ViewOptions extends DateOptions {
  /** The email's language (English when omitted) and how it addresses the manager. */
  lang?: Language;
  formality?: Formality;
  /** The review's remembered choices for this email (lib/templates/review.ts). */
  choices?: EmailChoices;
}

/** A goal's wording in this email, or undefined when the goal is left out (lib/plan/agenda-proposal.ts). */
export { goalInEmail };

export interface BuiltView {
  view: Record<string, unknown>;
  /** Ids of the fields the template used but the plan lacks. */
  missing: Set<FieldId>;
}

type Item = Record<string, string>;

/** Defines a getter that returns `value`, or the placeholder (and records the field) when empty. */
function required(target: object, name: string, value: string, field: FieldId, missing: Set<FieldId>, words: EmailPhrases): void {
  Object.defineProperty(target, name, {
    enumerable: true,
    get: () => {
      if (value.trim()) return value;
      missing.add(field);
      return placeholder(words.label[field]);
    },
  });
}

/** A list that shows one placeholder item (and records the field) when empty. */
function requiredList(target: object, name: string, items: object[], field: FieldId, missing: Set<FieldId>, fieldNames: string[], words: EmailPhrases): void {
  Object.defineProperty(target, name, {
    enumerable: true,
    get: () => {
      if (items.length) return items;
      missing.add(field);
      return [Object.fromEntries(fieldNames.map((f) => [f, placeholder(words.label[field])]))];
    },
  });
}

function formatMinutes(minutes: number, words: EmailPhrases): string {
  const m = Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 30;
  return words.duration(m);
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

function actionItemView(item: ActionItem, plan: Plan | undefined, missing: Set<FieldId>, opts: ViewOptions, words: EmailPhrases): Item {
  const dueDate = parseLocalDate(item.due);
  const due = dueDate ? formatShortDate(dueDate, opts) : '';
  const nameFallback = placeholder(words.label.ownerName);
  const needsName = item.owner === 'other' && !item.ownerName.trim();
  const name = item.ownerName.trim() || nameFallback;
  const subject = words.subject(item.owner, name);
  const progress = latestProgress(plan, item.id);
  const status = words.status[item.status] ?? words.status.open;
  const text = item.text.trim().replace(/[.;,\s]+$/, '');
  const who = item.owner === 'me' ? '' : `${subject}: `;
  const managerName = plan?.managerName.trim() ?? '';
  const agreeOnDate = opts.choices?.undated === 'agree';
  // For the check-in: the item as a sentence, whose it is when not mine, and the latest note.
  const whose = words.whose(item.owner, item.status === 'done', subject);
  const line = `${asSentence(text).replace(/([.!?…])$/, `${whose}$1`)}${progress ? ` ${asSentence(progress)}` : ''}`;
  const view: Item = {
    text,
    owner: item.owner === 'me' ? words.me : item.owner === 'manager' ? managerName || words.myManager : name,
    status,
    progress,
    progressLine: `${who}${text} (${status})${progress ? `: ${progress}` : ''}`,
    line,
  };
  Object.defineProperty(view, 'due', {
    enumerable: true,
    get: () => {
      if (due) return due;
      if (agreeOnDate) return words.agreedDate;
      missing.add('dueDates');
      return placeholder(words.label.dueDate);
    },
  });
  Object.defineProperty(view, 'sentence', {
    enumerable: true,
    get: () => {
      if (needsName) missing.add('ownerName');
      if (!due && !agreeOnDate) missing.add('dueDates');
      return words.sentence(item.owner, name, item.text, due || (agreeOnDate ? undefined : placeholder(words.label.dueDate)));
    },
  });
  return view;
}

export function buildView(plan: Plan | undefined, actionItems: ActionItem[], opts: ViewOptions = {}): BuiltView {
  const words = emailPhrases(opts.lang ?? 'en', opts.formality);
  const missing = new Set<FieldId>();
  const view: Record<string, unknown> = {};
  const p = plan;
  const managerName = p?.managerName.trim() ?? '';

  required(view, 'managerName', managerName, 'managerName', missing, words);
  required(view, 'managerFirstName', firstName(managerName), 'managerName', missing, words);
  required(view, 'managerEmail', p?.managerEmail.trim() ?? '', 'managerEmail', missing, words);
  required(view, 'myName', p?.myName.trim() ?? '', 'myName', missing, words);
  required(view, 'company', p?.company.trim() ?? '', 'company', missing, words);
  // Job titles read as part of a sentence: "I am Dana, data analyst here at Acme".
  required(view, 'currentRole', words.phrase(p?.currentRole ?? ''), 'currentRole', missing, words);
  required(view, 'vision', p?.selfAssessment.vision.trim() ?? '', 'vision', missing, words);

  const start = p ? meetingStart(p) : undefined;
  const hasTime = /T\d{2}:\d{2}/.test(p?.meetingAt ?? '');
  required(view, 'meetingDate', start ? formatLongDate(start, opts) : '', 'meetingDate', missing, words);
  required(view, 'meetingTime', start && hasTime ? formatTime(start, opts) : '', 'meetingTime', missing, words);
  // "Tuesday, March 10 at 2:00 PM": one value, so an email never says the day without the time.
  Object.defineProperty(view, 'meetingWhen', {
    enumerable: true,
    get: () => {
      if (!start) missing.add('meetingDate');
      else if (!hasTime) missing.add('meetingTime');
      const day = start ? formatLongDate(start, opts) : placeholder(words.label.meetingDate);
      return words.when(day, start && hasTime ? formatTime(start, opts) : placeholder(words.label.meetingTime));
    },
  });
  const now = opts.now ?? new Date();
  const since = start && start < now ? timeSince(start, now, words) : '';
  Object.defineProperty(view, 'sinceMeeting', {
    enumerable: true,
    get: () => {
      if (since) return since;
      missing.add('meetingDate');
      return placeholder(words.label.sinceMeeting);
    },
  });
  view.meetingLength = formatMinutes(p?.meetingMinutes ?? 30, words);

  const items = [...actionItems].filter((i) => i.text.trim()).sort((a, b) => a.order - b.order);
  const itemViews = items.map((i) => actionItemView(i, p, missing, opts, words));
  const done = items.filter((i) => i.status === 'done').length;
  required(view, 'checkInProgress', items.length ? words.progress(done, items.length) : '', 'actionItems', missing, words);
  const nextCheckIn = p ? nextCheckInAt(p) : undefined;
  view.nextCheckInDate = nextCheckIn ? formatShortDate(nextCheckIn, opts) : '';

  // Flagged goals are left out unless the person kept them in the review; each goal once.
  const lang = opts.lang ?? 'en';
  const goals = (p?.goals ?? [])
    .map((g) => goalInEmail(g, opts.choices, lang))
    .filter((g): g is { text: string; request: string } => !!g)
    .filter((g) => g.text || g.request)
    .map((g) => ({ text: g.text || g.request, request: g.request || g.text, line: g.text && g.request ? `${g.text}: ${g.request}` : g.text || g.request }));
  requiredList(view, 'goals', goals, 'goals', missing, ['line', 'text', 'request'], words);

  // Agenda lines typed as questions go under "questions", not in the list of points.
  // A typed line that carries a goal this email leaves out goes with it.
  const agenda = agendaWithoutLeftOut(p?.agenda ?? [], p?.goals ?? [], opts.choices, lang)
    .map((a) => ({ text: a.text.trim() }))
    .filter((a) => a.text && !isQuestion(a.text));
  view.agenda = agenda.length ? agenda : defaultAgendaLines(p, words, lang, opts.choices).map((text) => ({ text }));
  view.questions = agendaQuestions(p, words).map((text) => ({ text }));
  view.checkInNotes = latestCheckInNotes(p);
  view.interests = (p?.selfAssessment.interests ?? []).map((e) => ({ text: e.text.trim() })).filter((e) => e.text);

  // Takeaways are typed about the manager ("Priya suggested…"); the recap is written to them
  // (English only: other languages' verb and pronoun changes are not rewritten, just made sentences).
  const second = (text: string) => (lang === 'en' ? toSecondPerson(text, managerName, firstName(managerName)) : text);
  const takeaways = (p?.meeting.takeaways ?? []).map((e) => ({ text: asSentence(second(e.text)) })).filter((e) => e.text);
  requiredList(view, 'takeaways', takeaways, 'takeaways', missing, ['text'], words);

  requiredList(view, 'actionItems', itemViews, 'actionItems', missing, ACTION_FIELD_NAMES, words);
  view.myActionItems = itemViews.filter((_v, i) => items[i].owner === 'me');
  view.managerActionItems = itemViews.filter((_v, i) => items[i].owner === 'manager');
  view.otherActionItems = itemViews.filter((_v, i) => items[i].owner === 'other');

  const groups = groupForCheckIn(items, now);
  const viewOf = (list: ActionItem[]) => list.map((i) => itemViews[items.indexOf(i)]);
  view.doneItems = viewOf(groups.done);
  view.inProgressItems = viewOf(groups.inProgress);
  view.upcomingItems = viewOf(groups.upcoming);
  view.stillOpenItems = viewOf(groups.stillOpen);
  // Flags: Mustache shows a group's heading only when the group has items.
  const flag = (on: boolean) => on;
  view.noItems = flag(!items.length);
  view.hasDone = flag(groups.done.length > 0);
  view.hasInProgress = flag(groups.inProgress.length > 0);
  view.hasUpcoming = flag(groups.upcoming.length > 0);
  view.hasStillOpen = flag(groups.stillOpen.length > 0);

  const open = itemViews.filter((_v, i) => items[i].status !== 'done');
  Object.defineProperty(view, 'nextSteps', {
    enumerable: true,
    get: () => {
      if (!items.length) {
        missing.add('actionItems');
        return [{ sentence: placeholder(words.label.nextSteps) }];
      }
      if (!open.length) return [{ sentence: words.allDone }];
      return open;
    },
  });

  // The informational-interview request: the first career path, and the person logged for it.
  const path = p?.paths.find((x) => x.role.trim());
  required(view, 'pathRole', words.phrase(path?.role ?? ''), 'careerPath', missing, words);
  view.pathQualifications = path?.qualifications.trim() ?? '';
  const sameRole = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const logged = path ? (p?.interviews ?? []).filter((i) => i.who.trim() && sameRole(i.role, path.role)) : [];
  // Prefer someone not yet talked to (nothing learned noted yet).
  const contact = logged.find((i) => !i.learned.trim()) ?? logged[0];
  required(view, 'contactFirstName', contact ? firstName(contact.who) : '', 'contactName', missing, words);

  return { view, missing };
}
