import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';
import { openPlanDetails } from './plan-details';
import { CLEAN_IN_BOTH_SCHEMES, seriousViolationsLightAndDark } from './axe';
import { seedRecords } from '../../scripts/bench/lib/raw-db.mjs';
import type { Plan } from '../../lib/plan/types';

// One field edited in two places (two planner tabs, popup and planner): the focused one shows
// the newer value at once, or offers a choice when both changed; no edit is ever lost silently.
let s: ExtensionSession;
let plan: Plan;
beforeAll(async () => {
  s = await launchExtension();
  plan = await seedPlan(s, { company: 'Acme', managerName: 'Dana', myName: 'Sam' });
});
afterAll(async () => {
  await s?.close();
});

const focusedLabel = (p: Page) => p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
const caret = (p: Page) => p.evaluate(() => (document.activeElement as HTMLInputElement).selectionStart);

test('two planner tabs: the focused field shows the other tab’s change at once, caret kept, and typing there keeps both', async () => {
  const a = await s.openPlanner('#agenda');
  await openPlanDetails(a);
  const b = await s.openPlanner('#agenda');
  await openPlanDetails(b);
  const companyA = a.getByLabel('Company');
  await expect.poll(() => companyA.inputValue()).toBe('Acme');
  await companyA.click();
  await companyA.press('End');

  await b.getByLabel('Company').fill('Acme Robotics');
  await expect.poll(() => companyA.inputValue()).toBe('Acme Robotics');
  expect(await focusedLabel(a)).toBe('Company');
  expect(await caret(a)).toBe('Acme Robotics'.length);

  await a.keyboard.type(' Ltd');
  await expect.poll(async () => (await readPlan(s, plan.id))?.company).toBe('Acme Robotics Ltd');
  await expect.poll(() => b.getByLabel('Company').inputValue()).toBe('Acme Robotics Ltd');

  // A caret in the middle stays after the same characters: "Ac|me" is still "Ac|me" once "The " comes before it.
  await companyA.press('Home');
  await companyA.press('ArrowRight');
  await companyA.press('ArrowRight');
  await b.getByLabel('Company').fill('The Acme Robotics Ltd');
  await expect.poll(() => companyA.inputValue()).toBe('The Acme Robotics Ltd');
  expect(await caret(a)).toBe('The Ac'.length);
  await a.close();
  await b.close();
});

test('when both places changed the field, the choice "keep mine / take theirs" shows, and either way nothing is lost unseen', async () => {
  const a = await s.openPlanner('#agenda');
  await openPlanDetails(a);
  const name = a.getByLabel("Manager's name");
  await expect.poll(() => name.inputValue()).toBe('Dana');
  await name.click();
  await name.press('End');
  // Another window changes the field in a way this page has not heard about yet (written
  // straight into the database): the next keystroke here must not overwrite it.
  const stored = (await readPlan(s, plan.id))!;
  await seedRecords(s.worker, { plans: [{ ...stored, managerName: 'Dana Whitfield' }] });
  await a.keyboard.type(' W.');
  const conflict = a.getByRole('alert').filter({ hasText: 'Changed in another window' });
  await conflict.getByText('Changed in another window to “Dana Whitfield”. Keep your text, or take that one?').waitFor();
  expect(await name.inputValue()).toBe('Dana W.');
  expect((await readPlan(s, plan.id))!.managerName).toBe('Dana Whitfield');
  // The choice passes axe, light and dark.
  expect(await seriousViolationsLightAndDark(a)).toEqual(CLEAN_IN_BOTH_SCHEMES);

  // Take theirs: the field shows the other window's value, which stays stored.
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  expect(await name.inputValue()).toBe('Dana Whitfield');
  await expect.poll(async () => (await readPlan(s, plan.id))!.managerName).toBe('Dana Whitfield');

  // Keep mine: after the same race, our text is written over theirs, on purpose.
  const again = (await readPlan(s, plan.id))!;
  await seedRecords(s.worker, { plans: [{ ...again, managerName: 'D. Whitfield' }] });
  await name.press('End');
  await a.keyboard.type('!');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(async () => (await readPlan(s, plan.id))!.managerName).toBe('Dana Whitfield!');
  await expect(conflict.count()).resolves.toBe(0);
  await a.close();
});

test('popup and planner: a field focused in the planner follows the popup, and typing there keeps both edits', async () => {
  const planner = await s.openPlanner('#agenda');
  await openPlanDetails(planner);
  const nameInPlanner = planner.getByLabel('Your name', { exact: true });
  await expect.poll(() => nameInPlanner.inputValue()).toBe('Sam');
  await nameInPlanner.click();
  await nameInPlanner.press('End');

  const popup = await s.openPopup();
  await popup.getByLabel('Your name').fill('Sam Ortiz');
  await expect.poll(async () => (await readPlan(s, plan.id))!.myName).toBe('Sam Ortiz');
  await popup.close();
  await expect.poll(() => nameInPlanner.inputValue()).toBe('Sam Ortiz');
  expect(await focusedLabel(planner)).toBe('Your name');
  await planner.keyboard.type('-Lee');
  await expect.poll(async () => (await readPlan(s, plan.id))!.myName).toBe('Sam Ortiz-Lee');

  // And the other way: a popup field with focus follows the planner.
  const popup2 = await s.openPopup();
  const nameInPopup = popup2.getByLabel('Your name');
  await expect.poll(() => nameInPopup.inputValue()).toBe('Sam Ortiz-Lee');
  await nameInPopup.click();
  await nameInPopup.press('End');
  await nameInPlanner.fill('Samantha Ortiz-Lee');
  await expect.poll(() => nameInPopup.inputValue()).toBe('Samantha Ortiz-Lee');
  await popup2.keyboard.type(' (she/her)');
  await expect.poll(async () => (await readPlan(s, plan.id))!.myName).toBe('Samantha Ortiz-Lee (she/her)');
  await popup2.close();
  await planner.close();
});
