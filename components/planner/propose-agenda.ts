import { browser } from 'wxt/browser';
import { newId } from '@/lib/plan/factory';
import { agendaParts, type GoalFlag } from '@/lib/plan/agenda-proposal';
import type { AgendaItem, Goal, Plan } from '@/lib/plan/types';
import { asPhrase, joinList } from '@/lib/templates/sentences';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { emailLanguageOf } from '@/lib/templates/render';

/** Lower-casing a first word is right in English only (German nouns keep their capital). */
function uiIsEnglish(): boolean {
  try {
    return (browser.i18n.getUILanguage() || 'en').toLowerCase().startsWith('en');
  } catch {
    return true; // no i18n API (tests): the messages are the English ones
  }
}
const phrase = (text: string) => (uiIsEnglish() ? asPhrase(text) : text.trim().replace(/[.;,\s]+$/, ''));

/**
 * A first agenda built from what the person already wrote, in the guide's four parts: where I
 * am now, where I want to go, what I'm asking for, and what I'd like to hear from you. Goals
 * the guidance flags (pay, promotion, ratings, too vague) are left out and returned separately,
 * so the person can add one back on purpose.
 */
export function proposeAgenda(plan: Plan): { items: AgendaItem[]; leftOut: { goal: Goal; flags: GoalFlag[] }[] } {
  // Goals are checked in the language they are written in: the plan's email language.
  const parts = agendaParts(plan, [], emailLanguageOf(plan, { defaultLanguage: uiLanguage() }));
  const items: AgendaItem[] = [];
  const add = (section: AgendaItem['section'], text: string) => items.push({ id: newId(), section, text });
  const and = t('commonListAnd');

  add('current-role', parts.role ? t('stageAgendaProposalRoleAs', parts.role) : t('stageAgendaProposalRole'));

  const interests = joinList(parts.interests.map(phrase), and);
  if (parts.vision && interests) add('long-term', t('stageAgendaProposalVisionInterests', phrase(parts.vision), interests));
  else if (parts.vision) add('long-term', t('stageAgendaProposalVision', phrase(parts.vision)));
  else if (interests) add('long-term', t('stageAgendaProposalInterests', interests));
  else add('long-term', t('stageAgendaProposalLongTerm'));

  if (parts.requests.length) add('goals', t('stageAgendaProposalGoalsList', joinList(parts.requests.map(phrase), and)));
  else add('goals', t('stageAgendaProposalGoals'));

  add('feedback', t('stageAgendaProposalFeedback'));
  return { items, leftOut: parts.leftOut };
}

/** Why a goal was left out, in the person's language. */
export const FLAG_KEYS: Record<GoalFlag, MessageKey> = {
  pay: 'stageAgendaLeftOutPay',
  promotion: 'stageAgendaLeftOutPromotion',
  review: 'stageAgendaLeftOutReview',
  vague: 'stageAgendaLeftOutVague',
};
