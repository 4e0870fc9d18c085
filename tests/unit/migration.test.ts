import { describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CareerTalkDB, SCHEMA_V1, SCHEMA_V2 } from '../../lib/db/schema';
import { listPlans } from '../../lib/db/plans';
import { newPlan } from '../../lib/plan/factory';
import { wasSent } from '../../lib/plan/emails';
import { DEFAULT_CHECK_IN_DAYS } from '../../lib/plan/factory';

/**
 * A plan as the v1 code wrote it: action items embedded in the plan, and no
 * `reminders` or `notes` fields (they arrived in v2).
 */
function v1Plan(id: string, company: string) {
  return {
    id,
    title: `${company} cycle`,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-05T12:30:00.000Z',
    myName: 'Ada Example',
    managerName: 'Dana Manager',
    managerEmail: 'dana@example.com',
    company,
    currentRole: 'Backend engineer',
    meetingAt: '2024-03-12T10:00',
    meetingMinutes: 45,
    selfAssessment: {
      strengths: [{ id: 's1', text: 'Debugging' }, { id: 's2', text: 'Écrire des tests 🧪' }],
      areasToImprove: [{ id: 'i1', text: 'Public speaking' }],
      interests: [{ id: 'n1', text: 'Data platforms' }],
      energizers: [{ id: 'e1', text: 'Pairing' }],
      underusedSkills: [{ id: 'u1', text: 'SQL tuning' }],
      vision: 'Lead a platform team in 3 years',
    },
    paths: [
      { id: 'p1', role: 'Staff engineer', moveType: 'vertical', qualifications: 'Design reviews', gaps: 'Mentoring', notes: 'Ask Sam', sourceUrl: 'https://jobs.example.com/1', sourceTitle: 'Staff engineer posting' },
    ],
    interviews: [{ id: 'v1', who: 'Sam', role: 'Staff engineer', date: '2024-02-20', learned: 'Writes a lot of RFCs' }],
    goals: [{ id: 'g1', kind: 'lead-project', text: 'Leadership', request: 'Lead the Q3 billing migration' }],
    agenda: [
      { id: 'a1', text: 'My current role', section: 'current-role' },
      { id: 'a2', text: 'Feedback', section: 'feedback' },
    ],
    meeting: { strengthsFeedback: 'Reliable', growthFeedback: 'Speak up', opportunities: 'Billing project', notes: 'Good talk', takeaways: [{ id: 't1', text: 'Draft RFC' }] },
    checkIns: [{ id: 'c1', date: '2024-04-02', notes: 'On track', progress: { ai1: 'Started' } }],
    emailsSent: [{ kind: 'meeting-request', templateId: 'builtin:meeting-request', at: '2024-03-02T08:00:00.000Z', via: 'gmail' }],
    actionItems: [
      { id: 'ai1', text: 'Research the AWS certification', owner: 'me', ownerName: '', due: '2024-03-20', status: 'in-progress', createdAt: '2024-03-12T11:00:00.000Z' },
      { id: 'ai2', text: 'Introduce me to Sam', owner: 'manager', ownerName: '', due: '2024-03-15', status: 'open', createdAt: '2024-03-12T11:01:00.000Z' },
      { id: 'ai3', text: 'Share the RFC template', owner: 'other', ownerName: 'Sam', due: '', status: 'done', createdAt: '2024-03-12T11:02:00.000Z' },
    ],
  };
}

