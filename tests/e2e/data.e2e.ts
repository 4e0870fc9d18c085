import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';

const sessions: ExtensionSession[] = [];
const work = mkdtempSync(join(tmpdir(), 'careertalk-data-'));
afterAll(async () => {
  for (const s of sessions) {
    expect(s.outbound).toEqual([]);
    await s.close();
  }
  rmSync(work, { recursive: true, force: true });
});

async function launch(): Promise<ExtensionSession> {
  const s = await launchExtension();
  sessions.push(s);
  return s;
}

/**
 * Every row of every store the person's data lives in, read with the raw IndexedDB API (no app
 * code), as one string. The reminders store is left out: the background derives it from the
 * plans after an import, on its own time (under load, after the broken-file checks began).
 */
async function dump(p: Page): Promise<string> {
  // Reminders are the background's own bookkeeping, derived from the plans on its own
  // schedule (a reminder that falls due is marked fired at any moment): not import data.
  const { reminders: _derived, ...stores } = await readRecords(p);
  return JSON.stringify(stores);
}

/** Clicks an export button and saves what the browser downloads; returns the file path and name. */
async function exportWith(p: Page, button: string): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: button }).click()]);
  const path = join(work, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

let exported: { path: string; name: string };
let exportedFile: any;

test('export in one profile: JSON of the plan, of everything, and Markdown', async () => {
  const s = await launch();
  const plan = await seedPlan(
    s,
    {
      title: 'Acme spring cycle',
      company: 'Acme',
      managerName: 'Dana Manager',
      managerEmail: 'dana@example.com',
      meetingAt: '2025-03-12T10:00',
      goals: [{ id: 'goal-1', kind: 'lead-project', text: 'Leadership', request: 'Lead the Q3 billing migration' }],
      agenda: [{ id: 'ag-1', text: 'My current role', section: 'current-role' }],
    },
    [
      { text: 'Research the AWS certification', owner: 'me', due: '2025-03-20' },
      { text: 'Introduce me to Sam', owner: 'manager', due: '2025-03-15' },
    ],
  );
  const page = await s.openPlanner('#data');
  await expect.poll(() => page.locator('#plan-select').inputValue()).toBe(plan.id);
  await expect.poll(() => page.locator('.data-stage .stage-intro').textContent()).toMatch(/only in this browser, on this device/);

  exported = await exportWith(page, 'Export this plan (JSON)');
  expect(exported.name).toMatch(/^careertalk-acme-spring-cycle-\d{4}-\d{2}-\d{2}\.json$/);
  exportedFile = JSON.parse(readFileSync(exported.path, 'utf8'));
  expect(exportedFile).toMatchObject({ format: 'careertalk', version: 1, templates: [] });
  expect(exportedFile.plans).toHaveLength(1);
  expect(exportedFile.plans[0]).toMatchObject({ id: plan.id, managerName: 'Dana Manager', goals: plan.goals });
  expect(exportedFile.actionItems.map((i: any) => [i.text, i.owner, i.due])).toEqual([
    ['Research the AWS certification', 'me', '2025-03-20'],
    ['Introduce me to Sam', 'manager', '2025-03-15'],
  ]);
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`to ${exported.name}`);

  const all = await exportWith(page, 'Export everything (JSON)');
  expect(all.name).toMatch(/^careertalk-all-plans-/);
  expect(JSON.parse(readFileSync(all.path, 'utf8')).plans.map((p: any) => p.id)).toEqual([plan.id]);

  const md = await exportWith(page, 'Export this plan (Markdown)');
  const text = readFileSync(md.path, 'utf8');
  expect(text).toMatch(/^# Acme spring cycle\n/);
  expect(text).toContain('Lead the Q3 billing migration');
  expect(text).toContain('- [ ] Introduce me to Sam: **Dana Manager**, due 2025-03-15');
});

test('import into a fresh profile: the same plan shows; a broken file shows an error and changes nothing', async () => {
  expect(exported, 'the export test ran first').toBeDefined();
  const s = await launch();
  const page = await s.openPlanner('#data');
  const input = page.getByLabel('Import a CareerTalk file (JSON)');
  await input.setInputFiles(exported.path);

  await expect.poll(() => page.locator('.import-ok').textContent()).toContain('Imported 1 plan, 2 action items, 0 templates.');
  // The imported plan is the active plan and the planner shows it.
  await expect.poll(() => page.locator('#plan-select').inputValue()).toBe(exportedFile.plans[0].id);
  await page.getByRole('link', { name: 'Self-assessment' }).click();
  await expect.poll(() => page.getByLabel("Manager's name").inputValue()).toBe('Dana Manager');
  await expect.poll(() => page.getByLabel('Company').inputValue()).toBe('Acme');
  await page.goto(`chrome-extension://${s.extensionId}/planner.html#goals`);
  await expect.poll(() => page.getByRole('main').textContent()).toContain('Goals');
  await expect.poll(() => page.getByLabel('Your concrete request').first().inputValue()).toBe('Lead the Q3 billing migration');

  // What is stored is exactly what was exported.
  const stored = JSON.parse(await dump(page));
  expect(stored.plans).toEqual(exportedFile.plans);
  expect(stored.actionItems.sort((a: any, b: any) => a.order - b.order)).toEqual(exportedFile.actionItems);

  // Broken files: each shows its problem in an alert, and the database is byte for byte the same.
  await page.goto(`chrome-extension://${s.extensionId}/planner.html#data`);
  const before = await dump(page);
  const broken = structuredClone(exportedFile);
  broken.plans[0].goals[0].kind = 'raise';
  const cases: [string, string | Buffer, RegExp][] = [
    ['not-json.json', 'this is not json', /^.*This is not a CareerTalk export file: it is not valid JSON/],
    // A picture renamed to .json: a plain message, none of its bytes.
    ['picture.json', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64, 0xff)]), /This is not a CareerTalk export file: it is not text at all/],
    ['wrong-version.json', JSON.stringify({ ...exportedFile, version: 9 }), /newer version of CareerTalk/],
    ['wrong-type.json', JSON.stringify(broken), /plans\[0\]\.goals\[0\]\.kind: should be one of/],
    ['proto.json', JSON.stringify(exportedFile).replace('"format"', '"__proto__":{"x":1},"format"'), /"__proto__" at __proto__/],
    ['deep.json', '['.repeat(10_000) + ']'.repeat(10_000), /nested more than 32 levels/],
    // Just over the 32 MB import limit (MAX_IMPORT_BYTES).
    ['huge.json', Buffer.alloc(33 * 1024 * 1024, 32), /too large \(33 MB\).*up to 32 MB/],
  ];
  for (const [name, content, message] of cases) {
    const path = join(work, name);
    writeFileSync(path, content);
    await page.getByLabel('Import a CareerTalk file (JSON)').setInputFiles(path);
    const alert = page.locator(`[role="alert"][data-file="${name}"]`);
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    const text = await alert.textContent();
    expect(text).toContain(`${name} was not imported, and nothing was changed`);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/PNG|IHDR|\uFFFD/);
    expect(await dump(page)).toBe(before);
  }

  // Importing one's own export into the same profile adds nothing, and says so.
  await page.getByLabel('Import a CareerTalk file (JSON)').setInputFiles(exported.path);
  await expect.poll(() => page.locator(`.import-ok[data-file="${exported.name}"]`).textContent()).toContain('Nothing was added: everything in this file is already in CareerTalk, skipped: 1 plan.');
  expect(await dump(page)).toBe(before);

  // A changed copy of it is a real conflict: added once, as a copy named once.
  const changed = structuredClone(exportedFile);
  changed.plans[0].title = 'Acme spring cycle (imported)';
  changed.plans[0].goals[0].request = 'Lead the Q4 billing migration';
  const changedPath = join(work, 'changed.json');
  writeFileSync(changedPath, JSON.stringify(changed));
  await page.getByLabel('Import a CareerTalk file (JSON)').setInputFiles(changedPath);
  await expect.poll(() => page.locator('.import-ok[data-file="changed.json"]').textContent()).toContain('Imported 1 plan (1 as a copy because it already existed), 2 action items');
  const after = JSON.parse(await dump(page));
  expect(after.plans).toHaveLength(2);
  expect(after.plans.find((p: any) => p.id === exportedFile.plans[0].id)).toEqual(exportedFile.plans[0]);
  expect(after.plans.map((p: any) => p.title).sort()).toEqual(['Acme spring cycle', 'Acme spring cycle (imported)']);
  // The same changed file once more: already there now.
  await page.getByLabel('Import a CareerTalk file (JSON)').setInputFiles(changedPath);
  await expect.poll(() => page.locator('.import-ok[data-file="changed.json"]').textContent()).toContain('already in CareerTalk, skipped: 1 plan');
  expect(JSON.parse(await dump(page)).plans).toHaveLength(2);
});

