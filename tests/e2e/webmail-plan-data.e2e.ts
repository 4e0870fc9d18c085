import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';

const BUTTON = { name: 'Insert career template', exact: true } as const;

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(); // fresh profile: no plan yet
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
});
afterAll(async () => {
  await s?.close();
});

async function openCompose(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => (window as any).ctOpen('compose'));
  return page;
}

describe('the menu with no plan, and plan text that looks like HTML', () => {
  test('with no plan the menu offers to set one up, which opens CareerTalk', async () => {
    const page = await openCompose();
    await page.getByRole('button', BUTTON).click();
    const setup = page.getByRole('menuitem', { name: 'Set up your career plan first' });
    await expect.poll(() => setup.count()).toBe(1);
    const opened = s.context.waitForEvent('page');
    await setup.click();
    const planner = await opened;
    expect(planner.url()).toMatch(new RegExp(`^chrome-extension://${s.extensionId}/`));
    expect(await page.locator('[g_editable=true]').innerText()).not.toContain('Hi');
    await page.close();
  });

  test('hostile plan text is inserted as text: no markup, no script', async () => {
    await seedPlan(s, {
      myName: 'Alex "<b>bold</b>" Doe',
      managerName: '<img src=x onerror="window.__pwned=1">Jordan',
      managerEmail: 'jordan@example.com',
      company: '</div><script>window.__pwned=2</script>Acme',
    });
    const page = await openCompose();
    const body = page.locator('[g_editable=true]');
    // No Gmail signature in this draft, so the email signs off with the (hostile) name itself.
    await body.evaluate((el) => el.replaceChildren(document.createElement('div')));
    await page.getByRole('button', BUTTON).click();
    await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
    await expect.poll(() => body.innerText()).toContain('</div><script>window.__pwned=2</script>Acme');
    expect(await body.innerText()).toContain('Alex "<b>bold</b>" Doe');
    expect(await body.innerText()).toMatch(/^Hi <img/);
    expect(await body.locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(s.outbound).toEqual([]);
    await page.close();
  });
});
