import type { CareerTalkDB } from '../../lib/db/schema';
import { newActionItem, newEntry, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan, UserTemplate } from '../../lib/plan/types';

/** A plan with something in every stage, its action items, and a user template. */
export function samplePlan(company = 'Acme'): { plan: Plan; items: ActionItem[] } {
  const plan = newPlan(new Date('2025-03-01T09:00:00.000Z'), {
    title: `${company} – spring cycle`,
    myName: 'Ada Example',
    managerName: 'Dana Manager',
    managerEmail: 'dana@example.com',
    company,
    currentRole: 'Backend engineer',
    meetingAt: '2025-03-12T10:00',
    meetingMinutes: 30,
  });
  plan.selfAssessment.strengths = [newEntry('Debugging'), newEntry('Écrire des tests 🧪')];
  plan.selfAssessment.areasToImprove = [newEntry('Public speaking')];
  plan.selfAssessment.interests = [newEntry('Data platforms')];
  plan.selfAssessment.energizers = [newEntry('Pairing with new hires')];
  plan.selfAssessment.underusedSkills = [newEntry('SQL tuning')];
  plan.selfAssessment.vision = 'Lead a platform team.\nMaybe staff engineer.';
  plan.paths = [{ id: 'path-1', role: 'Staff engineer', moveType: 'vertical', qualifications: 'Design reviews', gaps: 'Mentoring', notes: 'Ask Sam' }];
  plan.interviews = [{ id: 'iv-1', who: 'Sam', role: 'Staff engineer', date: '2025-02-20', learned: 'Writes many RFCs' }];
  plan.goals = [
    { id: 'goal-1', kind: 'lead-project', text: 'Leadership', request: 'Lead the Q3 billing migration' },
    { id: 'goal-2', kind: 'certification', text: 'Cloud', request: 'AWS Solutions Architect by June' },
    { id: 'goal-3', kind: 'mentor', text: 'A mentor', request: 'Pair me with a staff engineer' },
  ];
  plan.agenda = [
    { id: 'ag-1', text: 'My current role', section: 'current-role' },
    { id: 'ag-2', text: 'Your feedback on my strengths', section: 'feedback' },
  ];
  plan.meeting = { strengthsFeedback: 'Reliable', growthFeedback: 'Speak up in design reviews', opportunities: 'Billing project', notes: 'Good talk', takeaways: [newEntry('Draft an RFC')] };
  const items = [
    newActionItem(plan.id, 0, { text: 'Research the AWS certification', owner: 'me', due: '2025-03-20', status: 'in-progress' }),
    newActionItem(plan.id, 1, { text: 'Introduce me to Sam', owner: 'manager', due: '2025-03-15' }),
    newActionItem(plan.id, 2, { text: 'Share the RFC template', owner: 'other', ownerName: 'Sam', status: 'done' }),
  ];
  plan.checkIns = [{ id: 'ci-1', date: '2025-04-02', notes: 'On track', progress: { [items[0].id]: 'Booked the exam' } }];
  plan.notes = [newEntry('Saved posting text')];
  plan.emailsSent = [{ kind: 'meeting-request', templateId: 'builtin:meeting-request', at: '2025-03-02T08:00:00.000Z', via: 'gmail', status: 'sent', sentAt: '2025-03-02T08:05:00.000Z' }];
  return { plan, items };
}

export const sampleTemplate = (): UserTemplate => ({
  id: 'tpl-1',
  name: 'Short recap',
  subject: 'Thanks, {{managerName}}',
  body: 'Thank you for today.',
  basedOn: 'builtin:recap',
  kind: 'recap',
  updatedAt: '2025-03-01T10:00:00.000Z',
});

export async function seed(db: CareerTalkDB, company = 'Acme') {
  const { plan, items } = samplePlan(company);
  await db.plans.add(plan);
  await db.actionItems.bulkAdd(items);
  return { plan, items };
}

/** Every row of every table, in key order, as one string: equal strings mean an unchanged database. */
export async function dumpDb(db: CareerTalkDB): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(Object.fromEntries(tables.sort(([a], [b]) => a.localeCompare(b))));
}
