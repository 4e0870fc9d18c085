import { scan, set, type FramingRule } from './scan';

/** English: "payment", "PayPal", "raise a concern" or "a review of my current role" are not flagged. */

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

export const framingEn: FramingRule = (tokens, text) =>
  scan(tokens, text, ({ i, w, prev, next, next2, clauseEnds, add }) => {
    if (PAY_WORDS.has(w)) {
      if (!PAY_WORD_NOT_BEFORE.has(next)) add('pay', i, i);
    } else if (w === 'pay') {
      if (PAY_COMPOUND_AFTER.has(next)) add('pay', i, i + 1);
      else if (PAY_NOUN_BEFORE.has(prev) || PAY_LINK_AFTER.has(next) || clauseEnds) add('pay', i, i);
    } else if (w === 'raise' || w === 'raises') {
      const inPay = next === 'in' && /^(pay|salary|salaries|compensation|wages?)$/.test(next2);
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
  });
