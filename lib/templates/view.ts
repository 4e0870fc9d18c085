import type { ActionItem, Plan } from '../plan/types';
import { meetingStart, nextCheckInAt } from '../plan/deadlines';
import { formatLongDate, formatShortDate, formatTime, parseLocalDate, type DateOptions } from './dates';
import { asClause, ownerLabel, ownerSubject, STATUS_LABELS } from './phrasing';
import { placeholder } from './variables';

/**
 * Builds the object Mustache reads. Values are getters so that only the values a
 * template actually uses are reported as missing.
 */

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
  if (m % 60 === 0) return m === 60 ? '1 hour' : `${m / 60} hours`;
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

const ACTION_FIELD_NAMES = ['sentence', 'text', 'owner', 'due', 'status', 'progress', 'progressLine'];

function actionItemView(item: ActionItem, plan: Plan | undefined, missing: Set<string>, opts: DateOptions): Item {
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
  const view: Item = {
    text,
    owner: ownerLabel(item, plan?.managerName.trim() ?? '', nameFallback),
    status,
    progress,
    progressLine: `${who}${text} (${status})${progress ? `: ${progress}` : ''}`,
  };
  Object.defineProperty(view, 'due', {
    enumerable: true,
    get: () => {
      if (due) return due;
      missing.add('Action item due dates');
      return placeholder('Due date');
    },
  });
  Object.defineProperty(view, 'sentence', {
    enumerable: true,
    get: () => {
      if (needsName) missing.add("Action item owner's name");
      if (!due) missing.add('Action item due dates');
      return `${subject} will ${clause} by ${due || placeholder('Due date')}.`;
    },
  });
  return view;
}

function defaultAgenda(plan: Plan | undefined): Item[] {
  const role = plan?.currentRole.trim();
  return [
    { text: role ? `My current role as ${role}: what is going well and where I would like to grow` : 'My current role: what is going well and where I would like to grow' },
    { text: 'My long-term interests and where I would like to be in two to five years' },
    { text: 'My development goals and the concrete support I would like to ask for' },
    { text: 'Your feedback on my strengths and on what I could develop next' },
  ];
}

export function buildView(plan: Plan | undefined, actionItems: ActionItem[], opts: DateOptions = {}): BuiltView {
  const missing = new Set<string>();
  const view: Record<string, unknown> = {};
  const p = plan;
  const managerName = p?.managerName.trim() ?? '';

  required(view, 'managerName', managerName, "Manager's name", missing);
  required(view, 'managerFirstName', firstName(managerName), "Manager's name", missing);
  required(view, 'managerEmail', p?.managerEmail.trim() ?? '', "Manager's email", missing);
  required(view, 'myName', p?.myName.trim() ?? '', 'Your name', missing);
  required(view, 'company', p?.company.trim() ?? '', 'Company', missing);
  required(view, 'currentRole', p?.currentRole.trim() ?? '', 'Current role', missing);
  required(view, 'vision', p?.selfAssessment.vision.trim() ?? '', 'Long-term vision', missing);

  const start = p ? meetingStart(p) : undefined;
  const hasTime = /T\d{2}:\d{2}/.test(p?.meetingAt ?? '');
  required(view, 'meetingDate', start ? formatLongDate(start, opts) : '', 'Meeting date', missing);
  required(view, 'meetingTime', start && hasTime ? formatTime(start, opts) : '', 'Meeting time', missing);
  view.meetingLength = formatMinutes(p?.meetingMinutes ?? 30);

  const items = [...actionItems].filter((i) => i.text.trim()).sort((a, b) => a.order - b.order);
  const itemViews = items.map((i) => actionItemView(i, p, missing, opts));
  const done = items.filter((i) => i.status === 'done').length;
  required(view, 'checkInProgress', items.length ? `${done} of ${items.length} action item${items.length === 1 ? '' : 's'} done` : '', 'Action items', missing);
  const nextCheckIn = p ? nextCheckInAt(p) : undefined;
  view.nextCheckInDate = nextCheckIn ? formatShortDate(nextCheckIn, opts) : '';

  const goals = (p?.goals ?? [])
    .map((g) => ({ text: g.text.trim(), request: g.request.trim() }))
    .filter((g) => g.text || g.request)
    .map((g) => ({ text: g.text || g.request, request: g.request || g.text, line: g.text && g.request ? `${g.text}: ${g.request}` : g.text || g.request }));
  requiredList(view, 'goals', goals, 'Goals', missing, ['line', 'text', 'request']);

  const agenda = (p?.agenda ?? []).map((a) => ({ text: a.text.trim() })).filter((a) => a.text);
  view.agenda = agenda.length ? agenda : defaultAgenda(p);
  view.interests = (p?.selfAssessment.interests ?? []).map((e) => ({ text: e.text.trim() })).filter((e) => e.text);

  const takeaways = (p?.meeting.takeaways ?? []).map((e) => ({ text: e.text.trim() })).filter((e) => e.text);
  requiredList(view, 'takeaways', takeaways, 'Key takeaways', missing, ['text']);

  requiredList(view, 'actionItems', itemViews, 'Action items', missing, ACTION_FIELD_NAMES);
  view.myActionItems = itemViews.filter((_v, i) => items[i].owner === 'me');
  view.managerActionItems = itemViews.filter((_v, i) => items[i].owner === 'manager');
  view.otherActionItems = itemViews.filter((_v, i) => items[i].owner === 'other');

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

  return { view, missing };
}
