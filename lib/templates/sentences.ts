/**
 * Turns the person's words into natural English inside our emails. Pure functions, no DOM.
 *
 *  - a sentence the person typed stays a sentence (capital first, full stop last);
 *  - a phrase becomes part of our sentence (lower-case ordinary first word, no trailing full stop);
 *  - lists read "a", "a and b", "a, b and c", and empty parts are left out;
 *  - a note typed about the manager ("Priya suggested I…") is written to them ("you suggested I…").
 */

const END_PUNCTUATION = /[.!?…]["'’”)\]]*$/;

/** Collapses whitespace, trims, and removes a trailing comma, semicolon or colon. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[,;:\s]+$/, '');
}

/** Upper-cases the first letter (after an opening quote or bracket only: "<b>" or "iOS…" typed first stay as they are). */
export function capitalise(text: string): string {
  return text.replace(/^(["'“‘«(\[¿¡\s]*)(\p{Ll})/u, (_m, lead: string, c: string) => lead + c.toUpperCase());
}

/** True when the text reads as one or more full sentences rather than a phrase. */
export function isSentence(text: string): boolean {
  const t = tidy(text);
  if (!t) return false;
  // Two sentences, or a question, or a subject-led statement ("I lead…", "We agreed…").
  if (/[.!?]\s+\p{Lu}/u.test(t) || /\?["'’”)]*$/.test(t)) return true;
  return /^(I|I'm|I’m|I've|I’ve|We|My|Our|You|Your|He|She|They|It|This|There)\b/.test(t) && t.split(' ').length >= 4;
}

/** The text as a sentence: capital first letter, ending punctuation. '' stays ''. */
export function asSentence(text: string): string {
  const t = tidy(text);
  if (!t) return '';
  return capitalise(END_PUNCTUATION.test(t) ? t : `${t}.`);
}

/** Words that stay capitalised inside a sentence. */
const KEEP_CAPITAL = /^(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)$/;

/**
 * The text as a part of our sentence: no ending full stop, an ordinary capitalised first word
 * lower-cased ("Lead the Q3 refresh" -> "lead the Q3 refresh"), acronyms, names in the middle and
 * "I" kept. A text of several sentences is left as typed (minus the final full stop).
 */
export function asPhrase(text: string): string {
  let t = tidy(text);
  if (/[.!?]\s+\p{Lu}/u.test(t)) return t.replace(/\.+$/, '');
  t = t.replace(/[.!;,\s]+$/, '');
  const first = /^(\p{Lu})(\p{Ll}+)(?=$|[\s,;:'’-])/u.exec(t);
  if (first && !KEEP_CAPITAL.test(first[0])) t = first[1].toLowerCase() + t.slice(1);
  return t;
}

/** "a" / "a and b" / "a, b and c". Empty items are dropped; items are used as given. */
export function joinList(items: string[], conjunction = 'and'): string {
  const parts = items.map((s) => s.trim()).filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts.at(-1)}`;
}

/** Joins sentences and phrases into a paragraph, each made a sentence; empty parts are left out. */
export function joinSentences(parts: string[]): string {
  return parts.map(asSentence).filter(Boolean).join(' ');
}

/** Third-person verb forms that change when the subject becomes "you". */
const VERB_FOR_YOU: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', does: 'do', says: 'say', thinks: 'think', suggests: 'suggest',
  wants: 'want', feels: 'feel', sees: 'see', recommends: 'recommend', agrees: 'agree', offers: 'offer',
  plans: 'plan', needs: 'need', likes: 'like', knows: 'know', mentions: 'mention', believes: 'believe',
  expects: 'expect', proposes: 'propose', encourages: 'encourage', asks: 'ask', prefers: 'prefer',
  hopes: 'hope', wishes: 'wish', supports: 'support', goes: 'go', tries: 'try',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites a note about the manager into words to the manager: their name, "my manager" or a
 * leading he/she/they becomes "you" (with the verb after it agreeing), "Priya's" becomes "your".
 * Other people's names, and "his/her" (which may mean someone else), are left alone.
 */
export function toSecondPerson(text: string, managerName: string, firstName = managerName.trim().split(/\s+/)[0] ?? ''): string {
  const full = managerName.trim();
  const names = [full, firstName.trim()].filter((n) => n.length >= 2);
  const subjects = [...new Set(names)].map(escape).concat(['my manager', 'my boss', 'the manager']);
  const subjectRe = new RegExp(`(^|[^\\p{L}])(${subjects.join('|')})(['’]s)?(?=[^\\p{L}]|$)`, 'giu');
  let out = text.replace(subjectRe, (_m, lead: string, _who: string, possessive?: string) => `${lead}${possessive ? 'your' : 'you'}`);
  // A note that starts "She suggested…" is about the manager (it was typed on the meeting sheet).
  out = out.replace(/^(\s*)(he|she|they)(?=\s)/i, '$1you');
  // Verb agreement right after a new "you": "you suggests" -> "you suggest", "you is" -> "you are".
  out = out.replace(/\b(you)(\s+)(\p{L}+)/giu, (m, you: string, space: string, verb: string) => {
    const fixed = VERB_FOR_YOU[verb.toLowerCase()];
    return fixed ? `${you}${space}${fixed}` : m;
  });
  // Capitalise a "you" that now starts a sentence.
  return out.replace(/(^|[.!?]\s+)you\b/g, (_m, lead: string) => `${lead}You`);
}
