import { newId } from '@/lib/plan/factory';
import { agendaParts, type GoalFlag } from '@/lib/plan/agenda-proposal';
import { AGENDA_PROPOSAL_WORDS } from '@/lib/plan/agenda-proposal-words';
import type { AgendaItem, Goal, Plan } from '@/lib/plan/types';
import { asPhrase, joinList } from '@/lib/templates/sentences';
import { uiLanguage, type MessageKey } from '@/lib/i18n';
import { emailLanguageOf } from '@/lib/templates/render';

/**
 * A first agenda built from what the person already wrote, in the guide's four parts: where I
 * am now, where I want to go, what I'm asking for, and what I'd like to hear from you. Goals
 * the guidance flags (pay, promotion, ratings, too vague) are left out and returned separately,
 * so the person can add one back on purpose. The agenda goes to the manager (the Agenda email,
 * the invite), so it is written in the plan's email language and formality, whatever the
 * interface language (lib/plan/agenda-proposal-words.ts).
 */
export function proposeAgenda(plan: Plan): { items: AgendaItem[]; leftOut: { goal: Goal; flags: GoalFlag[] }[] } {
  // Goals are checked in the language they are written in: the plan's email language.
  const lang = emailLanguageOf(plan, { defaultLanguage: uiLanguage() });
  const words = AGENDA_PROPOSAL_WORDS[lang][plan.formality === 'informal' ? 'informal' : 'formal'];
  // Lower-casing a first word is right in English only (German nouns keep their capital).
  const phrase = (text: string) => (lang === 'en' ? asPhrase(text) : text.trim().replace(/[.;,\s]+$/, ''));
  const parts = agendaParts(plan, [], lang);
  const items: AgendaItem[] = [];
  const add = (section: AgendaItem['section'], text: string) => items.push({ id: newId(), section, text });

  add('current-role', parts.role ? words.roleAs(parts.role) : words.role);

  const interests = joinList(parts.interests.map(phrase), words.and);
  if (parts.vision && interests) add('long-term', words.visionInterests(phrase(parts.vision), interests));
  else if (parts.vision) add('long-term', words.vision(phrase(parts.vision)));
  else if (interests) add('long-term', words.interests(interests));
  else add('long-term', words.longTerm);

  if (parts.requests.length) add('goals', words.goalsList(joinList(parts.requests.map(phrase), words.and)));
  else add('goals', words.goals);

  add('feedback', words.feedback);
  return { items, leftOut: parts.leftOut };
}

/** Why a goal was left out, in the person's language. */
export const FLAG_KEYS: Record<GoalFlag, MessageKey> = {
  pay: 'stageAgendaLeftOutPay',
  promotion: 'stageAgendaLeftOutPromotion',
  review: 'stageAgendaLeftOutReview',
  vague: 'stageAgendaLeftOutVague',
};
