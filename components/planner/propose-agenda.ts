import { newId } from '@/lib/plan/factory';
import { agendaParts, type GoalFlag } from '@/lib/plan/agenda-proposal';
import type { AgendaItem, Goal, Plan } from '@/lib/plan/types';
import { uiLanguage, type MessageKey } from '@/lib/i18n';
import { emailLanguageOf } from '@/lib/templates/render';
import { emailPhrases } from '@/lib/templates/email-language';

const SECTIONS: AgendaItem['section'][] = ['current-role', 'long-term', 'goals', 'feedback'];

/**
 * A first agenda built from what the person already wrote, in the guide's four parts: where I
 * am now, where I want to go, what I'm asking for, and what I'd like to hear from you. Goals
 * the guidance flags (pay, promotion, ratings, too vague) are left out and returned separately,
 * so the person can add one back on purpose. The agenda goes to the manager (the Agenda email,
 * the invite), so it is worded exactly as the Agenda email words its default agenda: in the
 * plan's email language and formality, whatever the interface language.
 */
export function proposeAgenda(plan: Plan): { items: AgendaItem[]; leftOut: { goal: Goal; flags: GoalFlag[] }[] } {
  // Goals are checked in the language they are written in: the plan's email language.
  const lang = emailLanguageOf(plan, { defaultLanguage: uiLanguage() });
  const parts = agendaParts(plan, [], lang);
  const lines = emailPhrases(lang, plan.formality === 'informal' ? 'informal' : 'formal').agenda(parts);
  const items: AgendaItem[] = lines.map((text, i) => ({ id: newId(), section: SECTIONS[i] ?? 'other', text }));
  return { items, leftOut: parts.leftOut };
}

/** Why a goal was left out, in the person's language. */
export const FLAG_KEYS: Record<GoalFlag, MessageKey> = {
  pay: 'stageAgendaLeftOutPay',
  promotion: 'stageAgendaLeftOutPromotion',
  review: 'stageAgendaLeftOutReview',
  vague: 'stageAgendaLeftOutVague',
};
