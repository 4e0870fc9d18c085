import type { Day, DateOutcome } from './calendar';

/**
 * What the capture parser knows about one language. Every pattern is written for
 * folded text (lower case, accents removed, curly apostrophes straight: see fold()),
 * so "Décembre", "decembre" and "DÉCEMBRE" read the same.
 */
export interface Lexicon {
  /** Subject phrases that open a line ("I'll", "ich werde", "vous allez"), and whose action it makes it. */
  owners: OwnerRule[];
  /**
   * Who a line is for when its verb says it (Spanish drops the pronoun: "escribiré" is "I will write").
   * Gets the folded line and the line in lower case with its accents; returns where the subject ends.
   */
  ownerFromVerb?: (folded: string, lower: string) => { owner: OwnerOrAsk; end: number } | undefined;
  /** What may follow a person's name when they take on an action ("will", "wird", "va", "va a"). */
  nameVerbs: string;
  /** Capitalised words that open a line but are not a person ("The", "Das", "Le"). */
  notNames: string[];
  dates: DateRule[];
}

export type OwnerOrAsk = 'me' | 'manager' | 'ask';

export interface OwnerRule {
  /** Matched at the start of the line; the match (and what follows it up to the verb) is not part of the action. */
  re: string;
  owner: OwnerOrAsk;
}

export interface DateRule {
  /** A date phrase with its lead-in ("by", "bis zum", "d'ici le", "para el"), so both leave the action text. */
  re: string;
  /** Capture groups (undefined when a group did not take part) to a date, or undefined when it is no date after all. */
  resolve: (groups: (string | undefined)[], today: Day) => DateOutcome | undefined;
}

/** Lower case, accents off, apostrophes straight: one character in, one character out, so positions carry over. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '\u2019' || c === '\u2018' || c === '\u02bc') {
      out += "'";
      continue;
    }
    const lower = c.toLowerCase();
    const bare = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += bare.length === c.length ? bare : lower.length === c.length ? lower : c;
  }
  return out;
}

/** A regex alternation of the words of a table, longest first (so "sept" wins over "sep"), folded. */
export function alternation(words: Iterable<string>): string {
  return [...new Set([...words].map(fold))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A word table (word → value) as a folded lookup; several spellings may share a value. */
export function table<T>(entries: [T, string[]][]): { re: string; get: (word: string | undefined) => T | undefined } {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const w of words) map.set(fold(w), value);
  return {
    re: alternation(map.keys()),
    get: (word) => (word === undefined ? undefined : map.get(word.replace(/\s+/g, ' ').replace(/\.$/, ''))),
  };
}

/** Month names (folded) → 1–12. */
export const months = (names: string[][]) => table(names.map((n, i) => [i + 1, n] as [number, string[]]));
/** Weekday names → 0 = Monday … 6 = Sunday. */
export const weekdays = (names: string[][]) => table(names.map((n, i) => [i, n] as [number, string[]]));

/** A number in digits or in words ("two", "zwei", "deux", "dos"). */
export function numbers(words: [number, string[]][]) {
  const t = table(words);
  return {
    re: `\\d{1,3}|${t.re}`,
    get: (word: string | undefined) => (word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : t.get(word)),
  };
}

/** Capture groups as numbers (undefined when absent). */
export const num = (g: string | undefined) => (g === undefined ? undefined : Number(g));
