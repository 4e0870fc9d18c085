import { newActionItem, newEntry, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan } from '../../lib/plan/types';

export const NOW = new Date(2025, 2, 1, 10, 0);
export const OPTS = { locale: 'en-US', now: NOW };

/** A plan with every stage filled in, and its action items (one per owner kind). */
export function fullPlan(): { plan: Plan; items: ActionItem[] } {
  const plan = newPlan(NOW, {
    myName: 'Sam Rivera',
    managerName: 'Ana Silva',
    managerEmail: 'ana.silva@example.com',
    company: 'Northwind',
    currentRole: 'Backend engineer',
    meetingAt: '2025-03-12T14:30',
    meetingMinutes: 45,
    goals: [
      { id: 'g1', kind: 'lead-project', text: 'Grow as a technical lead', request: 'Lead the Q3 billing migration' },
      { id: 'g2', kind: 'certification', text: '', request: 'Get the AWS Solutions Architect certification' },
    ],
    agenda: [
      { id: 'a1', section: 'current-role', text: 'What is going well in the payments team' },
      { id: 'a2', section: 'feedback', text: 'Your view of my system design skills' },
    ],
  });
  plan.meeting.takeaways = [newEntry('Pair with the architecture group on design reviews'), newEntry('Write up the migration plan')];
  const items = [
    newActionItem(plan.id, 0, { text: 'Research the AWS certification', owner: 'me', due: '2025-03-20', status: 'in-progress' }),
    newActionItem(plan.id, 1, { text: 'Connect me with Priya for an informational interview', owner: 'manager', due: '2025-03-15', status: 'done' }),
    newActionItem(plan.id, 2, { text: 'Share the design review calendar', owner: 'other', ownerName: 'Priya Nair', due: '2025-03-18' }),
  ];
  plan.checkIns = [{ id: 'c1', date: '2025-04-01', notes: '', progress: { [items[0].id]: 'Booked the exam for May' } }];
  return { plan, items };
}
