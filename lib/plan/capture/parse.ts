import type { IsoDate, OwnerKind } from '../types';
import { fromIso, type DateOutcome, type Day } from './calendar';
import { fold, type Lexicon, type OwnerOrAsk } from './lexicon';
import { de } from './lexicon-de';
import { en } from './lexicon-en';
import { es } from './lexicon-es';
import { fr } from './lexicon-fr';

/**
 * The meeting's capture box: one line said in the meeting ("I will write the scope by Dec 11",
 * "you'll introduce me to Marco by the 8th") becomes an action item with an owner and a due date.
 * It never guesses silently: what it cannot tell for sure comes back as a question for the person.
 */

export type CaptureLanguage = 'en' | 'de' | 'fr' | 'es';
export const CAPTURE_LANGUAGES: CaptureLanguage[] = ['en', 'de', 'fr', 'es'];

const LEXICONS: Record<CaptureLanguage, Lexicon> = { en, de, fr, es };

export type CaptureQuestion =
  /** No subject in the line ("send the deck by Friday", "we will…"): whose is it? */
  | { about: 'owner' }
  /** Several readings of the date, or a date that passed, or no real date: pick one or type it. */
  | { about: 'date'; reason: 'ambiguous' | 'past' | 'invalid'; options: IsoDate[] };

export interface Capture {
  /** The action itself, without its owner and date words ("write the scope"). */
  text: string;
  owner: OwnerKind;
  /** The person's name when owner is 'other'. */
  ownerName: string;
  /** '' when the line has no date, or when the date is asked about. */
  due: IsoDate;
  /** The words the date was read from, as typed ('' when none). */
  dateWords: string;
  /** What to ask before saving; empty when the line is clear. */
  ask: CaptureQuestion[];
}

export interface CaptureContext {
  /** The day the meeting takes place (dates like "Friday" count from it), `YYYY-MM-DD`. */
  today: IsoDate;
  /** The manager's name from the plan: "Dana will…" is the manager's action. */
  managerName?: string;
  /** The person's own name: "Sam will…" said of oneself is theirs. */
  myName?: string;
}

/** Word edges that also hold for accented letters (\b is ASCII-only in JavaScript). */
const START = String.raw`(?<![\p{L}\p{N}'])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const compiled = new Map<string, RegExp>();
function regex(source: string, flags: string): RegExp {
  const key = `${flags}:${source}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(source, flags)));
  re.lastIndex = 0;
  return re;
}

interface Found {
  start: number;
  end: number;
  outcome: DateOutcome;
}

