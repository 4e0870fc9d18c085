/**
 * The word scanner the framing rules of every language share: text is split into
 * words (with their offsets), and a rule looks at each word with its neighbours.
 * Matching words rather than substrings is what keeps "payment", "lohnt sich" or
 * "promotion d'un produit" from being flagged.
 */

export type FramingCategory = 'pay' | 'promotion' | 'review';

export interface Token {
  /** Lower case. */
  word: string;
  start: number;
  end: number;
}

/** A match: token indices `from`..`to` (inclusive). */
export interface Hit {
  category: FramingCategory;
  from: number;
  to: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Letters/digits with an optional apostrophe part ("manager's", "d’un"); hyphens split words ("pay-rise").
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export const set = (...words: string[]) => new Set(words);

export interface Context {
  i: number;
  w: string;
  prev: string;
  prev2: string;
  next: string;
  next2: string;
  /** Sentence punctuation (or the end of the text) right after the word: it ends the clause. */
  clauseEnds: boolean;
  add(category: FramingCategory, from: number, to: number): void;
}

export type FramingRule = (tokens: Token[], text: string) => Hit[];

/** Runs `step` on every word not already part of an earlier multi-word match. */
export function scan(tokens: Token[], text: string, step: (c: Context) => void): Hit[] {
  const hits: Hit[] = [];
  let consumedUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumedUntil) continue;
    const clauseEnds = i + 1 >= tokens.length || /^[\s"')\]»“”]*[.,;:!?)]/.test(text.slice(tokens[i].end, tokens[i + 1]?.start));
    step({
      i,
      w: tokens[i].word,
      prev: tokens[i - 1]?.word ?? '',
      prev2: tokens[i - 2]?.word ?? '',
      next: tokens[i + 1]?.word ?? '',
      next2: tokens[i + 2]?.word ?? '',
      clauseEnds,
      add(category, from, to) {
        consumedUntil = Math.max(consumedUntil, to);
        hits.push({ category, from, to });
      },
    });
  }
  return hits;
}

/** Builds a case-insensitive Unicode regex in which `\b` is a word boundary for any letter ("Übung", "évaluer"). */
export function re(source: string): RegExp {
  const boundary = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
  return new RegExp(source.replace(/\\b/g, boundary), 'iu');
}
