import type { ActionItem, EmailChoices, Plan } from '../plan/types';
import type { MessageKey } from '../i18n';
import { checkFraming, checkSpecificity, type FramingCategory } from '../plan/guidance';
import { goalAsk, goalFlags } from '../plan/agenda-proposal';
import { goalInEmail } from './view';
import { emailPhrases } from './email-language';
import { placeholder } from './variables';
import type { Language } from '../plan/language';
import type { Fix } from './fix';

export type { Fix } from './fix';
export { parseFix } from './fix';

/**
 * One review of every email that leaves CareerTalk (compose menu, popup Copy, compose links):
 * the rendered email is checked for framing (pay, promotion, ratings), vague requests and
 * unfilled placeholders, and each finding comes with one-click fixes. Nothing is blocked: a fix
 * changes this email's remembered choices (or fills a date), "keep as is" just stops asking.
 * Pure: findings carry message keys and values, the UI translates them.
 */

export interface Finding {
  /** Stable across renders, so "keep as is" is remembered. */
  id: string;
  kind: 'framing' | 'vague' | 'left-out' | 'no-date' | 'placeholder';
  key: MessageKey;
  subs: string[];
  fixes: { fix: Fix; key: MessageKey; subs: string[] }[];
}

export const NO_CHOICES: EmailChoices = { keepGoals: [], omitGoals: [], goalText: {}, undated: 'placeholder', keptAsIs: [] };

const FRAMING_KEYS: Record<FramingCategory, MessageKey> = {
  pay: 'reviewFindingPay',
  promotion: 'reviewFindingPromotion',
  review: 'reviewFindingReview',
};

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export interface ReviewOptions {
  /** The email's language: its framing and vague-request rules, its placeholders (English when omitted). */
  lang?: Language;
  /**
   * Words a concrete form of a vague goal (a guidance suggestion key) as the email would say it.
   * Absent (e.g. the interface speaks another language than the email): no "use …" fixes are offered.
   */
  suggestion?: (key: MessageKey) => string;
}

export function reviewEmail(
  email: { subject: string; text: string },
  plan: Plan | undefined,
  items: ActionItem[],
  choices: EmailChoices = NO_CHOICES,
  opts: ReviewOptions = {},
): Finding[] {
  const lang = opts.lang ?? 'en';
  const words = emailPhrases(lang);
  const findings: Finding[] = [];
  const text = `${email.subject}\n${email.text}`;
  const lower = text.toLowerCase();
  const keep = (id: Finding['id']) => ({ fix: { type: 'keep-as-is', findingId: id } as Fix, key: 'reviewFixKeep' as MessageKey, subs: [] });
  const goals = plan?.goals ?? [];
  const inEmail = (ask: string) => ask.length > 0 && lower.includes(ask.toLowerCase());

  // Framing: in the email as rendered (a goal, an agenda line or a template's own words).
  for (const issue of checkFraming(text, lang)) {
    const goal = goals.find((g) => checkFraming(`${g.text}\n${g.request}`, lang).some((f) => f.term.toLowerCase() === issue.term.toLowerCase()) && inEmail(goalAsk(g)));
    const id = `framing:${issue.category}:${issue.term.toLowerCase()}`;
    findings.push({
      id,
      kind: 'framing',
      key: FRAMING_KEYS[issue.category],
      subs: [issue.term],
      fixes: [...(goal ? [{ fix: { type: 'omit-goal', goalId: goal.id } as Fix, key: 'reviewFixLeaveOut' as MessageKey, subs: [] }] : []), keep(id)],
    });
  }

  for (const goal of goals) {
    const ask = goalAsk(goal);
    if (!ask) continue;
    const shown = goalInEmail(goal, choices, lang);
    const flags = goalFlags(goal, lang);
    // A vague goal that is in the email: offer its concrete forms.
    if (shown && flags.includes('vague') && !choices.goalText[goal.id] && inEmail(ask)) {
      const id = `vague:${goal.id}`;
      const word = opts.suggestion;
      const suggestions = word ? (checkSpecificity(goal, lang)?.suggestionKeys.slice(0, 3) ?? []).map((k) => word(k)).filter(Boolean) : [];
      findings.push({
        id,
        kind: 'vague',
        key: 'reviewFindingVague',
        subs: [short(ask)],
        fixes: [
          ...suggestions.map((s) => ({ fix: { type: 'replace-goal', goalId: goal.id, text: s } as Fix, key: 'reviewFixUse' as MessageKey, subs: [s] })),
          { fix: { type: 'omit-goal', goalId: goal.id }, key: 'reviewFixLeaveOut', subs: [] },
          keep(id),
        ],
      });
    }
    // A flagged goal the email left out by default, in an email that lists goals: say so, offer to keep it.
    if (!shown && flags.length && !choices.omitGoals.includes(goal.id) && plan && emailListsGoals(email.text, plan, choices, goal.id, lang)) {
      const id = `left-out:${goal.id}`;
      findings.push({
        id,
        kind: 'left-out',
        key: 'reviewFindingLeftOut',
        subs: [short(ask)],
        fixes: [{ fix: { type: 'keep-goal', goalId: goal.id }, key: 'reviewFixKeepGoal', subs: [] }, keep(id)],
      });
    }
  }

  // Action items that print "[Due date]": pick a date, or say "a date we agree on".
  const dueMark = placeholder(words.label.dueDate);
  if (choices.undated !== 'agree' && text.includes(dueMark)) {
    for (const item of items) {
      if (!item.text.trim() || item.due || item.status === 'done') continue;
      const id = `no-date:${item.id}`;
      findings.push({
        id,
        kind: 'no-date',
        key: 'reviewFindingNoDate',
        subs: [short(item.text.trim()), dueMark],
        fixes: [
          { fix: { type: 'set-due', itemId: item.id }, key: 'reviewFixPickDate', subs: [] },
          { fix: { type: 'undated-agree' }, key: 'reviewFixAgree', subs: [words.agreedDate] },
          keep(id),
        ],
      });
    }
  }

  // Any other placeholder still in the email.
  for (const m of new Set(text.match(/\[[^\]\n]{2,40}\]/g) ?? [])) {
    if (m === dueMark) continue;
    const id = `placeholder:${m}`;
    findings.push({ id, kind: 'placeholder', key: 'reviewFindingPlaceholder', subs: [m], fixes: [keep(id)] });
  }

  return findings.filter((f) => !choices.keptAsIs.includes(f.id));
}

