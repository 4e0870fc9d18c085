import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { readPlan, seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';

const BUTTON = { name: 'Insert career template', exact: true } as const;
const HOST = 'careertalk-compose-button';

let s: ExtensionSession;
let planId: string;

beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  const plan = await seedPlan(
    s,
    {
      myName: 'Alex Doe',
      managerName: 'Jordan Kim',
      managerEmail: 'jordan.kim@example.com',
      company: 'Acme',
      currentRole: 'Backend engineer',
      meetingAt: '2026-03-10T14:00',
      goals: [{ id: 'g1', kind: 'lead-project', text: 'Grow as a technical lead', request: 'Lead the billing migration' }],
      agenda: [{ id: 'a1', text: 'Where I want to be in three years', section: 'long-term' }],
    },
    [{ text: 'Share the migration plan', owner: 'me', due: '2026-03-20' }],
  );
  planId = plan.id;
});
afterAll(async () => {
  await s?.close();
});

async function gmail(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  // The content script runs at document_idle; wait until it is observing.
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}
const compose = (page: Page, i: number) => page.locator('.M9').nth(i);
const bodyOf = (page: Page, i: number) => compose(page, i).locator('[g_editable=true]');

async function choose(page: Page, i: number, item: string) {
  await compose(page, i).getByRole('button', BUTTON).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('Gmail compose windows', () => {
  test('a compose opened after load gets one button next to Send; several composes each get one; re-renders bring it back once', async () => {
    const page = await gmail();
    await page.waitForTimeout(300);
    await page.click('#compose-button');
    await expect.poll(() => compose(page, 0).getByRole('button', BUTTON).count()).toBe(1);
    // Next to Send: the host sits right after the Send button's group.
    expect(await compose(page, 0).locator('.gU.Up .dC + ' + HOST).count()).toBe(1);
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await expect.poll(() => page.getByRole('button', BUTTON).count()).toBe(2);
    await page.evaluate(() => (window as any).ctRerenderToolbar(0));
    await expect.poll(() => compose(page, 0).locator('.gU.Up .dC + ' + HOST).count()).toBe(1);
    await page.evaluate(() => (window as any).ctRerenderToolbar(0));
    await page.waitForTimeout(50);
    expect(await page.locator(HOST).count()).toBe(2);
    expect(await compose(page, 0).getByRole('button', BUTTON).count()).toBe(1);
    // Inside an open shadow root.
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot?.mode, HOST)).toBe('open');
    await page.close();
  });

  test('the menu lists the four built-ins with missing fields and works with the keyboard', async () => {
    const page = await gmail();
    await page.evaluate(() => (window as any).ctOpen('compose'));
    const button = compose(page, 0).getByRole('button', BUTTON);
    // Opened by the person's click (focus the page moves onto the button does not arm it: hostile-page.e2e.ts).
    await button.click();
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.getByRole('menuitem').count()).toBeGreaterThanOrEqual(4);
    const names = await menu.getByRole('menuitem').evaluateAll((els) =>
      els.map((e) => (e.querySelector('.name') as HTMLElement).textContent),
    );
    expect(names.slice(0, 4)).toEqual(['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update']);
    // Focus moved into the menu; arrows move it, Escape closes and returns to the button.
    const focusedName = () => page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.activeElement?.querySelector('.name')?.textContent, HOST);
    expect(await focusedName()).toBe('Meeting request');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('Agenda');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName()).toBe(names[names.length - 1]);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.activeElement?.getAttribute('aria-label'), HOST)).toBe('Insert career template');
    // Enter on an item inserts it.
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedName).toBe('Meeting request');
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyOf(page, 0).innerText()).toContain('Jordan');
    await page.close();
  });

  test('inserting fills an empty subject and To (as a chip), keeps the signature below, fires input events, records it; Ctrl+Z undoes it in one step', async () => {
    const page = await gmail();
    await page.evaluate(() => (window as any).ctOpen('compose'));
    const body = bodyOf(page, 0);
    const before = await body.innerHTML();
    await choose(page, 0, 'Meeting request');
    await expect.poll(() => body.innerText()).toContain('Jordan');
    const text = await body.innerText();
    expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex Doe\nPlatform team'));
    expect(await compose(page, 0).locator('input[name=subjectbox]').inputValue()).not.toBe('');
    await expect.poll(() => compose(page, 0).locator('[name=to] [role=option]').getAttribute('data-hovercard-id')).toBe('jordan.kim@example.com');
    expect(Number(await compose(page, 0).getAttribute('data-draft-saved'))).toBeGreaterThan(0);
    await expect.poll(async () => (await readPlan(s, planId))?.emailsSent.some((e) => e.templateId === 'meeting-request' && e.via === 'gmail')).toBe(true);

    await body.focus();
    await page.keyboard.press('Control+z');
    expect(await body.innerHTML()).toBe(before);
    await page.close();
  });

  test('each template inserts its own content; after text the person typed (Add below) it goes below it', async () => {
    const page = await gmail();
    const subjects = new Set<string>();
    const items = ['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update'];
    for (const [i, item] of items.entries()) {
      await page.evaluate(() => (window as any).ctOpen('compose'));
      const body = bodyOf(page, i);
      // Text the person typed first: the template is asked about and goes below it.
      await body.click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Hello there. ');
      await choose(page, i, item);
      await page.getByRole('button', { name: 'Add below', exact: true }).click();
      await expect.poll(() => body.innerText()).toContain('Jordan');
      const text = await body.innerText();
      expect(text.startsWith('Hello there.')).toBe(true);
      expect(text.length).toBeGreaterThan(60);
      subjects.add(await compose(page, i).locator('input[name=subjectbox]').inputValue());
    }
    expect(subjects.size).toBe(4);
    const agenda = await bodyOf(page, 1).innerText();
    expect(agenda).toContain('Where I want to be in three years');
    const recap = await bodyOf(page, 2).innerText();
    expect(recap).toContain('share the migration plan by March 20');
    await page.close();
  });

  test('inline reply: inserted at the top, above the signature and quoted text; subject and To are kept', async () => {
    const page = await gmail();
    await page.evaluate(() => (window as any).ctOpen('reply'));
    const body = bodyOf(page, 0);
    await choose(page, 0, 'Thank-you recap');
    await expect.poll(() => body.innerText()).toContain('Jordan');
    const order = await body.evaluate((el: HTMLElement) => {
      const text = el.innerText;
      return [text.indexOf('Jordan'), text.indexOf('Alex Doe'), text.indexOf('Sam Lee <sam@example.com> wrote')];
    });
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0]).toBeLessThan(order[1]);
    expect(order[1]).toBeLessThan(order[2]);
    expect(await body.locator('.gmail_quote blockquote').innerText()).toBe('Hi Alex, see you Tuesday. Sam');
    expect(await compose(page, 0).locator('input[name=subjectbox]').inputValue()).toBe('Re: Quarterly planning');
    expect(await compose(page, 0).locator('[name=to] [role=option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hovercard-id')))).toEqual(['sam@example.com']);
    await page.close();
  });

  test('a compose the adapter cannot read: clear message, offer to copy, draft untouched', async () => {
    const page = await gmail();
    await page.evaluate(() => (window as any).ctOpen('broken'));
    const draft = await compose(page, 0).innerHTML();
    await choose(page, 0, 'Agenda');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain("can't find the message body");
    expect(await alert.innerText()).toContain('Nothing in your draft was changed');
    expect(await page.getByRole('button', { name: 'Copy email instead' }).count()).toBe(1);
    // Only our own host changed (its state), nothing of the draft.
    const after = await compose(page, 0).evaluate((el, tag) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(tag).forEach((h) => h.remove());
      return copy.innerHTML;
    }, HOST);
    const beforeClean = draft.replace(new RegExp(`<${HOST}[\\s\\S]*?</${HOST}>`), '');
    expect(after).toBe(beforeClean);
    await page.close();
  });

  test('the keyboard command opens the menu of the compose that has focus', async () => {
    const page = await gmail();
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await expect.poll(() => page.getByRole('button', BUTTON).count()).toBe(2);
    await bodyOf(page, 1).click();
    await page.bringToFront();
    // What lib/background/commands.ts does on Alt+Shift+K: message the active tab of the focused window.
    await s.worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      await c.tabs.sendMessage(tab.id, { type: 'webmail:open-menu' });
    });
    await expect.poll(() => compose(page, 1).getByRole('menu').count()).toBe(1);
    expect(await compose(page, 0).getByRole('menu').count()).toBe(0);
    await page.close();
  });

  test('dark Gmail theme gives the dark button', async () => {
    const page = await gmail();
    await page.evaluate(() => (window as any).ctDark(true));
    await page.evaluate(() => (window as any).ctOpen('compose'));
    await expect.poll(() => page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.ct')?.getAttribute('data-theme'), HOST)).toBe('dark');
    await page.close();
  });

  test('nothing left the machine', () => {
    expect(s.outbound).toEqual([]);
  });
});
