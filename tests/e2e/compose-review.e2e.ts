import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';
import { GOLDEN_PLANS } from '../golden/plans';

/*
 * The review of an email in the compose window, before it is inserted: the findings with
 * one-click fixes, remembered per email; Insert always works, Cancel leaves the draft alone.
 * The plan is issue 15's data analyst (a raise goal, a vague goal, an undated action item).
 */

const BUTTON = { name: 'Insert career template', exact: true } as const;
const analyst = GOLDEN_PLANS.find((g) => g.name === 'data-analyst')!;

let s: ExtensionSession;
let planId: string;

beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  const { id: _id, ...fields } = analyst.plan;
  const plan = await seedPlan(s, { ...fields, meeting: analyst.plan.meeting }, analyst.items.map(({ id: _i, planId: _p, ...item }) => item));
  planId = plan.id;
});
afterAll(async () => {
  await s?.close();
});

async function compose(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as any).ctOpen('compose'));
  return page;
}
async function choose(page: Page, item: string) {
  await page.locator('.M9').first().getByRole('button', BUTTON).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}
const body = (page: Page) => page.locator('.M9').first().locator('[g_editable=true]');

describe('the review in the compose window', () => {
  test('recap: the undated item is listed before inserting; "a date we agree on" fixes it, and Insert inserts the fixed email', async () => {
    const page = await compose();
    await choose(page, 'Thank-you recap');
    const review = page.getByRole('dialog', { name: 'Before it goes out' });
    await review.waitFor();
    await expect.poll(() => review.innerText()).toContain('“Sign up for the SQL performance course” has no due date');
    expect(await body(page).innerText()).not.toContain('Priya');
    await review.getByRole('button', { name: 'Write “a date we agree on”' }).click();
    await expect.poll(() => review.innerText()).not.toContain('has no due date');
    await review.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => body(page).innerText()).toContain('I will sign up for the SQL performance course by a date we agree on.');
    expect(await body(page).innerText()).not.toContain('[Due date]');
    // The compose has Gmail's signature: the sign-off leaves the name out, so it is not doubled.
    const text = await body(page).innerText();
    expect(text).toContain('Thanks again,');
    expect(text).not.toContain('Dana Ortiz');
    // Remembered for the recap.
    expect((await readPlan(s, planId))?.emailChoices?.recap?.undated).toBe('agree');
    await page.close();
  });

  test('agenda: the goals left out are said so, Escape cancels and leaves the draft untouched; keyboard reaches every fix', async () => {
    const page = await compose();
    const before = await body(page).innerHTML();
    await choose(page, 'Agenda');
    const review = page.getByRole('dialog', { name: 'Before it goes out' });
    await review.waitFor();
    const text = await review.innerText();
    expect(text).toContain('“Get a raise this year to reflect the extra reporting work” was left out of this email');
    expect(text).toContain('“Get more leadership experience” was left out of this email');
    // Focus starts on Insert; Shift+Tab walks back through the fixes.
    await expect.poll(() => page.evaluate(() => document.querySelector('careertalk-compose-button')?.shadowRoot?.activeElement?.textContent)).toBe('Insert');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.querySelector('careertalk-compose-button')?.shadowRoot?.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => review.count()).toBe(0);
    expect(await body(page).innerHTML()).toBe(before);
    expect((await readPlan(s, planId))?.emailsSent.filter((e) => e.kind === 'agenda')).toEqual([]);
    await page.close();
  });

  test('agenda: keeping the vague goal shows its concrete forms; choosing one puts it in the email instead', async () => {
    const page = await compose();
    await choose(page, 'Agenda');
    const review = page.getByRole('dialog', { name: 'Before it goes out' });
    await review.waitFor();
    // Each finding is a note followed by its row of fixes.
    const fixesOf = (note: string) => review.locator('.msg', { hasText: note }).locator('xpath=following-sibling::div[1]');
    await fixesOf('“Get more leadership experience” was left out').getByRole('button', { name: 'Keep it in' }).click();
    await expect.poll(() => review.innerText()).toContain('“Get more leadership experience” is too vague for your manager to act on.');
    const use = fixesOf('is too vague').getByRole('button').first();
    const label = (await use.innerText()).replace(/^Use “|”$/g, '');
    await use.click();
    await expect.poll(() => review.locator('[data-finding="vague"]').count()).toBe(0);
    await review.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => body(page).innerText()).toContain('Questions I would like your view on');
    const text = await body(page).innerText();
    expect(text.toLowerCase()).toContain(label.toLowerCase().slice(0, 25));
    expect(text).not.toMatch(/leadership experience|raise/i);
    await page.close();
  });
});
