import { newActionItem, newEntry, newPlan } from '../../lib/plan/factory';
import type { ActionItem, Plan } from '../../lib/plan/types';

/**
 * Three realistic plans for the golden files (tests/golden/<plan>/<email>.txt). Each golden file
 * is the email as the manager (or, for the informational interview, the colleague) receives it:
 * read them when the wording changes.
 */

export interface GoldenPlan {
  name: string;
  plan: Plan;
  items: ActionItem[];
  /** "Now" for the render: after the meeting, so the check-in reads as it would. */
  now: Date;
}

/** The data analyst of issue 15: a raise goal, a vague goal, one concrete request, an undated action item. */
function dataAnalyst(): GoldenPlan {
  const created = new Date(2026, 2, 2, 9, 0);
  const plan = newPlan(created, {
    id: 'golden-analyst',
    myName: 'Dana Ortiz',
    managerName: 'Priya Shah',
    managerEmail: 'priya.shah@example.com',
    company: 'Acme Logistics',
    currentRole: 'Data analyst',
    meetingAt: '2026-03-10T14:00',
    meetingMinutes: 30,
    goals: [
      { id: 'g-raise', kind: 'other', text: 'Get a raise this year to reflect the extra reporting work', request: '' },
      { id: 'g-vague', kind: 'other', text: 'Get more leadership experience', request: '' },
      { id: 'g-forecast', kind: 'lead-project', text: 'Own a forecast end to end', request: 'Lead the Q3 demand forecast refresh' },
    ],
  });
  plan.selfAssessment.vision = 'In 2–3 years I lead a small analytics team.';
  plan.selfAssessment.interests = [newEntry('Forecasting'), newEntry('data engineering')];
  plan.paths = [{ id: 'p1', role: 'Analytics engineer', moveType: 'lateral', qualifications: 'dbt, SQL, Airflow', gaps: 'Airflow', notes: '' }];
  plan.interviews = [{ id: 'i1', who: 'Marco Bellini', role: 'Analytics engineer', date: '', learned: '' }];
  plan.meeting.takeaways = [
    newEntry('Priya suggested I present the forecast results at the April ops review'),
    newEntry('she thinks the SQL performance course is a good fit'),
  ];
  const items = [
    newActionItem(plan.id, 0, { text: 'Draft the scope of the Q3 forecast refresh', owner: 'me', due: '2026-03-20' }),
    newActionItem(plan.id, 1, { text: 'Sign up for the SQL performance course', owner: 'me', due: '' }),
    newActionItem(plan.id, 2, { text: 'Ask finance for last year’s demand data', owner: 'manager', due: '2026-03-17' }),
  ];
  return { name: 'data-analyst', plan, items, now: new Date(2026, 2, 31, 10, 0) };
}

/** A backend engineer weeks after the meeting: check-in notes, items in every state and owner. */
function backendEngineer(): GoldenPlan {
  const created = new Date(2025, 8, 1, 9, 0);
  const plan = newPlan(created, {
    id: 'golden-engineer',
    myName: 'Sam Rivera',
    managerName: 'Ana Silva',
    managerEmail: 'ana.silva@example.com',
    company: 'Northwind',
    currentRole: 'Backend engineer',
    meetingAt: '2025-09-16T10:30',
    meetingMinutes: 45,
    goals: [
      { id: 'g1', kind: 'lead-project', text: 'Grow as a technical lead', request: 'Lead the billing service migration in Q4' },
      { id: 'g2', kind: 'certification', text: '', request: 'Take the AWS Solutions Architect Associate exam this year' },
    ],
    agenda: [
      { id: 'a1', section: 'current-role', text: 'What is going well in the payments team, and what slows me down' },
      { id: 'a2', section: 'long-term', text: 'Staff engineer or engineering manager: which fits me better' },
      { id: 'a3', section: 'goals', text: 'Leading the billing migration, and the AWS exam' },
      { id: 'a4', section: 'feedback', text: 'Your view of my system design work' },
      { id: 'a5', section: 'other', text: 'What would you expect from me to lead the migration?' },
      { id: 'a6', section: 'other', text: 'Who has done a similar migration here that I could learn from?' },
    ],
  });
  plan.selfAssessment.vision = 'Staff engineer on the platform side';
  plan.paths = [{ id: 'p1', role: 'Staff engineer', moveType: 'vertical', qualifications: '', gaps: 'Cross-team design', notes: '' }];
  plan.meeting.takeaways = [newEntry('Ana wants me to write the migration design doc first'), newEntry('Pair with the architecture group on design reviews.')];
  const items = [
    newActionItem(plan.id, 0, { text: 'Write the billing migration design doc', owner: 'me', due: '2025-10-03', status: 'done' }),
    newActionItem(plan.id, 1, { text: 'Book the AWS exam', owner: 'me', due: '2025-10-15', status: 'in-progress' }),
    newActionItem(plan.id, 2, { text: 'Introduce me to the architecture group', owner: 'manager', due: '2025-09-30', status: 'done' }),
    newActionItem(plan.id, 3, { text: 'Share the design review calendar', owner: 'other', ownerName: 'Priya Nair', due: '2025-10-20', status: 'open' }),
  ];
  plan.checkIns = [
    { id: 'c1', date: '2025-10-14', notes: 'the design doc was approved at the architecture review', progress: { [items[1].id]: 'exam slot held for November 12' } },
  ];
  return { name: 'backend-engineer', plan, items, now: new Date(2025, 9, 14, 17, 0) };
}

/** A support team lead looking at a lateral move, with a sparse plan: no meeting time yet, no check-ins. */
function supportLead(): GoldenPlan {
  const created = new Date(2026, 0, 12, 9, 0);
  const plan = newPlan(created, {
    id: 'golden-support',
    myName: 'Lee Wong',
    managerName: 'Dr. Morgan Ellis',
    managerEmail: 'morgan.ellis@example.com',
    company: 'Brightline Health',
    currentRole: 'Customer support team lead',
    meetingAt: '2026-01-27',
    meetingMinutes: 60,
    goals: [
      { id: 'g1', kind: 'shadowing', text: 'See how product managers work', request: 'Shadow the scheduling product manager for two weeks' },
      { id: 'g2', kind: 'training', text: 'Product discovery basics', request: 'Take the internal product discovery course in March' },
    ],
  });
  plan.selfAssessment.interests = [newEntry('Product management')];
  plan.paths = [{ id: 'p1', role: 'Associate product manager', moveType: 'other-function', qualifications: 'User research, writing specs', gaps: 'Specs', notes: '' }];
  const items = [
    newActionItem(plan.id, 0, { text: 'Set up the shadowing weeks with the scheduling team', owner: 'manager', due: '2026-02-06' }),
    newActionItem(plan.id, 1, { text: 'Enrol in the product discovery course', owner: 'me', due: '2026-02-13' }),
  ];
  plan.meeting.takeaways = [newEntry('Morgan will back a move if the shadowing goes well')];
  return { name: 'support-lead', plan, items, now: new Date(2026, 1, 20, 9, 0) };
}

export const GOLDEN_PLANS: GoldenPlan[] = [dataAnalyst(), backendEngineer(), supportLead()];
