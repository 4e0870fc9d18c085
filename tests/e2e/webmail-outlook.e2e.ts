import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';
import { OUTLOOK_URL, outlookFixture } from './webmail-fixtures';

const BUTTON = { name: 'Insert career template', exact: true } as const;
const HOST = 'careertalk-compose-button';

let s: ExtensionSession;
let planId: string;

beforeAll(async () => {
  s = await launchExtension();
  const html = outlookFixture();
  // All three Outlook on the web hosts get the content script.
  for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) await s.serve(`https://${host}/**`, html);
  const plan = await seedPlan(s, {
    myName: 'Alex Doe',
    managerName: 'Jordan Kim',
    managerEmail: 'jordan.kim@example.com',
    company: 'Acme',
    meetingAt: '2026-03-10T14:00',
  });
  planId = plan.id;
});
afterAll(async () => {
  await s?.close();
});

async function outlook(url = OUTLOOK_URL): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.readyState === 'complete' && 'roosterjs' in window);
  return page;
}
const compose = (page: Page, i: number) => page.locator('[data-app-section]').nth(i);
const bodyOf = (page: Page, i: number) => compose(page, i).locator('[id^=editorParent_] [role=textbox]');

async function choose(page: Page, i: number, item: string) {
  await compose(page, i).getByRole('button', BUTTON).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('Outlook on the web compose windows (real RoosterJS editor)', () => {
  test('each compose gets one button right after Send, on every Outlook host; toolbar re-render brings it back once', async () => {
    for (const url of ['https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/', OUTLOOK_URL]) {
      const page = await outlook(url);
      await page.click('#new-mail');
      await expect.poll(() => compose(page, 0).getByRole('button', BUTTON).count()).toBe(1);
      await page.close();
    }
    const page = await outlook();
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await page.evaluate(() => (window as any).ctOpen('reply'));
    await expect.poll(() => page.getByRole('button', BUTTON).count()).toBe(2);
    expect(await compose(page, 0).locator(`[id$="__primaryActionButton"] + ${HOST}`).count()).toBe(1);
    await page.evaluate(() => (window as any).ctRerenderToolbar(0));
    await expect.poll(() => compose(page, 0).locator(`button.ms-Button--primary + ${HOST}`).count()).toBe(1);
    expect(await page.locator(HOST).count()).toBe(2);
    await page.close();
  });

  test('insert goes through RoosterJS: subject and To (via the people picker) filled, signature below, recorded; Ctrl+Z undoes it in one step', async () => {
    const page = await outlook();
    await page.evaluate(() => (window as any).ctOpen('compose'));
    const body = bodyOf(page, 0);
    await expect.poll(() => body.innerText()).toContain('Platform team');
    // Typed text first: a plain execCommand insertion is not an undo step for RoosterJS, and its
    // Ctrl+Z then also throws away what was typed before (checked while building this).
    await body.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Typed first. ');
    const before = await body.innerText();
    await choose(page, 0, 'Meeting request');
    await page.getByRole('button', { name: 'Add below', exact: true }).click();
    await expect.poll(() => body.innerText()).toContain('Jordan');
    const text = await body.innerText();
    expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex D., Platform team'));
    expect(await compose(page, 0).locator('input.ms-TextField-field').inputValue()).not.toBe('');
    await expect.poll(() => compose(page, 0).locator('[draggable=true]').allInnerTexts()).toEqual(['jordan.kim@example.com']);
    expect(await compose(page, 0).locator('[aria-label=Cc]').innerText()).toBe('');
    await expect.poll(async () => (await readPlan(s, planId))?.emailsSent.some((e) => e.templateId === 'meeting-request' && e.via === 'outlook')).toBe(true);
    // RoosterJS saw the insertion as a content change: its own undo removes it in one step.
    await body.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await body.innerText()).trim()).toBe(before.trim());
    expect(await body.innerText()).toContain('Typed first.');
    await page.close();
  });

  test('inline reply: template at the top, signature and the quoted message (#divRplyFwdMsg) stay below; To kept', async () => {
    const page = await outlook();
    await page.evaluate(() => (window as any).ctOpen('reply'));
    const body = bodyOf(page, 0);
    await expect.poll(() => body.innerText()).toContain('Platform team');
    await choose(page, 0, 'Thank-you recap');
    await expect.poll(() => body.innerText()).toContain('Jordan');
    const text = (await body.innerText()).replace(/\u00a0/g, ' ');
    expect(text.indexOf('Jordan')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex D., Platform team'));
    expect(text.indexOf('Alex D., Platform team')).toBeLessThan(text.indexOf('From: Sam Lee'));
    expect(text.trimEnd().endsWith('Hi Alex, see you Tuesday. Sam')).toBe(true);
    expect(await compose(page, 0).locator('[draggable=true]').allInnerTexts()).toEqual(['Sam Lee']);
    await page.close();
  });

  test('a compose the adapter cannot read: clear message, offer to copy, draft untouched', async () => {
    const page = await outlook();
    await page.evaluate(() => (window as any).ctOpen('broken'));
    const editor = compose(page, 0).locator('.editorNext');
    await choose(page, 0, 'Agenda');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain("can't find the message body");
    expect(await page.getByRole('button', { name: 'Copy email instead' }).count()).toBe(1);
    expect(await editor.innerHTML()).toBe('Draft the person already wrote.');
    expect(await compose(page, 0).locator('input.ms-TextField-field').inputValue()).toBe('');
    expect(await compose(page, 0).locator('[draggable=true]').count()).toBe(0);
    await page.close();
  });

  test('nothing left the machine', () => {
    expect(s.outbound).toEqual([]);
  });
});