/** True when the email lists the plan's goals (the default agenda's goals line, or another goal's words). */
function emailListsGoals(text: string, plan: Plan, choices: EmailChoices, except: string, lang: Language): boolean {
  const lower = text.toLowerCase();
  // The third of the guide's four parts, as the email language words it with and without requests.
  const words = emailPhrases(lang);
  const goalLines = [words.agenda({ role: '', vision: '', interests: [], requests: [] })[2], words.agenda({ role: '', vision: '', interests: [], requests: ['x'] })[2]];
  if (goalLines.some((line) => lower.includes(line.replace(/[:\u00a0\s]*x?$/, '').toLowerCase()))) return true;
  return plan.goals.some((g) => g.id !== except && !!goalInEmail(g, choices, lang) && !!goalAsk(g) && lower.includes(goalAsk(g).toLowerCase()));
}

/** A finding as text, for the compose window (the content script displays it and sends back the chosen fix). */
export interface WordedFinding {
  id: string;
  kind: Finding['kind'];
  text: string;
  /** What the finding is about (an action item's text, a goal), for labels such as the date field's. */
  about: string;
  fixes: { fix: Fix; label: string }[];
}

export function wordFindings(findings: Finding[], word: (key: MessageKey, ...subs: string[]) => string): WordedFinding[] {
  return findings.map((f) => ({ id: f.id, kind: f.kind, text: word(f.key, ...f.subs), about: f.subs[0] ?? '', fixes: f.fixes.map((x) => ({ fix: x.fix, label: word(x.key, ...x.subs) })) }));
}

/** The choices after one fix (a new object; 'set-due' changes an action item instead, see lib/db). */
export function applyFix(choices: EmailChoices | undefined, fix: Fix): EmailChoices {
  const c: EmailChoices = structuredClone(choices ?? NO_CHOICES);
  const without = (list: string[], id: string) => list.filter((x) => x !== id);
  switch (fix.type) {
    case 'omit-goal':
      c.omitGoals = [...without(c.omitGoals, fix.goalId), fix.goalId];
      c.keepGoals = without(c.keepGoals, fix.goalId);
      delete c.goalText[fix.goalId];
      break;
    case 'keep-goal':
      c.keepGoals = [...without(c.keepGoals, fix.goalId), fix.goalId];
      c.omitGoals = without(c.omitGoals, fix.goalId);
      break;
    case 'replace-goal':
      c.goalText[fix.goalId] = fix.text.slice(0, 300);
      c.omitGoals = without(c.omitGoals, fix.goalId);
      break;
    case 'undated-agree':
      c.undated = 'agree';
      break;
    case 'keep-as-is':
      c.keptAsIs = [...without(c.keptAsIs, fix.findingId), fix.findingId].slice(-200);
      break;
    case 'set-due':
      break;
  }
  return c;
}
