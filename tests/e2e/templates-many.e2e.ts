import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { CLEAN_IN_BOTH_SCHEMES, seriousViolationsLightAndDark } from './axe';
import { readRecords, seedRecords } from '../../scripts/bench/lib/raw-db.mjs';
import { manyTemplates } from '../../scripts/bench/lib/datasets.mjs';
import { MAX_IMPORT_TEMPLATES } from '../../lib/plan/limits';
import type { Page } from 'playwright-core';

// The most own templates an import brings (500): the Email templates page and the popup's
// Copy list render only the rows on screen, and the keyboard still reaches every one.
const N = MAX_IMPORT_TEMPLATES;
const LAST = `Follow-up ${String(N).padStart(3, '0')}`;

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(
    s,
    { managerName: 'Ana Silva', managerEmail: 'ana@example.com', myName: 'Sam', company: 'Northwind', meetingAt: '2030-03-12T14:30' },
    [{ text: 'Research the AWS certification', owner: 'me', due: '2030-03-20' }],
  );
  await seedRecords(s.worker, { plans: [], templates: manyTemplates(N) });
});
afterAll(async () => {
  expect(s.outbound).toEqual([]);
  await s?.close();
});

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
const onScreen = (page: Page, name: string) =>
  page.evaluate((name) => {
    const el = document.activeElement;
    if (!el || (el.getAttribute('aria-label') ?? el.textContent?.trim()) !== name) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, name);

test(`Email templates page with ${N} templates: a window of the list; Tab, End and Home reach every template; a typed edit is saved`, async () => {
  const planner = await s.openPlanner('#templates');
  const picks = planner.locator('.templates-list .template-pick');
  await planner.getByRole('button', { name: 'Follow-up 001', exact: true }).waitFor();
  expect(await picks.count()).toBeLessThan(80);
  expect(await planner.getByRole('button', { name: LAST, exact: true }).count()).toBe(0);

  // Tab walks on past the rows first rendered, and back.
  await planner.getByRole('button', { name: 'Follow-up 001', exact: true }).focus();
  for (let i = 0; i < 70; i++) await planner.keyboard.press('Tab');
  expect(await focusedName(planner)).toBe('Follow-up 071');
  expect(await onScreen(planner, 'Follow-up 071')).toBe(true);
  for (let i = 0; i < 70; i++) await planner.keyboard.press('Shift+Tab');
  expect(await focusedName(planner)).toBe('Follow-up 001');

  // End: the last template, scrolled to and focused; Enter selects it.
  await planner.keyboard.press('End');
  await expect.poll(() => focusedName(planner)).toBe(LAST);
  expect(await onScreen(planner, LAST)).toBe(true);
  expect(await picks.count()).toBeLessThan(80);
  await planner.keyboard.press('Enter');
  await planner.getByRole('button', { name: LAST, exact: true, pressed: true }).waitFor();
  const body = planner.getByLabel('Body', { exact: true });
  expect(await body.inputValue()).toContain(`(${String(N).padStart(3, '0')})`);
  expect(await seriousViolationsLightAndDark(planner, '.templates-stage')).toEqual(CLEAN_IN_BOTH_SCHEMES);

  // Typing in the last template's body is saved (the list re-reads 500 templates after each save).
  await body.focus();
  await body.press('Control+End');
  await body.pressSequentially('\nSee you soon.');
  await expect.poll(() => planner.getByTestId('template-status').innerText()).toBe('All changes saved.');
  const stored = (await readRecords(planner, ['templates'])).templates.find((t: { name: string }) => t.name === LAST);
  expect(stored.body.endsWith('{{myName}}\nSee you soon.')).toBe(true);

  // Home from an entry far down the list: the first built-in.
  await planner.getByRole('button', { name: 'Follow-up 001', exact: true }).focus();
  await planner.keyboard.press('End');
  await expect.poll(() => focusedName(planner)).toBe(LAST);
  await planner.keyboard.press('Home');
  await expect.poll(() => focusedName(planner)).toBe('Meeting request');
  await planner.close();
});

test(`popup Copy list with ${N} templates at 380 px: a window of rows; scrolling and Tab reach the last; axe clean light and dark`, async () => {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const rows = popup.locator('ul.copy-templates > li');
  // The list starts below the popup's fields, with the built-ins: the own templates render once scrolled to.
  // The list renders first with what the popup has at hand and again once every template is
  // read (its rows are replaced): retry until a row holds still long enough to scroll to.
  await expect
    .poll(() => rows.nth(4).scrollIntoViewIfNeeded({ timeout: 2_000 }).then(() => true, () => false), { timeout: 20_000 })
    .toBe(true);
  await popup.getByRole('button', { name: 'Copy Follow-up 001', exact: true }).waitFor();
  expect(await rows.count()).toBeLessThan(60);
  // Built-ins and every own template (none is in another language).
  expect(Number(await rows.first().getAttribute('aria-setsize'))).toBeGreaterThan(N);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);

  // Tab from the first own template's Copy button onwards reaches rows that were not rendered at first.
  await popup.getByRole('button', { name: 'Copy Follow-up 001', exact: true }).focus();
  let presses = 0;
  while ((await focusedName(popup)) !== 'Copy Follow-up 060' && presses < 400) {
    await popup.keyboard.press('Tab');
    presses++;
  }
  expect(await focusedName(popup)).toBe('Copy Follow-up 060');
  expect(await onScreen(popup, 'Copy Follow-up 060')).toBe(true);

  // Scrolled to the end: the last template's row, at its place in the whole list.
  await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = popup.getByRole('button', { name: `Copy ${LAST}`, exact: true });
  await last.waitFor();
  expect(await rows.count()).toBeLessThan(60);
  const lastRow = rows.filter({ has: last });
  expect(await lastRow.getAttribute('aria-posinset')).toBe(await lastRow.getAttribute('aria-setsize'));
  expect(await seriousViolationsLightAndDark(popup, '.copy-templates-section')).toEqual(CLEAN_IN_BOTH_SCHEMES);
  await popup.close();
});
