/**
 * Checks that a parsed import file is a CareerTalk export of a version we read,
 * and that every plan, action item and template has the right fields with the
 * right types. Problems are reported with their path (`plans[0].goals[2].kind`), as message
 * keys (lib/message.ts) that the page words in the interface language.
 *
 * The result is a fresh copy built field by field from the schema below: unknown
 * fields are dropped, so nothing from the file reaches the database that the
 * schema does not name.
 */
import type { ActionItem, EmailChoices, Plan, PlanCycle, SentEmail, UserTemplate } from '../plan/types';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';
import { FORBIDDEN_KEYS } from './validate-json';
import { validateTemplate } from '../templates/validate';
import { BUILTIN_TEMPLATES } from '../templates/builtins';
import { MAX_NAME_LENGTH } from '../templates/user-templates';
import { msg, type Message, type MessageValue } from '../message';
import { isOneAddressOrEmpty } from '../plan/email-address';
import {
  ID_PATTERN,
  MAX_ACTION_ITEMS_PER_PLAN,
  MAX_IMPORT_ACTION_ITEMS,
  MAX_IMPORT_PLANS,
  MAX_IMPORT_TEMPLATES,
  MAX_LIST_ITEMS,
  MAX_TEXT_LENGTH,
} from '../plan/limits';

export type ValidationResult = { ok: true; value: ExportFile } | { ok: false; errors: Message[] };

/** More problems than this are summarized: a wrong file would otherwise list thousands. */
export const MAX_REPORTED_PROBLEMS = 20;

class Problems {
  list: Message[] = [];
  total = 0;
  add(path: string, message: Message) {
    this.total++;
    if (this.list.length < MAX_REPORTED_PROBLEMS) this.list.push(msg('importProblemAt', path, message));
  }
}

/** A field checker: returns the clean value, or undefined after recording a problem. */
type Check<T> = (value: unknown, path: string, p: Problems) => T | undefined;

/** What a value from the file is, as a noun for "should be text, but is a list". */
const kind = (v: unknown): Message =>
  msg(
    v === null
      ? 'importKindNull'
      : Array.isArray(v)
        ? 'importKindList'
        : typeof v === 'object'
          ? 'importKindObject'
          : typeof v === 'string'
            ? 'importKindText'
            : typeof v === 'number'
              ? 'importKindNumber'
              : typeof v === 'boolean'
                ? 'importKindBoolean'
                : 'importKindOther',
  );

/** "should be <expected>, but is <what v is>" (or "…, but is missing"). */
const wrong = (expected: Message, v: unknown, actual: MessageValue = kind(v)): Message =>
  v === undefined ? msg('importShouldBeMissing', expected) : msg('importShouldBe', expected, actual);

/** Shows a value from the file in a message: quoted, cut, control characters visible as escapes. */
const quoted = (v: string): string => JSON.stringify(v.slice(0, 40));

const str =
  (pattern?: RegExp, what?: Message): Check<string> =>
  (v, path, p) => {
    if (typeof v !== 'string') return void p.add(path, wrong(msg('importKindText'), v));
    if (v.length > MAX_TEXT_LENGTH) return void p.add(path, msg('importTextTooLong', v.length, MAX_TEXT_LENGTH));
    if (pattern && !pattern.test(v)) return void p.add(path, wrong(what ?? msg('importKindText'), v, quoted(v)));
    return v;
  };

/** An id made only of safe characters (ID_PATTERN): never reaches a calendar UID or notification id otherwise. */
const nonEmpty: Check<string> = (v, path, p) => {
  if (typeof v !== 'string') return void p.add(path, wrong(msg('importKindText'), v));
  if (!ID_PATTERN.test(v)) return void p.add(path, msg('importBadId', quoted(v)));
  return v;
};

/** The manager's email: empty or exactly one address (it goes into To and the invite). */
const oneAddress: Check<string> = (v, path, p) => {
  const s = str()(v, path, p);
  if (s === undefined) return undefined;
  if (!isOneAddressOrEmpty(s)) return void p.add(path, msg('importNotOneAddress', quoted(s)));
  return s;
};
const isoDate = str(/^(\d{4}-\d{2}-\d{2})?$/, msg('importExpectDate', '2025-03-14'));
const isoDateTime = str(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, msg('importExpectDateTime', '2025-03-14T10:00:00.000Z'));
const localDateTime = str(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, msg('importExpectLocalDateTime', '2025-03-14T10:00'));

