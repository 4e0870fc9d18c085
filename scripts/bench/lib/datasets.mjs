// The bench's data sets, built the same way for every view: a realistic plan (something in
// every stage), as many of them as asked, and plans with very long lists. Written into the
// extension's IndexedDB with raw-db.mjs's seedRecords.
import { randomUUID } from 'node:crypto';

const entry = (text) => ({ id: randomUUID(), text });

/** Plan number `i` of a data set, created `i` minutes after the first. */
export function benchPlan(i = 0, overrides = {}) {
  const iso = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  return {
    id: randomUUID(), title: '', createdAt: iso, updatedAt: iso, myName: 'Alex Doe', managerName: `Manager ${i}`,
    managerEmail: `manager${i}@example.com`, company: `Company ${i}`, currentRole: 'Software engineer',
    meetingAt: '2026-12-03T10:30', meetingMinutes: 30,
    selfAssessment: {
      strengths: [entry('Debugging hard problems'), entry('Explaining designs')],
      areasToImprove: [entry('Delegating')], interests: [entry('Platform work')], energizers: [entry('Mentoring')],
      underusedSkills: [entry('Data analysis')], vision: 'Lead a small platform team within three years.',
    },
    paths: [{ id: randomUUID(), role: 'Staff engineer', moveType: 'vertical', qualifications: 'Design reviews', gaps: 'Cross-team projects', notes: '' }],
    interviews: [{ id: randomUUID(), who: 'Sam', role: 'Staff engineer', date: '2026-11-01', learned: 'Write more design docs' }],
    goals: [{ id: randomUUID(), kind: 'lead-project', text: 'Leadership', request: 'Lead the billing migration' }],
    agenda: [{ id: randomUUID(), text: 'My current role', section: 'current-role' }],
    meeting: { strengthsFeedback: '', growthFeedback: '', opportunities: '', notes: '', takeaways: [] },
    checkIns: [], notes: [], emailsSent: [], reminders: { enabled: true, checkInEveryDays: 21 },
    ...overrides,
  };
}

/** `count` action items of a plan, owners and due dates varied. */
export function benchActionItems(plan, count) {
  return Array.from({ length: count }, (_, j) => ({
    id: randomUUID(), planId: plan.id, text: `Action ${j}: follow up on the design review notes`, owner: j % 2 ? 'me' : 'manager', ownerName: '',
    due: `2026-12-${String((j % 28) + 1).padStart(2, '0')}`, status: j % 5 ? 'open' : 'done', order: j, createdAt: plan.createdAt,
  }));
}

/** `plans` plans with `itemsEach` action items each; the last one is the active plan. */
export function manyPlans(plans, itemsEach = 20) {
  const all = Array.from({ length: plans }, (_, i) => benchPlan(i));
  return { plans: all, actionItems: all.flatMap((p) => benchActionItems(p, itemsEach)), activePlanId: all.at(-1).id };
}

/** One plan with `items` action items, `goals` goals and `checkIns` check-ins (each noting progress on a few items). */
export function bigPlan({ items = 0, goals = 0, checkIns = 0 } = {}) {
  const plan = benchPlan(0, {
    goals: Array.from({ length: Math.max(1, goals) }, (_, i) => ({
      id: randomUUID(), kind: i % 2 ? 'training' : 'lead-project', text: `Grow area ${i}`, request: `Concrete request number ${i} for my manager`,
    })),
  });
  const actionItems = benchActionItems(plan, items);
  plan.checkIns = Array.from({ length: checkIns }, (_, i) => ({
    id: randomUUID(), date: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`, notes: `Check-in ${i}: steady progress`,
    progress: Object.fromEntries(actionItems.slice(0, 3).map((a) => [a.id, `Progress ${i} on this one`])),
  }));
  return { plan, actionItems };
}

/**
 * `count` of the person's own templates (as lib/db/templates.ts stores them: the `templates`
 * store of lib/db/schema.ts), each a valid email over the plan's fields and action items, named
 * so they sort in creation order; `language(i)` gives each one's language (absent: any language).
 */
export function manyTemplates(count, { language = () => undefined } = {}) {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const lang = language(i);
    return {
      id: randomUUID(), name: `Follow-up ${n}`, subject: `Follow-up ${n}: our career conversation, {{managerName}}`,
      body: [
        'Hi {{managerFirstName}},', '', `Thank you for the time on {{meetingDate}}. A short note (${n}) on what we agreed at {{company}}:`, '',
        '{{#actionItems}}', '- {{sentence}}', '{{/actionItems}}', '', 'Best regards,', '{{myName}}',
      ].join('\n'),
      kind: 'recap', updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), ...(lang ? { language: lang } : {}),
    };
  });
}
