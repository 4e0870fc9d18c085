import { beforeEach, describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import { dumpDb, sampleTemplate, seed } from './import-fixtures';
import type { CareerTalkDB } from '../../lib/db/schema';
import { CareerTalkDB as DB } from '../../lib/db/schema';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportAll, exportPlan, importFromFile, importFromText } from '../../lib/db/transfer';
import { serializeExport } from '../../lib/io/export';
import { importSummary } from '../../lib/io/import';
import { tm } from '../../lib/i18n';
import { MAX_IMPORT_BYTES } from '../../lib/io/validate-json';
import { ACTIVE_PLAN_KEY, getActivePlan, setActivePlan } from '../../lib/db/plans';

let db: CareerTalkDB;
let validFile: Record<string, any>;

beforeEach(async () => {
  db = freshDb();
  const { plan } = await seed(db);
  await db.templates.add(sampleTemplate());
  await setActivePlan(db, plan.id);
  validFile = JSON.parse(serializeExport(await exportAll(db)));
});

function emptyDb(): CareerTalkDB {
  return new DB('careertalk-empty', { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Runs an import that must fail, and checks that the database is exactly as it was. */
/** Runs an import that must fail, checks that the database is exactly as it was, and words the errors (English UI). */
async function expectRejected(text: string): Promise<string[]> {
  const before = await dumpDb(db);
  const result = await importFromText(db, text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.errors.length).toBeGreaterThan(0);
  expect(await dumpDb(db)).toBe(before);
  return result.errors.map(tm);
}

const withChange = (change: (f: Record<string, any>) => void) => {
  const f = structuredClone(validFile);
  change(f);
  return JSON.stringify(f);
};

describe('import rejects broken files and changes nothing', () => {
  test('not JSON: says so, with line and column when the engine gives a position', async () => {
    const [error] = await expectRejected('{\n  "format": "careertalk",\n  oops\n}');
    expect(error).toMatch(/not valid JSON/);
    const [plain] = await expectRejected('Hello, this is a Word document');
    expect(plain).toMatch(/not valid JSON/);
  });

  test('empty file', async () => {
    expect(await expectRejected('')).toEqual([expect.stringMatching(/The file is empty/)]);
    expect(await expectRejected('   \n ')).toEqual([expect.stringMatching(/The file is empty/)]);
  });

  test('JSON that is not an export object', async () => {
    expect((await expectRejected('[1,2,3]'))[0]).toMatch(/not a CareerTalk export: the file holds a list/);
    expect((await expectRejected('null'))[0]).toMatch(/not a CareerTalk export/);
    expect((await expectRejected('{"format":"something-else","version":1}'))[0]).toMatch(/its format is "something-else"/);
    expect((await expectRejected('{"plans":[]}'))[0]).toMatch(/no "format": "careertalk" field/);
  });

  test('wrong version: newer and unknown', async () => {
    expect((await expectRejected(withChange((f) => (f.version = 2))))[0]).toMatch(/newer version of CareerTalk \(file version 2; this version reads version 1\)/);
    expect((await expectRejected(withChange((f) => (f.version = 0))))[0]).toMatch(/Unsupported export version 0/);
    expect((await expectRejected(withChange((f) => (f.version = '1'))))[0]).toMatch(/Unsupported export version "1"/);
  });

  test('a 50 MB string is rejected by its size, fast, before parsing', async () => {
    const huge = `{"format":"careertalk","version":1,"plans":["${'x'.repeat(50 * 1024 * 1024)}"]}`;
    const before = await dumpDb(db);
    const t0 = performance.now();
    const result = await importFromText(db, huge);
    const ms = performance.now() - t0;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(tm)).toEqual([expect.stringMatching(/too large \(50 MB\).*up to 32 MB/)]);
    expect(ms).toBeLessThan(250);
    expect(await dumpDb(db)).toBe(before);
  });

  test('a 50 MB file is rejected by its size without being read', async () => {
    const blob = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    let read = false;
    const spy = Object.assign(blob, { text: async () => ((read = true), '') });
    const before = await dumpDb(db);
    const result = await importFromFile(db, spy);
    expect(result.ok).toBe(false);
    expect(read).toBe(false);
    expect(await dumpDb(db)).toBe(before);
  });

  test('just over the limit in UTF-8 bytes (multi-byte text) is rejected too', async () => {
    const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1); // fewer characters than the limit, more bytes
    expect((await expectRejected(text))[0]).toMatch(/too large/);
  });

  test('deeply nested (10,000 levels) is rejected before parsing', async () => {
    const bomb = '['.repeat(10_000) + ']'.repeat(10_000);
    const t0 = performance.now();
    expect((await expectRejected(bomb))[0]).toMatch(/nested more than 32 levels deep \(line 1, column 33\)/);
    expect(performance.now() - t0).toBeLessThan(500);
    const inside = serializeExport(validFile as never).replace('"templates": [', `"templates": [${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)},`);
    expect((await expectRejected(inside))[0]).toMatch(/nested more than 32 levels/);
  });

  test('an email recorded by an older export (no status) is imported as a draft; a sent one stays sent', async () => {
    const f = structuredClone(validFile);
    const { status: _s, sentAt: _t, ...old } = f.plans[0].emailsSent[0];
    f.plans[0].emailsSent = [{ ...old, kind: 'recap' }, f.plans[0].emailsSent[0]];
    const target = emptyDb();
    expect((await importFromText(target, JSON.stringify(f))).ok).toBe(true);
    const [plan] = await target.plans.toArray();
    expect(plan.emailsSent.map((e) => [e.kind, e.status])).toEqual([['recap', 'drafted'], ['meeting-request', 'sent']]);
    expect(plan.emailsSent[1].sentAt).toBe('2025-03-02T08:05:00.000Z');
  });

  test('brackets inside strings do not count as nesting', async () => {
    const f = structuredClone(validFile);
    f.plans[0].notes.push({ id: 'n-brackets', text: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ \\" [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' });
    const target = emptyDb();
    const result = await importFromText(target, JSON.stringify(f));
    expect(result.ok).toBe(true);
  });

  test.each([
    ['top level', (t: string) => t.replace('"format"', '"__proto__": {"polluted": true}, "format"'), /"__proto__" at __proto__/],
    ['inside a plan', (t: string) => t.replace('"title"', '"__proto__": {"polluted": true}, "title"'), /"__proto__" at plans\[0\]\.__proto__/],
    ['constructor in a goal', (t: string) => t.replace('"kind": "lead-project"', '"constructor": {"prototype": {"polluted": true}}, "kind": "lead-project"'), /"constructor" at plans\[0\]\.goals\[0\]\.constructor/],
    ['prototype in check-in progress', (t: string) => t.replace('"progress": {', '"progress": {"prototype": "x", '), /"prototype" at plans\[0\]\.checkIns\[0\]\.progress\.prototype/],
  ])('__proto__ / constructor / prototype keys: %s', async (_where, edit, message) => {
    const text = edit(serializeExport(validFile as never));
    expect(text).not.toBe(serializeExport(validFile as never));
    const errors = await expectRejected(text);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/tamper/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('wrong types and missing fields are listed with their path', async () => {
    const errors = await expectRejected(
      withChange((f) => {
        f.plans[0].goals[2].kind = 'promotion';
        f.plans[0].meetingMinutes = '30';
        delete f.plans[0].managerEmail;
        f.plans[0].selfAssessment.strengths[0].text = 42;
        f.actionItems[1].owner = 'boss';
        f.actionItems[0].due = 'next Tuesday';
        f.templates[0].name = '';
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'plans[0].goals[2].kind: should be one of "lead-project", "mentor", "certification", "training", "shadowing", "other", but is "promotion"',
        'plans[0].meetingMinutes: should be a number, but is text',
        'plans[0].managerEmail: is missing',
        'plans[0].selfAssessment.strengths[0].text: should be text, but is a number',
        'actionItems[1].owner: should be one of "me", "manager", "other", but is "boss"',
        'actionItems[0].due: should be a date like 2025-03-14 or empty, but is "next Tuesday"',
        'templates[0].name: should be a non-empty name, but is ""',
      ]),
    );
    expect(errors).toHaveLength(7);
  });

  test('an object missing many fields is one line, not twenty', async () => {
    expect(await expectRejected(withChange((f) => (f.plans[0] = { id: 'p' })))).toEqual([
      'plans[0]: is missing 20 fields: title, createdAt, updatedAt, myName, managerName, managerEmail, company, currentRole, meetingAt, meetingMinutes, selfAssessment, paths, interviews, goals, agenda, meeting, checkIns, notes, emailsSent, reminders',
    ]);
  });

  test('lists that are not lists, and missing top-level parts', async () => {
    expect(await expectRejected(withChange((f) => (f.plans = {})))).toContain('plans: should be a list, but is an object');
    expect(await expectRejected(withChange((f) => delete f.actionItems))).toContain('actionItems: should be a list, but is missing');
    expect(await expectRejected(withChange((f) => (f.plans[0] = null)))).toContain('plans[0]: should be an object, but is null');
  });

  test('very many problems are summarized', async () => {
    const errors = await expectRejected(withChange((f) => (f.plans[0].notes = Array.from({ length: 100 }, () => ({ id: 5, text: 5 })))));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('…and 180 more problems.');
  });

  test('duplicate ids inside the file', async () => {
    expect(await expectRejected(withChange((f) => f.plans.push(structuredClone(f.plans[0]))))).toContain(
      `plans[1].id: repeats the id "${validFile.plans[0].id}" of plans[0]; every id must be unique`,
    );
    expect(await expectRejected(withChange((f) => (f.actionItems[2].id = f.actionItems[0].id)))).toContain(
      `actionItems[2].id: repeats the id "${validFile.actionItems[0].id}" of actionItems[0]; every id must be unique`,
    );
    expect(await expectRejected(withChange((f) => (f.plans[0].goals[1].id = 'goal-1')))).toContain(
      'plans[0].goals[1].id: repeats the id "goal-1" of plans[0].goals[0]; every id must be unique',
    );
    expect(await expectRejected(withChange((f) => f.templates.push(f.templates[0])))).toContain(
      'templates[1].id: repeats the id "tpl-1" of templates[0]; every id must be unique',
    );
  });

  test('templates must render: broken Mustache, unknown variables and built-in names are refused', async () => {
    const errors = await expectRejected(
      withChange((f) => {
        f.templates.push({ ...f.templates[0], id: 'tpl-2', name: 'Broken', body: 'Hi\n{{#goals}}\nno end' });
        f.templates.push({ ...f.templates[0], id: 'tpl-3', name: 'Unknown', subject: 'Hi {{salary}}' });
        f.templates.push({ ...f.templates[0], id: 'tpl-4', name: 'Meeting request' });
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^templates\[1\]\.body: line 2: The section \{\{#goals\}\} is never closed/),
      expect.stringMatching(/^templates\[2\]\.subject: Unknown variable \{\{salary\}\}/),
      'templates[3].name: "Meeting request" is the name of a built-in template',
    ]);
  });

  test('an action item for a plan not in the file', async () => {
    expect(await expectRejected(withChange((f) => (f.actionItems[0].planId = 'nowhere')))).toEqual([
      'actionItems[0].planId: refers to plan "nowhere", which is not in the file',
    ]);
  });

  test('a storage failure in the middle rolls the whole import back', async () => {
    const target = emptyDb();
    await target.open();
    target.templates.hook('creating', () => {
      throw new Error('disk on fire');
    });
    const before = await dumpDb(target);
    const result = await importFromText(target, JSON.stringify(validFile));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(tm)).toEqual([expect.stringMatching(/^Nothing was imported: .*disk on fire/)]);
    expect(await dumpDb(target)).toBe(before);
    expect(await target.plans.count()).toBe(0);
  });
});

describe('import of valid files', () => {
  test('round trip: export → import into an empty database gives the same plan and action items', async () => {
    const original = await exportPlan(db, validFile.plans[0].id);
    const target = emptyDb();
    const result = await importFromText(target, serializeExport(original));
    expect(result.ok && tm(result.summary)).toBe('Imported 1 plan, 3 action items, 0 templates.');
    expect(await target.plans.toArray()).toEqual(original.plans);
    expect(await target.actionItems.orderBy('[planId+order]').toArray()).toEqual(original.actionItems);
    // The imported plan becomes the active one in a database that had none.
    expect((await getActivePlan(target))?.id).toBe(original.plans[0].id);
    // And exporting it again gives the same file (apart from the time of export).
    const again = await exportAll(target);
    expect({ ...again, exportedAt: '' }).toEqual({ ...original, exportedAt: '' });
  });

  test('whole-database round trip includes templates', async () => {
    const target = emptyDb();
    const result = await importFromText(target, serializeExport(await exportAll(db)));
    expect(result.ok && tm(result.summary)).toBe('Imported 1 plan, 3 action items, 1 template.');
    expect(await target.templates.toArray()).toEqual([sampleTemplate()]);
  });

  test('importing the same content again adds nothing and says so: already in CareerTalk, skipped', async () => {
    const before = await dumpDb(db);
    const result = await importFromText(db, JSON.stringify(validFile));
    expect(result.ok && tm(result.summary)).toBe('Nothing was added: everything in this file is already in CareerTalk, skipped: 1 plan and 1 template.');
    expect(await dumpDb(db)).toBe(before);
    // Also when the stored one is an earlier import's copy, with other ids and "(imported)" in its name.
    const other = emptyDb();
    const copyFile = structuredClone(validFile);
    copyFile.plans[0] = { ...copyFile.plans[0], id: 'other-id', title: `${copyFile.plans[0].title} (imported)`, updatedAt: new Date().toISOString() };
    copyFile.actionItems = copyFile.actionItems.map((i: any, n: number) => ({ ...i, id: `other-item-${n}`, planId: 'other-id' }));
    copyFile.plans[0].checkIns = copyFile.plans[0].checkIns.map((c: any) => ({
      ...c,
      progress: Object.fromEntries(Object.entries(c.progress).map(([k, v]) => [`other-item-${validFile.actionItems.findIndex((i: any) => i.id === k)}`, v])),
    }));
    copyFile.templates = copyFile.templates.map((t: any) => ({ ...t, id: 'other-tpl', name: `${t.name} (imported)` }));
    expect((await importFromText(other, JSON.stringify(copyFile))).ok).toBe(true);
    const again = await importFromText(other, JSON.stringify(validFile));
    expect(again.ok && tm(again.summary)).toBe('Nothing was added: everything in this file is already in CareerTalk, skipped: 1 plan and 1 template.');
    expect(await other.plans.count()).toBe(1);
  });

  test('a plan that already exists with other content is added as a copy with new ids, named once, never overwritten', async () => {
    const before = await dumpDb(db);
    const other = emptyDb();
    await seed(other, 'Globex');
    const second = (await exportAll(other)).plans[0];
    const secondItems = (await exportAll(other)).actionItems;
    const file = structuredClone(validFile);
    file.plans[0].selfAssessment.vision = 'Lead a data platform team.';
    file.templates[0].body += '\nThanks again.';
    file.plans.push(second);
    file.actionItems.push(...secondItems.slice(0, 2));

    const result = await importFromText(db, JSON.stringify(file));
    expect(result.ok && tm(result.summary)).toBe('Imported 2 plans (1 as a copy because it already existed), 5 action items, 1 template (1 as a copy because it already existed).');
    if (!result.ok) return;

    // Everything that was there is still there, untouched.
    const originalRows = JSON.parse(before) as Record<string, { id?: string; key?: string }[]>;
    for (const [table, rows] of Object.entries(originalRows)) {
      for (const row of rows) expect(await db.table(table).get(row.id ?? row.key!)).toEqual(row);
    }

    const copyId = result.planIds[0];
    expect(copyId).not.toBe(validFile.plans[0].id);
    expect(result.planIds[1]).toBe(second.id);
    const copy = (await db.plans.get(copyId))!;
    expect(copy.title).toBe('Acme – spring cycle (imported)');
    expect(copy.goals).toEqual(validFile.plans[0].goals);
    const copyItems = await db.actionItems.where('planId').equals(copyId).sortBy('order');
    expect(copyItems.map((i) => [i.text, i.owner, i.ownerName, i.due, i.status, i.order])).toEqual(
      validFile.actionItems.map((i: any) => [i.text, i.owner, i.ownerName, i.due, i.status, i.order]),
    );
    for (const item of copyItems) expect(validFile.actionItems.map((i: any) => i.id)).not.toContain(item.id);
    // Check-in progress follows the renamed action item.
    expect(copy.checkIns[0].progress).toEqual({ [copyItems[0].id]: 'Booked the exam' });
    // The active plan did not change.
    expect((await db.settings.get(ACTIVE_PLAN_KEY))?.value).toBe(validFile.plans[0].id);
    expect((await db.templates.orderBy('name').toArray()).map((t) => t.name)).toEqual(['Short recap', 'Short recap (imported)']);

    // A changed copy of that copy is marked once: "(imported)", never "(imported) (imported)".
    const third = structuredClone(file);
    third.plans = [{ ...(await db.plans.get(copyId))!, selfAssessment: { ...copy.selfAssessment, vision: 'Changed once more.' } }];
    third.actionItems = [];
    third.templates = [{ ...(await db.templates.where('name').equals('Short recap (imported)').first())!, body: 'Changed once more.' }];
    const again = await importFromText(db, JSON.stringify(third));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect((await db.plans.get(again.planIds[0]))!.title).toBe('Acme – spring cycle (imported)');
    expect((await db.templates.orderBy('name').toArray()).map((t) => t.name)).toEqual(['Short recap', 'Short recap (imported)', 'Short recap (imported) 2']);
  });

  test('an imported template whose name is taken gets a free name', async () => {
    const other = emptyDb();
    await other.templates.add({ ...sampleTemplate(), id: 'mine', body: 'My own words' });
    await other.templates.add({ ...sampleTemplate(), id: 'mine-2', name: 'Short recap (imported)', body: 'Other words' });
    const result = await importFromText(other, JSON.stringify(validFile));
    expect(result.ok && tm(result.summary)).toBe('Imported 1 plan, 3 action items, 1 template.');
    expect((await other.templates.get('tpl-1'))?.name).toBe('Short recap (imported) 2');
  });

  test('unknown fields are dropped, not stored', async () => {
    const target = emptyDb();
    const result = await importFromText(
      target,
      withChange((f) => {
        f.plans[0].evil = '<script>alert(1)</script>';
        f.plans[0].goals[0].extra = 1;
        f.surprise = true;
      }),
    );
    expect(result.ok).toBe(true);
    const plan = (await target.plans.toArray())[0] as unknown as Record<string, unknown>;
    expect(plan).not.toHaveProperty('evil');
    expect((plan.goals as object[])[0]).not.toHaveProperty('extra');
  });

  test('hostile text is kept as plain text', async () => {
    const target = emptyDb();
    const text = '<img src=x onerror=alert(1)> {{#x}} \u202Eevil\u202C 🎉 ' + 'long '.repeat(3_900); // just under the 20,000-character cap
    const result = await importFromText(target, withChange((f) => (f.plans[0].goals[0].text = text)));
    expect(result.ok).toBe(true);
    expect((await target.plans.toArray())[0].goals[0].text).toBe(text);
  });

  test('importFromFile reads a Blob', async () => {
    const target = emptyDb();
    const result = await importFromFile(target, new Blob([JSON.stringify(validFile)], { type: 'application/json' }));
    expect(result.ok).toBe(true);
    expect(await target.plans.count()).toBe(1);
  });

  test('summary wording', () => {
    expect(tm(importSummary({ plans: 0, plansCopied: 0, actionItems: 0, templates: 0, templatesCopied: 0 }))).toBe('The file holds no plans or templates, so nothing was imported.');
    expect(tm(importSummary({ plans: 3, plansCopied: 2, actionItems: 1, templates: 0, templatesCopied: 0 }))).toBe('Imported 3 plans (2 as copies because they already existed), 1 action item, 0 templates.');
  });
});