/** Every date phrase in the line, longest first, none overlapping. */
function findDates(folded: string, lexicon: Lexicon, today: Day): Found[] {
  const all: Found[] = [];
  for (const rule of lexicon.dates) {
    const re = regex(START + rule.re + END, 'gu');
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      const outcome = rule.resolve(m.slice(1), today);
      if (outcome) all.push({ start: m.index, end: m.index + m[0].length, outcome });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

const CAPITAL = /^\p{Lu}/u;

/** A person named at the start ("Marco will…", "Marco:"), with where the subject part ends. */
function namedOwner(line: string, folded: string, lexicon: Lexicon): { name: string; end: number } | undefined {
  for (const words of [2, 1]) {
    const name = String.raw`[\p{L}-]+` + String.raw`(?:\s+[\p{L}-]+)`.repeat(words - 1);
    const m = regex(String.raw`^(${name})(?:\s*:\s*|\s+(?:${lexicon.nameVerbs})(?:\s+|$|(?<=\s))|(?='ll\s))`, 'u').exec(folded);
    if (!m) continue;
    const original = line.slice(0, m[1].length);
    const parts = original.split(/\s+/);
    if (!parts.every((p) => CAPITAL.test(p))) continue;
    if (parts.some((p) => lexicon.notNames.includes(fold(p)))) continue;
    let end = m[0].length;
    const ll = /^'ll\s+/.exec(folded.slice(end));
    if (ll) end += ll[0].length;
    return { name: original, end };
  }
  return undefined;
}

const sameFirstName = (a: string, b: string | undefined) => {
  const first = (s: string) => fold(s.trim()).split(/\s+/)[0] ?? '';
  return !!b?.trim() && first(a) === first(b);
};

/** Bullets and labels people put before a line ("- ", "1.", "TODO:", "[ ]"). */
const LEAD_IN = /^(?:\s*(?:[-*•–—¿¡]+|\d{1,2}[.)]|\[\s?\]|todo\s*:|action(?:\s+item)?\s*:|next\s+step\s*:|aufgabe\s*:|tache\s*:|a\s+faire\s*:|tarea\s*:))+\s*/iu;

/** Reads one captured line; undefined when it holds no words. */
export function parseCapture(input: string, language: CaptureLanguage, context: CaptureContext): Capture | undefined {
  const lexicon = LEXICONS[language] ?? en;
  const today = fromIso(context.today);
  if (!today) throw new RangeError(`parseCapture: today must be YYYY-MM-DD, got ${JSON.stringify(context.today)}`);
  let line = input.replace(/\s+/g, ' ').trim();
  line = line.slice(LEAD_IN.exec(fold(line))?.[0].length ?? 0);
  if (!/[\p{L}\p{N}]/u.test(line)) return undefined;

  const ask: CaptureQuestion[] = [];

  // Dates first, so that "by Friday" or "bis zum 8." never ends up inside the action's text.
  const dates = findDates(fold(line), lexicon, today);
  let due: IsoDate = '';
  const dateWords = dates.map((d) => line.slice(d.start, d.end)).join(' / ');
  const readings = [...new Set(dates.flatMap((d) => ('due' in d.outcome ? [d.outcome.due] : d.outcome.options)))];
  if (dates.length === 1 && 'due' in dates[0].outcome) due = dates[0].outcome.due;
  else if (dates.length === 1 && 'ask' in dates[0].outcome) ask.push({ about: 'date', reason: dates[0].outcome.ask, options: dates[0].outcome.options });
  else if (dates.length > 1 && readings.length === 1 && dates.every((d) => 'due' in d.outcome)) due = readings[0];
  else if (dates.length > 1) ask.push({ about: 'date', reason: 'ambiguous', options: readings.sort() });
  for (const d of [...dates].reverse()) line = `${line.slice(0, d.start)} ${line.slice(d.end)}`;
  line = line.replace(/\s+/g, ' ').trim();

  // Then whose it is: a subject phrase, a verb form that says it, or a person's name.
  const folded = fold(line);
  let owner: OwnerOrAsk | 'other' | undefined;
  let ownerName = '';
  let subjectEnd = 0;
  for (const rule of lexicon.owners) {
    const m = regex(`^(?:${rule.re})`, 'u').exec(folded);
    if (m) {
      owner = rule.owner;
      subjectEnd = m[0].length;
      break;
    }
  }
  if (!owner && lexicon.ownerFromVerb) {
    const byVerb = lexicon.ownerFromVerb(folded, line.toLowerCase());
    if (byVerb) ({ owner, end: subjectEnd } = byVerb);
  }
  if (!owner) {
    const named = namedOwner(line, folded, lexicon);
    if (named) {
      subjectEnd = named.end;
      if (sameFirstName(named.name, context.managerName)) owner = 'manager';
      else if (sameFirstName(named.name, context.myName)) owner = 'me';
      else {
        owner = 'other';
        ownerName = named.name;
      }
    }
  }
  if (!owner || owner === 'ask') ask.unshift({ about: 'owner' });

  const text = line
    .slice(subjectEnd)
    .replace(/^[\s,:;–—-]+/, '')
    .replace(/[\s,;:.!?–—-]+$/, '')
    // "by Friday or Monday" leaves a dangling "or" behind once the dates are out.
    .replace(/\s+(?:or|and|oder|und|ou|et|o|y)$/iu, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();

  return {
    text,
    owner: owner === 'manager' || owner === 'other' ? owner : 'me',
    ownerName,
    due,
    dateWords,
    ask,
  };
}
