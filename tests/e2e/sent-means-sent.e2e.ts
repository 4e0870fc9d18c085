import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, gmailFixture, outlookFixture } from './webmail-fixtures';
import type { EmailKind, Plan } from '../../lib/plan/types';

/*
 * "Sent" means sent: inserting an email records a draft; only the compose's own Send (or the
 * person's word in the popup) records it as sent, and the recap reminder runs until then.
 */

const BUTTON = { name: 'Insert career template', exact: true } as const;

let s: ExtensionSession;
let plan: Plan;

const pad = (n: number) => String(n).padStart(2, '0');
const localMinute = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  await s.serve('https://outlook.live.com/**', outlookFixture());
  // The meeting ended an hour ago: the recap is due, and its reminder fires in two hours.
  plan = await seedPlan(
    s,
    { myName: 'Alex Doe', managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com', company: 'Acme', meetingAt: localMinute(new Date(Date.now() - 90 * 60_000)), meetingMinutes: 30 },
    [{ text: 'Share the migration plan', owner: 'me', due: '2026-03-20' }],
  );
});
afterAll(async () => {
  await s?.close();
});

const recapAlarms = () =>
  s.worker.evaluate(async (planId) => {
    const g = globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } };
    return (await g.chrome.alarms.getAll()).map((a) => a.name).filter((n) => n.includes(`${planId}:recap`));
  }, plan.id);
/** Wakes the worker the way a reminder alarm does, so it re-plans reminders from the plans. */
const wake = () => s.worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { create(n: string, i: { when: number }): void } } }).chrome.alarms.create('reminder:wake-for-test', { when: Date.now() }));
const statuses = async (kind: EmailKind) => ((await readPlan(s, plan.id))?.emailsSent ?? []).filter((e) => e.kind === kind).map((e) => e.status);

async function insert(page: Page, compose: string, i: number, item: string) {
  await page.locator(compose).nth(i).getByRole('button', BUTTON).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('sent means sent', () => {
  test('Gmail: inserting the recap is a draft and the recap alarm stays; Send records it as sent and ends the alarm', async () => {
    await wake();
    await expect.poll(recapAlarms, { timeout: 10_000 }).toHaveLength(1);

    const page = await s.context.newPage();
    await page.goto(GMAIL_URL);
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await insert(page, '.M9', 0, 'Thank-you recap');
    await expect.poll(() => statuses('recap')).toEqual(['drafted']);

    // A draft is not a send: the reminder is still planned after the worker re-plans.
    await wake();
    await page.waitForTimeout(1000);
    expect(await recapAlarms()).toHaveLength(1);

    // Closing a compose without sending (its close button) records nothing more.
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await insert(page, '.M9', 1, 'Check-in update');
    await expect.poll(() => statuses('check-in')).toEqual(['drafted']);
    await page.evaluate(() => (window as any).ctClose(1));
    await page.waitForTimeout(600);
    expect(await statuses('check-in')).toEqual(['drafted']);

    // The person sends the recap draft with the compose's own Send button.
    await page.locator('.M9').nth(0).locator('.aoO').click();
    expect(await page.evaluate(() => (window as any).ctSent)).toBe(1);
    await expect.poll(() => statuses('recap')).toEqual(['sent']);
    await expect.poll(recapAlarms, { timeout: 10_000 }).toHaveLength(0);
    await page.close();
  });

  test('Gmail: a page-dispatched click on Send does not count as the person sending', async () => {
    const page = await s.context.newPage();
    await page.goto(GMAIL_URL);
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await insert(page, '.M9', 0, 'Agenda');
    await expect.poll(() => statuses('agenda')).toEqual(['drafted']);
    await page.evaluate(() => (document.querySelector('.M9 .aoO') as HTMLElement).click());
    expect(await page.locator('.M9').count()).toBe(0);
    await page.waitForTimeout(600);
    expect(await statuses('agenda')).toEqual(['drafted']);
    await page.close();
  });

  test('Outlook: Send in the compose records the inserted email as sent', async () => {
    const page = await s.context.newPage();
    await page.goto(OUTLOOK_URL);
    await page.waitForFunction(() => document.readyState === 'complete' && 'roosterjs' in window);
    await page.click('#new-mail');
    await insert(page, '[data-app-section]', 0, 'Meeting request');
    await expect.poll(() => statuses('meeting-request')).toEqual(['drafted']);
    await page.locator('[data-app-section]').nth(0).getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => statuses('meeting-request')).toEqual(['sent']);
    await page.close();
  });

  test('the popup asks about a draft it did not see sent: "Not yet" keeps it a draft, "Yes" records it', async () => {
    // The agenda was drafted (and its compose closed by the page, not sent) in the test above.
    const popup = await s.openPopup();
    const ask = popup.getByText('Did you send the agenda?');
    await expect.poll(() => ask.count()).toBe(1);
    await popup.getByRole('button', { name: 'Not yet' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await statuses('agenda')).toEqual(['drafted']);
    await popup.reload();
    await popup.locator('[data-plan-id]').waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.locator('.sent-question').count()).toBe(0);

    // A newer agenda draft is asked about again; "Yes" records it as sent.
    const page = await s.context.newPage();
    await page.goto(GMAIL_URL);
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await insert(page, '.M9', 0, 'Agenda');
    await expect.poll(() => statuses('agenda')).toEqual(['drafted', 'drafted']);
    await page.close();
    await expect.poll(() => ask.count()).toBe(1);
    await popup.getByRole('button', { name: "Yes, it's sent" }).click();
    await expect.poll(() => statuses('agenda')).toEqual(['drafted', 'sent']);
    await expect.poll(() => ask.count()).toBe(0);
    await popup.close();
  });
});
