import { newId } from '@/lib/plan/factory';
import type { AgendaItem, Plan } from '@/lib/plan/types';
import { t } from '@/lib/i18n';

const listText = (entries: { text: string }[]) =>
  entries
    .map((e) => e.text.trim())
    .filter(Boolean)
    .join(', ');

/**
 * A first agenda built from what the person already wrote, in the order a career
 * conversation usually runs: where I am now, where I want to go, what I'm asking
 * for, and what I'd like to hear from you. Empty parts of the plan become a
 * generic line rather than being skipped, so the structure is always complete.
 */
export function proposeAgenda(plan: Plan): AgendaItem[] {
  const items: AgendaItem[] = [];
  const add = (section: AgendaItem['section'], text: string) => items.push({ id: newId(), section, text });

  const role = plan.currentRole.trim();
  add('current-role', role ? t('stageAgendaProposalRoleAs', role) : t('stageAgendaProposalRole'));

  const vision = plan.selfAssessment.vision.trim().replace(/\s+/g, ' ');
  const interests = listText(plan.selfAssessment.interests);
  if (vision) add('long-term', t('stageAgendaProposalVision', vision));
  if (interests) add('long-term', t('stageAgendaProposalInterests', interests));
  if (!vision && !interests) add('long-term', t('stageAgendaProposalLongTerm'));

  const goals = plan.goals.map((g) => (g.request.trim() || g.text.trim()).replace(/\s+/g, ' ')).filter(Boolean);
  if (goals.length) for (const g of goals) add('goals', g);
  else add('goals', t('stageAgendaProposalGoals'));

  add('feedback', t('stageAgendaProposalFeedback'));
  return items;
}