const num =
  (min: number, max: number): Check<number> =>
  (v, path, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return void p.add(path, wrong(msg('importKindNumber'), v));
    if (!Number.isInteger(v) || v < min || v > max) return void p.add(path, wrong(msg('importExpectWholeNumber', min, max), v, String(v)));
    return v;
  };

const bool: Check<boolean> = (v, path, p) => (typeof v === 'boolean' ? v : void p.add(path, wrong(msg('importKindBoolean'), v)));

const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v, path, p) =>
    typeof v === 'string' && (values as string[]).includes(v)
      ? (v as T)
      : void p.add(path, wrong(msg('importExpectOneOf', values.map((x) => `"${x}"`).join(', ')), v, typeof v === 'string' ? quoted(v) : kind(v)));

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/** An object with exactly the named fields (optional ones may be missing). */
function obj<T>(shape: Shape<T>, optional: (keyof T)[] = []): Check<T> {
  return (v, path, p) => {
    if (!isPlainObject(v)) return void p.add(path, wrong(msg('importKindObject'), v));
    const out: Record<string, unknown> = {};
    const missing: string[] = [];
    let ok = true;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const childPath = `${path}.${key}`;
      if (!Object.prototype.hasOwnProperty.call(v, key)) {
        if (!optional.includes(key)) missing.push(key);
        continue;
      }
      const clean = shape[key](v[key], childPath, p);
      if (clean === undefined) ok = false;
      else out[key] = clean;
    }
    // Many missing fields mean a different kind of object: one line says it better than twenty.
    if (missing.length > 2) p.add(path, msg('importMissingFields', missing.length, missing.join(', ')));
    else for (const key of missing) p.add(`${path}.${key}`, msg('importMissing'));
    return ok && !missing.length ? (out as T) : undefined;
  };
}

/** A list; with `uniqueIds`, the items' ids must not repeat within it. */
function arr<T>(item: Check<T>, uniqueIds = false, max = MAX_LIST_ITEMS): Check<T[]> {
  return (v, path, p) => {
    if (!Array.isArray(v)) return void p.add(path, wrong(msg('importKindList'), v));
    // Checked before any entry is looked at: a list of 200,000 goals costs nothing to refuse.
    if (v.length > max) return void p.add(path, msg('importTooMany', v.length, max));
    const out: T[] = [];
    const seen = new Map<string, number>();
    let ok = true;
    v.forEach((entry, i) => {
      const clean = item(entry, `${path}[${i}]`, p);
      if (clean === undefined) {
        ok = false;
        return;
      }
      if (uniqueIds) {
        const id = (clean as { id: string }).id;
        const first = seen.get(id);
        if (first !== undefined) {
          p.add(`${path}[${i}].id`, msg('importRepeatedId', quoted(id), `${path}[${first}]`));
          ok = false;
        } else seen.set(id, i);
      }
      out.push(clean);
    });
    return ok ? out : undefined;
  };
}

/** An object used as a map from ids to text (check-in progress per action item). */
const textRecord: Check<Record<string, string>> = (v, path, p) => {
  if (!isPlainObject(v)) return void p.add(path, wrong(msg('importKindObject'), v));
  const out: Record<string, string> = {};
  let ok = true;
  const keys = Object.keys(v);
  if (keys.length > MAX_ACTION_ITEMS_PER_PLAN) return void p.add(path, msg('importTooMany', keys.length, MAX_ACTION_ITEMS_PER_PLAN));
  for (const [key, value] of Object.entries(v)) {
    if (!ID_PATTERN.test(key)) {
      p.add(path, msg('importBadId', quoted(key)));
      ok = false;
    } else if (FORBIDDEN_KEYS.has(key)) {
      p.add(`${path}.${key}`, msg('importKeyNotAllowed'));
      ok = false;
    } else if (typeof value !== 'string') {
      p.add(`${path}.${key}`, wrong(msg('importKindText'), value));
      ok = false;
    } else out[key] = value;
  }
  return ok ? out : undefined;
};

const entry = obj({ id: nonEmpty, text: str() });

const sentEmailShape = obj<SentEmail>(
  {
    kind: oneOf('meeting-request', 'agenda', 'recap', 'check-in'),
    templateId: nonEmpty,
    at: isoDateTime,
    via: str(),
    status: oneOf('drafted', 'sent'),
    id: nonEmpty,
    sentAt: isoDateTime,
  },
  ['status', 'id', 'sentAt'],
);
/** Files exported before emails had a status only ever recorded insertions: those are drafts. */
const sentEmailCheck: Check<SentEmail> = (v, path, p) => {
  const clean = sentEmailShape(v, path, p);
  if (clean && !clean.status) clean.status = 'drafted';
  return clean;
};
const entries = arr(entry, true);