test('under a German interface the import speaks German, in the worker too: problems, summary, and a copy named "(importiert)"', async () => {
  expect(exportedFile, 'the export test ran first').toBeDefined();
  const s = await launchExtension({ uiLanguage: 'de' });
  sessions.push(s);
  const page = await s.openPlanner('#data');
  const input = page.getByLabel('CareerTalk-Datei importieren (JSON)');
  const broken = structuredClone(exportedFile);
  broken.plans[0].goals[0].kind = 'raise';
  const cases: [string, string, RegExp][] = [
    ['kaputt.json', JSON.stringify(broken), /plans\[0\]\.goals\[0\]\.kind: sollte einer der Werte .* sein, ist aber "raise"/],
    ['kein-json.json', 'das ist kein JSON', /Dies ist keine CareerTalk-Exportdatei: Sie enthält kein gültiges JSON\./],
  ];
  for (const [name, content, message] of cases) {
    const path = join(work, name);
    writeFileSync(path, content);
    await input.setInputFiles(path);
    const alert = page.locator(`[role="alert"][data-file="${name}"]`);
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    const text = await alert.textContent();
    expect(text).toContain(`${name} wurde nicht importiert, es wurde nichts geändert`);
    expect(text).toMatch(message);
  }

  await input.setInputFiles(exported.path);
  await expect.poll(() => page.locator('.import-ok').textContent(), { timeout: 15_000 }).toContain('Importiert: 1 Plan, 2 Aufgaben, 0 Vorlagen.');

  const changed = structuredClone(exportedFile);
  changed.plans[0].goals[0].request = 'Die Abrechnungsmigration im vierten Quartal leiten';
  const changedPath = join(work, 'geaendert.json');
  writeFileSync(changedPath, JSON.stringify(changed));
  await input.setInputFiles(changedPath);
  await expect
    .poll(() => page.locator('.import-ok[data-file="geaendert.json"]').textContent(), { timeout: 15_000 })
    .toContain('Importiert: 1 Plan (1 davon als Kopie, weil schon vorhanden), 2 Aufgaben, 0 Vorlagen.');
  const titles = JSON.parse(await dump(page)).plans.map((p: any) => p.title).sort();
  expect(titles).toEqual(['Acme spring cycle', 'Acme spring cycle (importiert)']);
});
