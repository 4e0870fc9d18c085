import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL_DE, gmailFixtureDe } from './webmail-fixtures';

/**
 * Gmail in German (`?hl=de`, German labels) with a plan whose emails are in German: the
 * meeting request goes in written in German, with a German subject, greeting and length.
 */

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixtureDe(), GMAIL_HEADERS);
});
afterAll(async () => {
  await s?.close();
});

async function gmail(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL_DE);
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}
const compose = (page: Page) => page.locator('.M9').first();

async function insert(page: Page, item: RegExp) {
  await page.evaluate(() => (window as any).ctOpen('compose'));
  // The button's name is in the interface language (English in this browser, German in a German one).
  await compose(page).getByRole('button', { name: /Insert career template|Karrierevorlage einfügen/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('German Gmail, German plan', () => {
  test('the meeting request is written in German (Sie), with a German subject', async () => {
    await seedPlan(s, {
      myName: 'Alex Becker',
      managerName: 'Jordan Kim',
      managerEmail: 'jordan.kim@example.com',
      company: 'Acme',
      meetingMinutes: 30,
      emailLanguage: 'de',
    });
    const page = await gmail();
    await insert(page, /^(Meeting request|Gesprächsanfrage)$/);
    const body = compose(page).locator('[g_editable=true]');
    await expect.poll(() => body.innerText()).toContain('Hallo Jordan Kim,');
    const text = await body.innerText();
    expect(text).toContain('hätten Sie in der kommenden Woche 30 Minuten Zeit für ein Entwicklungsgespräch?');
    expect(text).toContain('wie ich mich bei Acme weiterentwickeln kann');
    expect(text).toContain('Viele Grüße');
    expect(text).not.toMatch(/Hi Jordan|career development|\{\{|undefined/);
    expect(await compose(page).locator('input[name=subjectbox]').inputValue()).toBe('Entwicklungsgespräch: 30 Minuten in der kommenden Woche?');
    await page.close();
  });

  test('with "du" chosen, the same request is informal; missing fields show German placeholders', async () => {
    await seedPlan(s, { managerName: 'Jordan Kim', emailLanguage: 'de', formality: 'informal' });
    const page = await gmail();
    await insert(page, /^(Meeting request|Gesprächsanfrage)$/);
    const body = compose(page).locator('[g_editable=true]');
    await expect.poll(() => body.innerText()).toContain('Hallo Jordan,');
    const text = await body.innerText();
    expect(text).toContain('hättest du in der kommenden Woche');
    expect(text).toContain('[Unternehmen]');
    // The fixture's compose has Gmail's signature: the sign-off leaves the name (here its placeholder) to it.
    expect(text).not.toContain('[Ihr Name]');
    expect(text).not.toMatch(/\[(?:Your name|Company)\]/);
    await page.close();
  });

  test('the review speaks to the German email: the raise is left out, "nach Absprache" fixes the undated step, the German recap goes in', async () => {
    const plan = await seedPlan(
      s,
      {
        myName: 'Alex Becker',
        managerName: 'Jordan Kim',
        company: 'Acme',
        meetingAt: '2026-03-10T14:00',
        emailLanguage: 'de',
        goals: [
          { id: 'g-raise', kind: 'other', text: 'Eine Gehaltserhöhung für die zusätzliche Reporting-Arbeit', request: '' },
          { id: 'g-lead', kind: 'lead-project', text: 'Eine Prognose verantworten', request: 'Die Aktualisierung der Q3-Bedarfsprognose leiten' },
        ],
      },
      [{ text: 'Für den SQL-Kurs anmelden', owner: 'me', due: '' }],
    );
    const page = await gmail();
    await insert(page, /^(Agenda)$/);
    const review = page.getByRole('dialog', { name: /^(Before it goes out|Vor dem Versand)$/ });
    await review.waitFor();
    // The findings are worded in the interface language, quoting the German goal.
    await expect.poll(() => review.innerText()).toContain('“Eine Gehaltserhöhung für die zusätzliche Reporting-Arbeit”');
    await review.getByRole('button', { name: /^(Insert|Einfügen)$/ }).click();
    const body = compose(page).locator('[g_editable=true]');
    await expect.poll(() => body.innerText()).toContain('Worum ich bitten möchte: Die Aktualisierung der Q3-Bedarfsprognose leiten');
    expect(await body.innerText()).not.toMatch(/Gehaltserhöhung|\{\{|undefined/);
    await page.close();

    const recapPage = await gmail();
    await insert(recapPage, /^(Thank-you recap|Dank und Zusammenfassung)$/);
    const recapReview = recapPage.getByRole('dialog', { name: /^(Before it goes out|Vor dem Versand)$/ });
    await recapReview.waitFor();
    await expect.poll(() => recapReview.innerText()).toContain('[Fälligkeitsdatum]');
    await recapReview.getByRole('button', { name: /„?“?nach Absprache/ }).click();
    await expect.poll(() => recapReview.innerText()).not.toContain('[Fälligkeitsdatum]');
    await recapReview.getByRole('button', { name: /^(Insert|Einfügen)$/ }).click();
    const recap = compose(recapPage).locator('[g_editable=true]');
    await expect.poll(() => recap.innerText()).toContain('Ich übernehme: Für den SQL-Kurs anmelden, Termin nach Absprache.');
    expect((await readPlan(s, plan.id))?.emailChoices?.recap?.undated).toBe('agree');
    await recapPage.close();
  });
});