const idList: Check<string[]> = (v, path, p) => {
  if (!Array.isArray(v)) return void p.add(path, wrong(msg('importKindList'), v));
  if (v.length > 500) return void p.add(path, msg('importTooMany', v.length, 500));
  const out: string[] = [];
  for (const [i, x] of v.entries()) {
    if (typeof x !== 'string') return void p.add(`${path}[${i}]`, wrong(msg('importKindText'), x));
    if (x.length > 200) return void p.add(`${path}[${i}]`, msg('importTextTooLong', x.length, 200));
    out.push(x);
  }
  return out;
};
const choicesCheck = obj<EmailChoices>({
  keepGoals: idList,
  omitGoals: idList,
  goalText: textRecord,
  undated: oneOf('placeholder', 'agree'),
  keptAsIs: idList,
});
/** Review choices per template id (an object keyed by id, checked like check-in progress). */
const choicesRecord: Check<Record<string, EmailChoices>> = (v, path, p) => {
  if (!isPlainObject(v)) return void p.add(path, wrong(msg('importKindObject'), v));
  const out: Record<string, EmailChoices> = {};
  let ok = true;
  for (const [key, value] of Object.entries(v)) {
    if (FORBIDDEN_KEYS.has(key) || key.length > 200) {
      p.add(`${path}.${key.slice(0, 40)}`, msg('importKeyNotAllowed'));
      ok = false;
      continue;
    }
    const clean = choicesCheck(value, `${path}.${key}`, p);
    if (clean === undefined) ok = false;
    else out[key] = clean;
  }
  return ok ? out : undefined;
};

