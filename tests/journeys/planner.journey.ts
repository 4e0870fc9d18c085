import { expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lane, Tab } from './driver';

const STAGES = ['Career paths', 'Goals and requests', 'Agenda', 'Meeting', 'Recap', 'Check-ins', 'Self-assessment'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A stage link's name is the stage, then "has content" once the stage has something in it. */
const stageLink = (name: string) => new RegExp(`^(\\d|✓)?\\s*${escape(name)}\\b`);

/** Values of the text fields of a labelled list (Strengths, ...) as the page shows them. */
const listValues = (tab: Tab, region: string) =>
  tab.evaluate((region) => {
    const section = [...document.querySelectorAll('section, [role=region]')].find(
      (el) => el.getAttribute('aria-label') === region || document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === region,
    );
    return [...(section?.querySelectorAll('li input, li textarea') ?? [])].map((el) => (el as HTMLInputElement).value);
  }, region);

const alerts = (tab: Tab) => tab.evaluate(() => [...document.querySelectorAll('[role=alert]')].map((el) => el.textContent ?? ''));
const pageText = (tab: Tab) => tab.evaluate(() => document.body.innerText);

/** The full-page planner, as a person uses it in either browser. */
export function plannerJourneys(lane: () => Lane) {
  let planner: Tab;
  const work = mkdtempSync(join(tmpdir(), 'careertalk-journey-'));

  test('planner: a plan from the start screen; fields save as typed and survive a reload', async () => {
    planner = await lane().openPlanner();
    await planner.click('button', 'Start my plan');
    await expect.poll(() => planner.count('heading', 'Self-assessment')).toBe(1);
    await planner.type('Your name', 'Alex Rivera');
    await planner.type("Manager's name", 'Dana Whitfield');
    await planner.fill("Manager's email", 'dana@example.com');
    await planner.fill('Company', 'Acme Robotics');
    await planner.fill('Meeting date', '2026-12-03T10:30');
    await expect
      .poll(async () => (await lane().readStores(['plans'])).plans[0])
      .toMatchObject({ myName: 'Alex Rivera', managerName: 'Dana Whitfield', managerEmail: 'dana@example.com', company: 'Acme Robotics', meetingAt: '2026-12-03T10:30' });

    await planner.reload();
    await expect.poll(() => planner.value("Manager's name")).toBe('Dana Whitfield');
    expect(await planner.value('Your name')).toBe('Alex Rivera');
    expect(await planner.value("Manager's email")).toBe('dana@example.com');
    expect(await planner.value('Company')).toBe('Acme Robotics');
    expect(await planner.value('Meeting date')).toBe('2026-12-03T10:30');
  });

  test('planner: every stage opens from the stage navigation', async () => {
    for (const stage of STAGES) {
      await planner.click('link', stageLink(stage));
      await expect.poll(() => planner.count('heading', stage), { message: stage }).toBe(1);
    }
    expect(await planner.evaluate(() => location.hash)).toBe('#self-assessment');
  });

  test('planner: list entries are added by keyboard, deleted, and restored with Undo', async () => {
    for (const text of ['Debugging', 'Mentoring', 'Writing']) {
      await planner.click('button', 'Add strength');
      // Focus moves to the new, empty entry: typing goes straight in.
      await expect
        .poll(() => planner.evaluate(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? '') && (document.activeElement as HTMLInputElement).value === ''))
        .toBe(true);
      await planner.keyboard(text);
    }
    const strengths = async () => (await lane().readStores(['plans'])).plans[0].selfAssessment.strengths.map((e: { text: string }) => e.text);
    await expect.poll(strengths).toEqual(['Debugging', 'Mentoring', 'Writing']);

    await planner.click('button', 'Delete strength 2');
    await expect.poll(strengths).toEqual(['Debugging', 'Writing']);
    await expect.poll(() => listValues(planner, 'Strengths')).toEqual(['Debugging', 'Writing']);
    await planner.click('button', 'Undo');
    await expect.poll(strengths).toEqual(['Debugging', 'Mentoring', 'Writing']);
    await expect.poll(() => listValues(planner, 'Strengths')).toEqual(['Debugging', 'Mentoring', 'Writing']);
  });

  test('planner: export, then import into a fresh profile; a broken file is refused and changes nothing', async () => {
    await planner.click('link', 'Export and import');
    const exported = await planner.download('Export this plan (JSON)');
    expect(exported.name).toMatch(/^careertalk-.*\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(exported.path, 'utf8'));
    expect(file).toMatchObject({ format: 'careertalk', version: 1 });
    expect(file.plans).toHaveLength(1);
    expect(file.plans[0]).toMatchObject({ managerName: 'Dana Whitfield', company: 'Acme Robotics' });

    const other = await lane().freshProfile();
    const page = await other.openPlanner('#data');
    await page.upload('Import a CareerTalk file (JSON)', exported.path);
    await expect.poll(() => pageText(page)).toContain('Imported 1 plan');
    // The imported plan is the one shown (its Plan details live on the stages that use them).
    await page.click('link', stageLink('Self-assessment'));
    await page.click('button', 'Plan details'); // collapsed in a profile that never opened it
    await expect.poll(() => page.value("Manager's name")).toBe('Dana Whitfield');
    expect((await other.readStores(['plans'])).plans).toEqual(file.plans);
    await page.click('link', 'Export and import');

    // Broken files: each is refused with its reason, and the person's data stays exactly as it was
    // (the reminders store is left out: the background derives it from the plans, on its own time).
    const userData = async () => JSON.stringify(await other.readStores(['plans', 'actionItems', 'templates', 'settings']));
    const before = await userData();
    const broken = structuredClone(file);
    broken.plans[0].goals = 'not a list';
    for (const [name, content] of [
      ['not-json.json', 'this is not json'],
      ['wrong-shape.json', JSON.stringify(broken)],
    ]) {
      const path = join(work, name);
      writeFileSync(path, content);
      await page.upload('Import a CareerTalk file (JSON)', path);
      await expect.poll(async () => (await alerts(page)).find((a) => a.includes(name)) ?? '').toContain(`${name} was not imported, and nothing was changed`);
      expect(await userData()).toBe(before);
    }
    rmSync(work, { recursive: true, force: true });
  });
}
