/**
 * Guidance checks: pure functions (no DOM) that look at what the person wrote and
 * point out where it drifts from what a career development conversation is for.
 *
 *  - framing: pay, promotion and performance-rating talk does not belong in this
 *    conversation (it is forward-looking and about growth, not money or a review);
 *  - specificity: a goal like "more leadership experience" gives the manager nothing
 *    to act on; a concrete request (lead a small project, a mentor, a certification,
 *    training in a skill, shadowing) does.
 *
 * Matching is done on words with their neighbours rather than bare substrings, so
 * "payment", "PayPal", "raise a concern" or "a review of my current role" are not flagged.
 */
import type { Goal, GoalKind, Plan } from './types';

export type FramingCategory = 'pay' | 'promotion' | 'review';

export interface FramingIssue {
  category: FramingCategory;
  /** The words as written in the text ("pay rise", "Salary"). */
  term: string;
  /** Character offset of the match in the checked text. */
  index: number;
  /** Why it does not belong here, in plain words. */
  explanation: string;
}

export const FRAMING_EXPLANATIONS: Record<FramingCategory, string> = {
  pay:
    'This conversation is about how you want to grow, not about money. Pay questions turn an open, ' +
    'exploratory talk into a negotiation, and your manager may start weighing budgets instead of ' +
    'helping you plan. Keep compensation for its own meeting, such as your company’s pay cycle.',
  promotion:
    'Asking for a promotion here turns a planning talk into a yes-or-no decision your manager may not ' +
    'be able to make on the spot. Ask instead which skills and experiences would prepare you for the ' +
    'role you want; the promotion itself can be a separate conversation later.',
  review:
    'This is not a performance review. A review looks back and grades past work; this conversation ' +
    'looks ahead at your development. Ratings pull the talk towards defending the past. You can still ' +
    'ask for feedback on your strengths and where to grow, framed towards the future.',
};

