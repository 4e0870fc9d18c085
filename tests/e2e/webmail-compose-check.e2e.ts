import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';
import { seriousViolations } from './axe';

/** The popup's Compose check for the active Gmail tab, and its structure-only Copy report. */
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  await seedPlan(s, { myName: 'Alex Doe', managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com' });
});
afterAll(async () => {
  await s?.close();
});

test('popup: compose windows counted, the focused compose\'s parts and signals shown; Copy report holds no text or address from the compose', async () => {
  // A compose whose root class Gmail renamed: found by the structural rule, and the check says so.
  const gmail = await s.context.newPage();
  await gmail.goto(GMAIL_URL.replace('#inbox', '?ctv=no-root#inbox'));
  await gmail.waitForFunction(() => !!document.querySelector('style[data-careertalk]'));
  await gmail.evaluate(() => {
    (window as any).ctOpen('compose');
    (window as any).ctOpen('compose');
  });
  await expect.poll(() => gmail.getByRole('button', { name: 'Insert career template', exact: true }).count()).toBe(2);
  await gmail.locator('input[name=subjectbox]').nth(1).fill('Salary review for Priya');
  const body = gmail.locator('[g_editable=true]').nth(1);
  await body.click();
  await gmail.keyboard.type('Priya, write to priya.raman@example.org about the layoffs.');

  await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The toolbar popup is not a tab: the Gmail tab stays the active one. A popup window stands in for it.
  await gmail.bringToFront();
  const [popup] = await Promise.all([
    s.context.waitForEvent('page'),
    s.worker.evaluate(() => {
      const c = (globalThis as any).chrome;
      return c.windows.create({ url: c.runtime.getURL('popup.html'), type: 'popup', width: 380, height: 700 });
    }),
  ]);
  await popup.waitForLoadState();
  const check = popup.getByRole('region', { name: 'Compose check' });
  await expect.poll(() => check.count()).toBe(1);
  expect(await check.innerText()).toContain('Compose windows found in Gmail: 2');
  const items = await check.getByRole('listitem').allInnerTexts();
  expect(items).toEqual(['Message body: found (g_editable)', 'Subject: found (subjectbox)', 'To: found (name-to-input)', 'Send button: found (gmail-btC-aoO)']);
  expect(await seriousViolations(popup, '.compose-check')).toEqual([]);

  await check.getByRole('button', { name: 'Copy report' }).click();
  await check.getByRole('status').waitFor();
  const report = await popup.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('compose windows found: 2');
  expect(report).toContain('root signals: gmail-m9 no, structure yes');
  for (const secret of ['Salary', 'Priya', 'priya.raman@example.org', 'layoffs', '@']) expect(report).not.toContain(secret);
  await popup.close();
  await gmail.close();
});

test('popup on a tab that is not a webmail shows no Compose check', async () => {
  const popup = await s.openPopup();
  await popup.getByRole('heading', { name: 'CareerTalk' }).first().waitFor();
  await popup.waitForTimeout(300);
  expect(await popup.getByRole('region', { name: 'Compose check' }).count()).toBe(0);
  await popup.close();
});
