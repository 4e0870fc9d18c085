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
 * Each language has its own rules (lib/plan/guidance-rules/): its own words, inflections
 * and false-positive traps. Results carry message keys, never English text: the UI
 * words them in the interface language.
 */
import type { MessageKey } from '../i18n';
import type { Goal, GoalKind, Plan } from './types';
import type { Language } from './language';
import { tokenize, type FramingCategory, type FramingRule } from './guidance-rules/scan';
import { framingEn } from './guidance-rules/framing-en';
import { framingDe } from './guidance-rules/framing-de';
import { framingFr } from './guidance-rules/framing-fr';
import { framingEs } from './guidance-rules/framing-es';
import { BASE_SUGGESTIONS, THEMES, THEME_SUGGESTIONS, VAGUE } from './guidance-rules/specificity';

export type { FramingCategory } from './guidance-rules/scan';

export interface FramingIssue {
  category: FramingCategory;
  /** The words as written in the text ("pay rise", "Gehaltserhöhung"). */
  term: string;
  /** Character offset of the match in the checked text. */
  index: number;
  /** Why it does not belong here, as a message key. */
  explanationKey: MessageKey;
}

export const FRAMING_EXPLANATION_KEYS: Record<FramingCategory, MessageKey> = {
  pay: 'guidanceExplainPay',
  promotion: 'guidanceExplainPromotion',
  review: 'guidanceExplainReview',
};

const FRAMING_RULES: Record<Language, FramingRule> = { en: framingEn, de: framingDe, fr: framingFr, es: framingEs };

/**
 * Finds pay, promotion and performance-rating talk in a piece of text written in `lang`.
 * Each distinct term is reported once, in order of first appearance.
 */
export function checkFraming(text: string, lang: Language = 'en'): FramingIssue[] {
  const tokens = tokenize(text);
  const seen = new Set<string>();
  const found: FramingIssue[] = [];
  for (const hit of FRAMING_RULES[lang](tokens, text)) {
    const first = tokens[hit.from];
    const term = text.slice(first.start, tokens[hit.to].end);
    const key = `${hit.category}:${term.toLowerCase().replace(/[\s-]+/g, ' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ category: hit.category, term, index: first.start, explanationKey: FRAMING_EXPLANATION_KEYS[hit.category] });
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------- specificity

export interface SpecificityIssue {
  /** The vague wording found ("more leadership experience"), or '' when the goal only lacks a request. */
  vague: string;
  /** The message: `guidanceVague` (with the vague words as $1) or `guidanceAddRequest`. */
  messageKey: MessageKey;
  messageSubs: string[];
  /** What to name for this kind of goal ("Name the certification…"), when the kind says. */
  hintKey?: MessageKey;
  /** Concrete forms the person could ask for instead, tailored to what the goal mentions. */
  suggestionKeys: MessageKey[];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A request is concrete when it is long enough to name something (a project, a person,
 * a course, a date) and is not itself one of the vague phrases.
 */
function isConcrete(request: string, lang: Language): boolean {
  const r = request.trim();
  if (!r) return false;
  if (VAGUE[lang].some((p) => p.test(r)) && words(r) < 6) return false;
  return words(r) >= 3;
}

const KIND_HINTS: Partial<Record<GoalKind, MessageKey>> = {
  'lead-project': 'guidanceHintLeadProject',
  mentor: 'guidanceHintMentor',
  certification: 'guidanceHintCertification',
  training: 'guidanceHintTraining',
  shadowing: 'guidanceHintShadowing',
};

function suggestionsFor(subject: string, lang: Language): MessageKey[] {
  const theme = THEMES[lang].find(([, test]) => test.test(subject))?.[0];
  if (!theme) return [...BASE_SUGGESTIONS];
  const tailored = THEME_SUGGESTIONS[theme];
  const out = tailored.map((s) => s.key);
  const covered = new Set(tailored.map((s) => s.covers));
  for (const base of BASE_SUGGESTIONS) {
    if (out.length >= 5) break;
    if (!covered.has(base)) out.push(base);
  }
  return out;
}

/**
 * Flags a goal that names a direction ("grow", "mehr Verantwortung", "progresser") but
 * carries no concrete request the manager could act on.
 */
export function checkSpecificity(goal: Pick<Goal, 'text' | 'request' | 'kind'>, lang: Language = 'en'): SpecificityIssue | undefined {
  const text = goal.text.trim();
  const request = goal.request.trim();
  if (isConcrete(request, lang)) return undefined;
  const subject = text || request;
  if (!subject) return undefined; // an empty goal is not vague, just unfinished

  const hit = VAGUE[lang].map((p) => p.exec(subject)).find((m) => m !== null);
  const hintKey = KIND_HINTS[goal.kind];
  // A non-vague goal with a specific kind but no request still needs the request spelled out.
  if (!hit) {
    if (request || goal.kind === 'other' || !hintKey) return undefined;
    // The text may itself be the request ("Lead the Q3 billing migration"): accept anything with enough words.
    if (words(text) >= 4) return undefined;
  }
  const vague = hit ? hit[0] : '';
  return {
    vague,
    messageKey: hit ? 'guidanceVague' : 'guidanceAddRequest',
    messageSubs: hit ? [vague] : [],
    hintKey,
    suggestionKeys: suggestionsFor(subject, lang),
  };
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
export function checkPlanGuidance(plan: Pick<Plan, 'goals' | 'agenda'>, lang: Language = 'en'): PlanGuidanceNote[] {
  const notes: PlanGuidanceNote[] = [];
  plan.goals.forEach((goal, index) => {
    const framing = checkFraming(`${goal.text}\n${goal.request}`, lang);
    const specificity = checkSpecificity(goal, lang);
    if (framing.length || specificity) notes.push({ where: 'goal', itemId: goal.id, index, framing, specificity });
  });
  plan.agenda.forEach((item, index) => {
    const framing = checkFraming(item.text, lang);
    if (framing.length) notes.push({ where: 'agenda', itemId: item.id, index, framing });
  });
  return notes;
}