const planCheck: Check<Plan> = obj<Plan>({
  id: nonEmpty,
  title: str(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  myName: str(),
  managerName: str(),
  managerEmail: oneAddress,
  company: str(),
  currentRole: str(),
  meetingAt: localDateTime,
  meetingMinutes: num(1, 24 * 60),
  selfAssessment: obj({
    strengths: entries,
    areasToImprove: entries,
    interests: entries,
    energizers: entries,
    underusedSkills: entries,
    vision: str(),
  }),
  paths: arr(
    obj(
      {
        id: nonEmpty,
        role: str(),
        moveType: oneOf('lateral', 'vertical', 'other-function'),
        qualifications: str(),
        gaps: str(),
        notes: str(),
        sourceUrl: str(),
        sourceTitle: str(),
      },
      ['sourceUrl', 'sourceTitle'],
    ),
    true,
  ),
  interviews: arr(obj({ id: nonEmpty, who: str(), role: str(), date: isoDate, learned: str() }), true),
  goals: arr(
    obj({
      id: nonEmpty,
      kind: oneOf('lead-project', 'mentor', 'certification', 'training', 'shadowing', 'other'),
      text: str(),
      request: str(),
    }),
    true,
  ),
  agenda: arr(obj({ id: nonEmpty, text: str(), section: oneOf('current-role', 'long-term', 'goals', 'feedback', 'other') }), true),
  meeting: obj({
    strengthsFeedback: str(),
    growthFeedback: str(),
    opportunities: str(),
    notes: str(),
    takeaways: entries,
  }),
  checkIns: arr(obj({ id: nonEmpty, date: isoDate, notes: str(), progress: textRecord }), true),
  notes: entries,
  emailsSent: arr(sentEmailCheck),
  reminders: obj({ enabled: bool, checkInEveryDays: num(1, 365) }),
  emailLanguage: oneOf('en', 'de', 'fr', 'es'),
  formality: oneOf('formal', 'informal'),
  cycle: obj<PlanCycle>({ previousPlanId: str(), nextPlanId: str(), finishedAt: isoDateTime, carriedFrom: textRecord }),
  emailChoices: choicesRecord,
}, ['emailLanguage', 'formality', 'cycle', 'emailChoices']);

const actionItemCheck: Check<ActionItem> = obj<ActionItem>({
  id: nonEmpty,
  planId: nonEmpty,
  text: str(),
  owner: oneOf('me', 'manager', 'other'),
  ownerName: str(),
  due: isoDate,
  status: oneOf('open', 'in-progress', 'done'),
  order: num(0, 1_000_000),
  createdAt: isoDateTime,
  doneAt: isoDateTime,
}, ['doneAt']);

const templateShape: Check<UserTemplate> = obj<UserTemplate>(
  {
    id: nonEmpty,
    name: str(/\S/, msg('importExpectName')),
    subject: str(),
    body: str(),
    basedOn: str(),
    kind: oneOf('meeting-request', 'agenda', 'recap', 'check-in'),
    language: oneOf('en', 'de', 'fr', 'es'),
    updatedAt: isoDateTime,
  },
  ['basedOn', 'kind', 'language'],
);

const BUILTIN_NAMES = new Set(BUILTIN_TEMPLATES.map((b) => b.name.toLowerCase()));
const BUILTIN_IDS = new Set(BUILTIN_TEMPLATES.map((b) => b.id));

/**
 * A stored template must always render (the template editor guarantees it), so an
 * imported one goes through the same Mustache and variable checks.
 */
const templateCheck: Check<UserTemplate> = (v, path, p) => {
  const t = templateShape(v, path, p);
  if (!t) return undefined;
  if (t.name.trim().length > MAX_NAME_LENGTH) return void p.add(`${path}.name`, msg('importNameTooLong', MAX_NAME_LENGTH));
  // A built-in's id would shadow (or be shadowed by) the built-in.
  if (BUILTIN_IDS.has(t.id)) return void p.add(`${path}.id`, msg('importBuiltinTemplateId', quoted(t.id)));
  if (BUILTIN_NAMES.has(t.name.trim().toLowerCase())) return void p.add(`${path}.name`, msg('importBuiltinTemplateName', quoted(t.name.trim())));
  const result = validateTemplate(t);
  if (!result.ok) {
    const problem = msg(result.key, ...result.subs);
    return void p.add(`${path}.${result.field}`, result.field === 'body' ? msg('importTemplateLine', result.line, problem) : problem);
  }
  return t;
};

/** Validates a parsed file. On success the value is a clean copy holding only known fields. */
export function validateExportFile(data: unknown): ValidationResult {
  if (!isPlainObject(data)) {
    return { ok: false, errors: [msg('importNotExportObject', data === undefined ? msg('importKindOther') : kind(data))] };
  }
  if (data.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      errors: [
        typeof data.format === 'string' ? msg('importWrongFormat', quoted(data.format), `"${EXPORT_FORMAT}"`) : msg('importNoFormat', `"format": "${EXPORT_FORMAT}"`),
      ],
    };
  }
  if (data.version !== EXPORT_VERSION) {
    const v = data.version;
    return {
      ok: false,
      errors: [
        typeof v === 'number' && v > EXPORT_VERSION
          ? msg('importNewerVersion', String(v), String(EXPORT_VERSION))
          : msg('importUnsupportedVersion', typeof v === 'number' ? String(v) : JSON.stringify(v ?? null).slice(0, 40), String(EXPORT_VERSION)),
      ],
    };
  }

  const p = new Problems();
  const exportedAt = isoDateTime(data.exportedAt, 'exportedAt', p);
  const plans = arr(planCheck, true, MAX_IMPORT_PLANS)(data.plans, 'plans', p);
  const actionItems = arr(actionItemCheck, true, MAX_IMPORT_ACTION_ITEMS)(data.actionItems, 'actionItems', p);
  const templates = arr(templateCheck, true, MAX_IMPORT_TEMPLATES)(data.templates, 'templates', p);

  // Every action item must belong to a plan in the same file, and no plan may hold more than the planner shows.
  if (plans && actionItems) {
    const planIds = new Set(plans.map((plan) => plan.id));
    const perPlan = new Map<string, number>();
    for (const item of actionItems) perPlan.set(item.planId, (perPlan.get(item.planId) ?? 0) + 1);
    plans.forEach((plan, i) => {
      const n = perPlan.get(plan.id) ?? 0;
      if (n > MAX_ACTION_ITEMS_PER_PLAN) p.add(`plans[${i}]`, msg('importTooManyActionItems', n, MAX_ACTION_ITEMS_PER_PLAN));
    });
    actionItems.forEach((item, i) => {
      if (!planIds.has(item.planId)) p.add(`actionItems[${i}].planId`, msg('importUnknownPlan', quoted(item.planId)));
    });
  }

  if (p.total > 0 || exportedAt === undefined || !plans || !actionItems || !templates) {
    const errors = [...p.list];
    const more = p.total - p.list.length;
    if (more > 0) errors.push(more === 1 ? msg('importOneMoreProblem') : msg('importMoreProblems', more));
    return { ok: false, errors };
  }
  return { ok: true, value: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, plans, actionItems, templates } };
}