describe('schema migration v1 → v2', () => {
  test('a database written by v1 opens with the current code and keeps every field', async () => {
    const indexedDB = new IDBFactory();
    const name = 'careertalk-migration';

    // Write with the v1 schema, exactly as the old code declared it.
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    const a = v1Plan('plan-a', 'Acme');
    const b = { ...v1Plan('plan-b', 'Globex'), actionItems: [] };
    await old.table('plans').bulkAdd([a, b]);
    await old.table('settings').put({ key: 'activePlanId', value: 'plan-a' });
    old.close();

    const db = new CareerTalkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);

    // Every v1 field is kept as it was; the embedded list is gone from the plan.
    const plan = (await db.plans.get('plan-a')) as unknown as Record<string, unknown>;
    const { actionItems: _moved, emailsSent, ...v1Fields } = a;
    for (const [key, value] of Object.entries(v1Fields)) expect(plan[key], key).toEqual(value);
    // v3: an email recorded before statuses existed was only ever inserted, so it is a draft.
    expect(plan.emailsSent).toEqual(emailsSent.map((e) => ({ ...e, status: 'drafted' })));
    expect(plan).not.toHaveProperty('actionItems');

    // Fields that arrived in v2 get their defaults.
    expect(plan.reminders).toEqual({ enabled: true, checkInEveryDays: DEFAULT_CHECK_IN_DAYS });
    expect(plan.notes).toEqual([]);

    // Action items moved to their own table, in their old order, with owners, dates and status.
    const items = await db.actionItems.where('[planId+order]').between(['plan-a', Dexie.minKey], ['plan-a', Dexie.maxKey]).toArray();
    expect(items).toEqual(
      a.actionItems.map((item, order) => ({ ...item, planId: 'plan-a', order })),
    );
    // The due-date index works on migrated rows.
    const dueSoon = await db.actionItems.where('[planId+due]').between(['plan-a', '2024-03-01'], ['plan-a', '2024-03-31']).toArray();
    expect(dueSoon.map((i) => i.id)).toEqual(['ai2', 'ai1']);

    // The other plan and the settings survive; new tables exist and are empty.
    expect((await db.plans.get('plan-b'))?.company).toBe('Globex');
    expect(await db.actionItems.where('planId').equals('plan-b').count()).toBe(0);
    expect(await db.settings.get('activePlanId')).toEqual({ key: 'activePlanId', value: 'plan-a' });
    expect(await db.templates.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
    // v3: each migrated plan has its switcher summary.
    expect(await db.planSummaries.get('plan-a')).toEqual({
      id: 'plan-a', title: 'Acme cycle', company: 'Acme', meetingAt: '2024-03-12T10:00', createdAt: a.createdAt, updatedAt: a.updatedAt,
    });
    expect(await db.planSummaries.count()).toBe(2);
    db.close();
  });

  test('a v1 plan with sparse fields is filled with defaults and its items get safe values', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('careertalk-sparse', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    await old.table('plans').add({
      id: 'sparse',
      createdAt: '2024-01-01T00:00:00.000Z',
      company: 'Initech',
      actionItems: [{ text: 'Ask about training', owner: 'bogus', status: 'weird' }],
    });
    old.close();

    const db = new CareerTalkDB('careertalk-sparse', { indexedDB, IDBKeyRange });
    const plan = (await db.plans.get('sparse'))!;
    expect(plan.company).toBe('Initech');
    expect(plan.meetingMinutes).toBe(30);
    expect(plan.selfAssessment.strengths).toEqual([]);
    expect(plan.goals).toEqual([]);
    const [item] = await db.actionItems.where('planId').equals('sparse').toArray();
    expect(item).toMatchObject({ text: 'Ask about training', owner: 'me', status: 'open', order: 0, due: '', ownerName: '', createdAt: '2024-01-01T00:00:00.000Z' });
    expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });
});

describe('schema migration v2 → v3', () => {
  test('emails recorded by v2 become drafts; a plan without emails is untouched', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('careertalk-v2', { indexedDB, IDBKeyRange });
    old.version(2).stores(SCHEMA_V2);
    const { emailsSent: _none, ...fields } = newPlan(new Date('2025-01-01T00:00:00Z'), { id: 'p', company: 'Acme' });
    const recap = { kind: 'recap', templateId: 'recap', at: '2025-02-01T10:00:00.000Z', via: 'gmail' };
    await old.table('plans').bulkAdd([
      { ...fields, emailsSent: [recap] },
      { ...fields, id: 'q', emailsSent: [] },
    ]);
    old.close();

    const db = new CareerTalkDB('careertalk-v2', { indexedDB, IDBKeyRange });
    const plan = (await db.plans.get('p'))!;
    expect(db.verno).toBe(4);
    expect(plan.emailsSent).toEqual([{ ...recap, status: 'drafted' }]);
    expect(wasSent(plan, 'recap')).toBe(false);
    expect((await db.plans.get('q'))!.emailsSent).toEqual([]);
    db.close();
  });
});

describe('schema migration v3 → v4 (plan summaries)', () => {
  test('a v3 database gains one summary per plan, and the switcher lists them newest first', async () => {
    const indexedDB = new IDBFactory();
    const name = 'careertalk-v3';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V2);
    const { actionItems: _a, ...p1 } = { ...v1Plan('p1', 'Acme'), notes: [], reminders: { enabled: true, checkInEveryDays: 21 } };
    const p2 = { ...p1, id: 'p2', title: '', company: 'Globex', updatedAt: '2024-04-01T00:00:00.000Z' };
    await old.table('plans').bulkAdd([p1, p2]);
    old.close();

    const db = new CareerTalkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.planSummaries.count()).toBe(2);
    const rows = await listPlans(db);
    expect(rows.map((r) => r.id)).toEqual(['p2', 'p1']);
    expect(rows[1].label).toBe('Acme cycle');
    expect(rows[0].label).toMatch(/^Globex – /);
    // The whole plan is untouched by the upgrade.
    expect(await db.plans.get('p1')).toEqual(p1);
    db.close();
  });
});
