import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { seriousViolations } from './axe';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';

// Plan text of every awkward kind: markup, script, Mustache tags, right-to-left, emoji, and very long.
const HTML = '<img src=x onerror="window.__pwned=1">';
const TAGS = '{{managerEmail}} {{#goals}}x{{/goals}}';
const RTL = 'مدير الفريق \u202Eevil\u202C';
const EMOJI = 'Ana 👩🏽‍💻 Silva';
const LONG = 'Lead the migration '.repeat(600).trim(); // about 11,000 characters

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(
    s,
    {
      managerName: EMOJI,
      managerEmail: 'ana@example.com',
      company: `${HTML}Acme`,
      myName: RTL,
      currentRole: TAGS,
      goals: [{ id: 'g1', kind: 'lead-project', text: TAGS, request: LONG }],
      selfAssessment: { strengths: [{ id: 's1', text: `<script>window.__pwned=2</script>` }], areasToImprove: [], interests: [], energizers: [], underusedSkills: [], vision: LONG },
      meeting: { strengthsFeedback: '', growthFeedback: '', opportunities: '', notes: '', takeaways: [{ id: 't1', text: `${HTML} ${TAGS}` }] },
    },
    [{ text: `${HTML} research ${EMOJI}`, owner: 'other', ownerName: RTL, due: '2030-01-15' }],
  );
});
afterAll(async () => {
  await s?.close();
});

/** Nothing from the plan ran or became markup (within `scope`: the webmail fixture has its own scripts). */
async function assertInert(page: Page, scope = 'body') {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator(`${scope} img[src="x"], ${scope} script`).count()).toBe(0);
}

test('the popup shows hostile plan text as text', async () => {
  const popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe(`${HTML}Acme`);
  expect(await popup.getByLabel("Manager's name").inputValue()).toBe(EMOJI);
  expect(await popup.getByLabel('Goal 1').inputValue()).toBe(LONG);
  await assertInert(popup);
  await popup.close();
});

test('every planner stage shows hostile plan text as text', async () => {
  const planner = await s.openPlanner('#self-assessment');
  await expect.poll(() => planner.getByLabel('Your name').inputValue()).toBe(RTL);
  for (const stage of ['#self-assessment', '#goals', '#agenda', '#meeting', '#recap', '#check-ins', '#templates']) {
    await planner.goto(planner.url().replace(/#.*$/, '') + stage);
    await planner.locator('h2').first().waitFor();
    await assertInert(planner);
  }
  await planner.goto(planner.url().replace(/#.*$/, '') + '#templates');
  const preview = planner.getByTestId('template-preview-body');
  await expect.poll(() => preview.innerText()).toContain(`${HTML}Acme`);
  expect(await preview.innerText()).toContain(EMOJI.split(' ')[0]);
  await assertInert(planner);
  await planner.close();
});

test('inserted into Gmail, hostile plan text stays text, with RTL and emoji intact, and the menu passes axe', async () => {
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(k: string): void }).ctOpen('compose'));
  await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Thank-you recap', exact: true }).waitFor();
  // The injected menu (in its shadow root) has no serious accessibility problems.
  expect(await seriousViolations(page, 'careertalk-compose-button')).toEqual([]);
  await page.getByRole('menuitem', { name: 'Thank-you recap', exact: true }).click();
  const body = page.locator('[g_editable=true]');
  await expect.poll(() => body.innerText()).toContain(`${HTML} ${TAGS}`);
  const text = await body.innerText();
  expect(text).toContain(EMOJI);
  expect(text).toContain(RTL);
  expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
  await assertInert(page, '[g_editable=true]');
  await page.close();
});

test('the page’s own scripts cannot drive the button to pull plan text into the page', async () => {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(k: string): void }).ctOpen('compose'));
  await page.getByRole('button', { name: 'Insert career template', exact: true }).waitFor();
  // A page script can reach the open shadow root and synthesize clicks and key presses…
  const opened = await page.evaluate(async () => {
    const root = document.querySelector('careertalk-compose-button')!.shadowRoot!;
    const trigger = root.querySelector<HTMLButtonElement>('button[aria-haspopup]')!;
    trigger.click();
    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await new Promise((r) => setTimeout(r, 500));
    root.querySelectorAll<HTMLElement>('[role=menuitem]').forEach((item) => {
      item.click();
      item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 500));
    return trigger.getAttribute('aria-expanded');
  });
  // …but none of them is the person's: the menu stays shut and the draft stays empty.
  expect(opened).toBe('false');
  expect((await page.locator('[g_editable=true]').innerText()).trim()).not.toContain('Ana');
  // A real click still works.
  await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).press('Enter');
  await expect.poll(() => page.locator('[g_editable=true]').innerText()).toContain('Ana');
  await page.close();
});