interface Token {
  word: string; // lower case
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Letters/digits with an optional apostrophe part ("manager's"); hyphens split words ("pay-rise").
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    out.push({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const set = (...words: string[]) => new Set(words);

/** Words that mean money on their own. */
const PAY_WORDS = set(
  'salary', 'salaries', 'wage', 'wages', 'compensation', 'remuneration', 'bonus', 'bonuses',
  'payrise', 'payraise', 'paycheck', 'paycheque', 'payscale', 'paygrade',
);
/** "bonus points", "wage theft"-style compounds that are not about the person's pay. */
const PAY_WORD_NOT_BEFORE = set('points', 'round', 'level', 'feature', 'track');

/** Before "pay": the noun sense ("my pay", "equal pay", "discuss pay"). */
const PAY_NOUN_BEFORE = set(
  'my', 'our', 'the', 'more', 'higher', 'better', 'equal', 'base', 'fair', 'in', 'of', 'about',
  'discuss', 'discussing', 'regarding', 'increased', 'current', 'annual', 'home', 'extra', 'less', 'low', 'lower',
);
/** After "pay": compounds about compensation ("pay rise", "pay bump", "pay band"). */
const PAY_COMPOUND_AFTER = set(
  'rise', 'rises', 'raise', 'raises', 'bump', 'bumps', 'increase', 'increases', 'band', 'bands', 'grade',
  'grades', 'scale', 'scales', 'cut', 'cuts', 'review', 'reviews', 'structure', 'gap', 'level', 'levels',
  'range', 'ranges', 'adjustment', 'package', 'check', 'cheque',
);
/** After "pay": words that show it is the subject or a list item ("pay and benefits", "pay is low"). */
const PAY_LINK_AFTER = set('and', 'or', 'is', 'was', "isn't", 'has', 'should', 'would');

/** Before "raise(s)": words that make it a noun whatever follows ("a raise", "annual raises"). */
const RAISE_STRONG_BEFORE = set(
  'a', 'my', 'our', 'annual', 'yearly', 'pay', 'salary', 'merit', 'another', 'big', 'bigger', 'small',
  'possible', 'potential', 'deserved', 'living', 'decent', 'substantial', 'nice', 'next',
);
/** Before "raise(s)": words that usually make it a noun ("ask for raises", "get the raise"). */
const RAISE_WEAK_BEFORE = set('the', 'for', 'about', 'get', 'getting', 'got', 'deserve', 'discuss', 'discussing', 'no', 'any');
/** After "raise": a verb object that is clearly not about money ("raise the issue", "raise awareness"). */
const RAISE_VERB_AFTER = set(
  'awareness', 'concerns', 'concern', 'issues', 'issue', 'questions', 'question', 'the', 'my', 'our',
  'visibility', 'profile', 'money', 'funds', 'points', 'point', 'standards', 'bar', 'this', 'it', 'them',
  'risks', 'risk', 'objections', 'flags', 'flag', 'hand', 'hands', 'expectations',
);

const PROMOTION_NOT_BEFORE = set('sales', 'product', 'marketing', 'self', 'cross', 'brand', 'event');
const PROMOTION_NOT_AFTER = set('campaign', 'campaigns', 'code', 'codes', 'materials', 'plan', 'budget');
const PROMOTED_BEFORE = set('get', 'gets', 'got', 'getting', 'be', 'being', 'been');

const REVIEW_AFTER_PERFORMANCE = set(
  'review', 'reviews', 'rating', 'ratings', 'score', 'scores', 'evaluation', 'evaluations', 'appraisal',
  'appraisals', 'grade', 'grades', 'ranking', 'rankings',
);
/** "annual review", "year-end review", "mid-year review": a review of performance, not of a plan. */
const REVIEW_BEFORE = set('annual', 'yearly', 'end', 'year');

/**
 * Finds pay, promotion and performance-rating talk in a piece of text. Each distinct
 * term is reported once, in order of first appearance.
 */
export function checkFraming(text: string): FramingIssue[] {
  const tokens = tokenize(text);
  const found: FramingIssue[] = [];
  const seen = new Set<string>();
  // Words already part of a multi-word match ("raise in salary") are not matched again.
  let consumedUntil = -1;

  const add = (category: FramingCategory, from: number, to: number) => {
    consumedUntil = Math.max(consumedUntil, to);
    const first = tokens[from];
    const last = tokens[to];
    const term = text.slice(first.start, last.end);
    const key = `${category}:${term.toLowerCase().replace(/[\s-]+/g, ' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ category, term, index: first.start, explanation: FRAMING_EXPLANATIONS[category] });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumedUntil) continue;
    const w = tokens[i].word;
    const prev = tokens[i - 1]?.word ?? '';
    const next = tokens[i + 1]?.word ?? '';
    // Sentence punctuation right after the word ("discuss pay.") ends the clause: a noun use.
    const clauseEnds = i + 1 >= tokens.length || /^[\s"')\]]*[.,;:!?)]/.test(text.slice(tokens[i].end, tokens[i + 1]?.start));

    if (PAY_WORDS.has(w)) {
      if (!PAY_WORD_NOT_BEFORE.has(next)) add('pay', i, i);
    } else if (w === 'pay') {
      if (PAY_COMPOUND_AFTER.has(next)) add('pay', i, i + 1);
      else if (PAY_NOUN_BEFORE.has(prev) || PAY_LINK_AFTER.has(next) || clauseEnds) add('pay', i, i);
    } else if (w === 'raise' || w === 'raises') {
      const inPay = next === 'in' && /^(pay|salary|salaries|compensation|wages?)$/.test(tokens[i + 2]?.word ?? '');
      if (inPay) add('pay', i, i + 2);
      else if (RAISE_STRONG_BEFORE.has(prev)) add('pay', i, i);
      // "get the raise" is money, "for the issue" after "raise" is not: weak neighbours need a non-verb object.
      else if (RAISE_WEAK_BEFORE.has(prev) && (clauseEnds || !RAISE_VERB_AFTER.has(next))) add('pay', i, i);
    } else if ((w === 'more' && next === 'money') || (w === 'earn' && next === 'more')) {
      add('pay', i, i + 1);
    } else if (w === 'paid' && (prev === 'better' || prev === 'higher')) {
      add('pay', i - 1, i);
    } else if (w === 'paid' && next === 'more') {
      add('pay', i, i + 1);
    } else if (w === 'promotion' || w === 'promotions') {
      if (!PROMOTION_NOT_BEFORE.has(prev) && !PROMOTION_NOT_AFTER.has(next)) add('promotion', i, i);
    } else if (w === 'promote' && next === 'me') {
      add('promotion', i, i + 1);
    } else if (w === 'promoted' && PROMOTED_BEFORE.has(prev)) {
      add('promotion', i - 1, i);
    } else if (w === 'performance' && REVIEW_AFTER_PERFORMANCE.has(next)) {
      add('review', i, i + 1);
    } else if ((w === 'review' || w === 'reviews') && REVIEW_BEFORE.has(prev)) {
      // "annual review", "year-end review", "mid-year review"; never "review my current role".
      const compound = (prev === 'end' || prev === 'year') && /^(year|mid)$/.test(tokens[i - 2]?.word ?? '');
      add('review', compound ? i - 2 : i - 1, i);
    } else if (w === 'review' && (next === 'score' || next === 'rating')) {
      add('review', i, i + 1);
    } else if (w === 'appraisal' || w === 'appraisals') {
      add('review', i, i);
    } else if ((w === 'rating' || w === 'ratings') && (prev === 'my' || prev === 'annual')) {
      add('review', i - 1, i);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------- specificity

export interface SpecificityIssue {
  /** The vague wording found ("more leadership experience"), or '' when the goal only lacks a request. */
  vague: string;
  message: string;
  /** Concrete forms the person could ask for instead, tailored to what the goal mentions. */
  suggestions: string[];
}

/**
 * Phrases that name a direction but not something a manager can say yes to.
 * Order matters: the longest, most telling phrase is reported.
 */
const VAGUE_PATTERNS: RegExp[] = [
  /\bmore (?:leadership|management|managerial) (?:experience|opportunities|skills|exposure|responsibilit(?:y|ies))\b/i,
  /\b(?:more|greater|better|increased|increase my|improve my|get more) visibility\b/i,
  /\bmore (?:responsibilit(?:y|ies)|ownership|autonomy|influence|impact|exposure|challenges?|experience|opportunities)\b/i,
  /\b(?:develop|improve|grow|build|expand|broaden|strengthen|upgrade) (?:my )?(?:skills?|skill ?set|abilities|knowledge|career|capabilities)\b/i,
  /\b(?:get|become|be) better at\b/i,
  /\b(?:learn|know) more\b/i,
  /\b(?:be|become) (?:a )?(?:better|more senior|more valuable|more effective|a leader)\b/i,
  /\b(?:take|move|go) (?:my career |things )?to the next level\b/i,
  /\b(?:move|step|get|transition) into (?:management|leadership|a leadership role|a management role)\b/i,
  /\bexplore (?:other|different|new) (?:roles|areas|functions|teams|options|opportunities|paths)\b/i,
  /\b(?:personal|professional|career) (?:growth|development)\b/i,
  /\b(?:grow|growth|grow more|develop|develop myself|improve|improve myself|progress|advance|step up|stretch myself|upskill|level up)\b/i,
  /\bleadership\b/i,
  /\bvisibility\b/i,
];

/**
 * Words that show a request is concrete: a thing, a person, a course, a date.
 * A request also counts as concrete when it is long enough to name something and
 * is not itself one of the vague phrases above.
 */
function isConcrete(request: string): boolean {
  const r = request.trim();
  if (!r) return false;
  if (VAGUE_PATTERNS.some((p) => p.test(r)) && r.split(/\s+/).length < 6) return false;
  return r.split(/\s+/).length >= 3;
}

const BASE_FORMS = [
  'Lead a small, well-defined project',
  'Be paired with a mentor',
  'Earn a specific certification',
  'Get training in one named skill',
  'Shadow someone in another department',
];

interface Tailoring {
  test: RegExp;
  suggestions: string[];
}

/** Suggestions for the themes the guide mentions, first match first. */
const TAILORED: Tailoring[] = [
  {
    test: /\b(lead|leader|leadership|manage|management|managerial|team lead|people)\b/i,
    suggestions: [
      'Lead a small project end to end (name it, for example the next internal tool or migration)',
      'Be paired with a mentor who leads a team',
      'Shadow a team lead for a few of their meetings and planning sessions',
      'Run a recurring team meeting or onboard the next new hire',
    ],
  },
  {
    test: /\b(technical|technology|tech|engineering|coding|code|programming|python|java|javascript|typescript|sql|data|cloud|aws|azure|security|devops|machine learning|ml|ai|analytics|architecture|design)\b/i,
    suggestions: [
      'Take a training course in the named skill (say which one and when)',
      'Earn a certification in it (name the certification)',
      'Take on a task on the next project that uses the skill, with a reviewer',
      'Be paired with a mentor who is strong in that skill',
    ],
  },
  {
    test: /\b(communicat\w*|present\w*|public speaking|writing|visibility|exposure|network\w*|influence)\b/i,
    suggestions: [
      'Present the team’s work at the next all-hands or demo day',
      'Take a training course in presenting or writing',
      'Shadow someone in another department who works with stakeholders',
      'Be paired with a mentor outside your team',
    ],
  },
  {
    test: /\b(department|function|functional|team|area|product|sales|marketing|finance|operations|lateral|switch|move)\b/i,
    suggestions: [
      'Shadow someone in the department you are curious about for a day or two',
      'Hold an informational interview with a person in that role',
      'Join a cross-team project that works with that area',
    ],
  },
];

const KIND_HINTS: Partial<Record<GoalKind, string>> = {
  'lead-project': 'Name the project (or the kind of project) you would like to lead, and by when.',
  mentor: 'Say what kind of mentor you want, or name a person, and how often you would meet.',
  certification: 'Name the certification and when you would like to take it.',
  training: 'Name the skill and, if you know it, the course or programme.',
  shadowing: 'Name the person, team or department you would like to shadow, and for how long.',
};

/**
 * Flags a goal that names a direction ("grow", "more leadership experience") but
 * carries no concrete request the manager could act on.
 */
export function checkSpecificity(goal: Pick<Goal, 'text' | 'request' | 'kind'>): SpecificityIssue | undefined {
  const text = goal.text.trim();
  const request = goal.request.trim();
  if (isConcrete(request)) return undefined;
  const subject = text || request;
  if (!subject) return undefined; // an empty goal is not vague, just unfinished

  const hit = VAGUE_PATTERNS.map((p) => p.exec(subject)).find((m) => m !== null);
  const hint = KIND_HINTS[goal.kind];
  // A non-vague goal with a specific kind but no request still needs the request spelled out.
  if (!hit) {
    if (request || goal.kind === 'other' || !hint) return undefined;
    // The text may itself be the request ("Lead the Q3 billing migration"): accept anything with enough words.
    if (text.split(/\s+/).length >= 4) return undefined;
  }

  const tailored = TAILORED.find((t) => t.test.test(subject));
  const suggestions = [...(tailored?.suggestions ?? BASE_FORMS)];
  for (const form of BASE_FORMS) {
    if (suggestions.length >= 5) break;
    if (!suggestions.some((s) => s.split(' ').slice(0, 2).join(' ') === form.split(' ').slice(0, 2).join(' '))) {
      suggestions.push(form);
    }
  }
  const vague = hit ? hit[0] : '';
  const message = hit
    ? `“${vague}” is a direction, not something your manager can say yes to. Turn it into a concrete request.` +
      (hint ? ` ${hint}` : '')
    : `Add the concrete request for this goal. ${hint}`;
  return { vague, message, suggestions };
}

// ------------------------------------------------------------------ whole plan

export interface PlanGuidanceNote {
  where: 'goal' | 'agenda';
  /** Id of the goal or agenda item. */
  itemId: string;
  /** Position in its list (0-based). */
  index: number;
  framing: FramingIssue[];
  specificity?: SpecificityIssue;
}

/** Runs framing over goals (text and request) and agenda items, and specificity over goals. */
export function checkPlanGuidance(plan: Pick<Plan, 'goals' | 'agenda'>): PlanGuidanceNote[] {
  const notes: PlanGuidanceNote[] = [];
  plan.goals.forEach((goal, index) => {
    const framing = checkFraming(`${goal.text}\n${goal.request}`);
    const specificity = checkSpecificity(goal);
    if (framing.length || specificity) notes.push({ where: 'goal', itemId: goal.id, index, framing, specificity });
  });
  plan.agenda.forEach((item, index) => {
    const framing = checkFraming(item.text);
    if (framing.length) notes.push({ where: 'agenda', itemId: item.id, index, framing });
  });
  return notes;
}
