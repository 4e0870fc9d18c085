import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_HEADERS, gmailFixture, outlookFixture } from './webmail-fixtures';

/**
 * The webmail changing under us: every structure variant of both fixtures (see the `applyVariant`
 * functions in tests/fixtures/*-compose.html) runs the whole flow: the button is there (in place),
 * the menu opens, the template goes in at the caret above the signature, an empty subject and To
 * are filled, one Ctrl+Z takes it out again, and an inline reply keeps its subject, To and quote.
 * One browser for the file; each variant is its own page.
 */

const BUTTON = { name: 'Insert career template', exact: true } as const;
const HOST = 'careertalk-compose-button';
const VARIANTS = ['', 'no-root', 'classes', 'wrapper', 'ids', 'de', 'ja', 'dark', 'popout'] as const;
/** Gmail's 2019-2020 recipients layout (`textarea[name=to]`, as in the real saved compose), and
 *  a full-screen compose (its own container instead of the dock). */
const GMAIL_ONLY = ['classic-to', 'fullscreen'] as const;
type Variant = (typeof VARIANTS)[number] | (typeof GMAIL_ONLY)[number];

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  await s.serve('https://outlook.live.com/**', outlookFixture());
  await seedPlan(
    s,
    { myName: 'Alex Doe', managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com', company: 'Acme', meetingAt: '2026-03-10T14:00' },
    [{ text: 'Share the migration plan', owner: 'me', due: '2026-03-20' }],
  );
});
afterAll(async () => {
  await s?.close();
});

const name = (v: Variant) => v || 'today';

async function open(url: string, ready: string): Promise<Page> {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(ready);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

async function choose(page: Page, scope: string, item: string) {
  await page.locator(scope).getByRole('button', BUTTON).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('Gmail structure variants', () => {
  for (const v of [...VARIANTS, ...GMAIL_ONLY] as Variant[]) {
    test(`${name(v)}: button in place, insert below typed text (Add below) above the signature, subject/To filled, one-step undo, reply`, async () => {
      const url = v === 'popout' ? 'https://mail.google.com/mail/?view=cm&fs=1&tf=1' : `https://mail.google.com/mail/u/0/?ctv=${v}#inbox`;
      const page = await open(url, "document.readyState === 'complete'");
      if (v !== 'popout') await page.evaluate(() => (window as any).ctOpen('compose'));
      const scope = v === 'popout' ? 'body' : v === 'fullscreen' ? '#fullscreen' : '#composes';
      const body = page.locator(`${scope} [contenteditable=true][role=textbox]`).first();
      await expect.poll(() => page.locator(scope).getByRole('button', BUTTON).count()).toBe(1);
      expect(await page.locator(HOST).count()).toBe(1);
      if (v === 'dark') expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('.ct')!.getAttribute('data-theme'), HOST)).toBe('dark');

      await body.click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Typed first. ');
      const before = await body.innerHTML();
      await choose(page, scope, 'Meeting request');
      await page.getByRole('button', { name: 'Add below', exact: true }).click();
      await expect.poll(() => body.innerText()).toContain('Jordan');
      const text = await body.innerText();
      expect(text.startsWith('Typed first.')).toBe(true);
      expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex Doe'));
      expect(await page.locator(`${scope} input[name=subjectbox]`).inputValue()).not.toBe('');
      const to = v === 'classic-to' ? `${scope} input[type=hidden][name=to]` : `${scope} [name=to] [role=option]`;
      await expect.poll(() => page.locator(to).evaluateAll((els) => els.map((e) => e.getAttribute('data-hovercard-id') ?? (e as HTMLInputElement).value))).toEqual(['jordan.kim@example.com']);
      await body.focus();
      await page.keyboard.press('Control+z');
      expect(await body.innerHTML()).toBe(before);

      if (v !== 'popout') {
        await page.evaluate(() => (window as any).ctOpen('reply'));
        const reply = page.locator('#reply-slot [contenteditable=true][role=textbox]');
        await expect.poll(() => page.locator('#reply-slot').getByRole('button', BUTTON).count()).toBe(1);
        await choose(page, '#reply-slot', 'Thank-you recap');
        await expect.poll(() => reply.innerText()).toContain('Jordan');
        const r = await reply.innerText();
        expect(r.indexOf('Jordan')).toBeLessThan(r.indexOf('Alex Doe'));
        expect(r.indexOf('Alex Doe')).toBeLessThan(r.indexOf('wrote:'));
        expect(await page.locator('#reply-slot input[name=subjectbox]').inputValue()).toBe('Re: Quarterly planning');
        const replyTo = v === 'classic-to' ? '#reply-slot input[type=hidden][name=to]' : '#reply-slot [name=to] [role=option]';
        expect(await page.locator(replyTo).evaluateAll((els) => els.map((e) => e.getAttribute('data-hovercard-id') ?? (e as HTMLInputElement).value))).toEqual(['sam@example.com']);
      }
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
      await page.close();
    });
  }
});

describe('Outlook structure variants (real RoosterJS editor)', () => {
  for (const v of VARIANTS as readonly Variant[]) {
    test(`${name(v)}: button in place, insert below typed text (Add below) above the signature, subject/To filled, one-step undo, reply`, async () => {
      const url = v === 'popout' ? 'https://outlook.live.com/mail/deeplink/compose?ctv=popout' : `https://outlook.live.com/mail/0/?ctv=${v}`;
      const page = await open(url, "document.readyState === 'complete' && 'roosterjs' in window");
      if (v !== 'popout') await page.evaluate(() => (window as any).ctOpen('compose'));
      const scope = v === 'popout' ? '#app' : '#ReadingPaneContainerId';
      const compose = page.locator(scope).locator('xpath=./*').first();
      const body = compose.locator('[role=textbox][aria-multiline=true]');
      await expect.poll(() => body.innerText()).toContain('Platform team');
      await expect.poll(() => compose.getByRole('button', BUTTON).count()).toBe(1);
      expect(await page.locator(HOST).count()).toBe(1);
      if (v === 'dark') expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('.ct')!.getAttribute('data-theme'), HOST)).toBe('dark');

      await body.click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Typed first. ');
      const before = await body.innerText();
      await compose.getByRole('button', BUTTON).click();
      await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
      await page.getByRole('button', { name: 'Add below', exact: true }).click();
      await expect.poll(() => body.innerText()).toContain('Jordan');
      const text = await body.innerText();
      expect(text.startsWith('Typed first.')).toBe(true);
      expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex D., Platform team'));
      expect(await compose.locator('input[maxlength="255"]').inputValue()).not.toBe('');
      await expect.poll(() => compose.locator('[draggable=true]').allInnerTexts()).toEqual(['jordan.kim@example.com']);
      await body.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await body.innerText()).trim()).toBe(before.trim());

      if (v !== 'popout') {
        await page.evaluate(() => (window as any).ctOpen('reply'));
        const reply = page.locator(scope).locator('xpath=./*').nth(1);
        const rbody = reply.locator('[role=textbox][aria-multiline=true]');
        await expect.poll(() => rbody.innerText()).toContain('Platform team');
        await expect.poll(() => reply.getByRole('button', BUTTON).count()).toBe(1);
        await reply.getByRole('button', BUTTON).click();
        await page.getByRole('menuitem', { name: 'Thank-you recap', exact: true }).click();
        await expect.poll(() => rbody.innerText()).toContain('Jordan');
        const r = (await rbody.innerText()).replace(/\u00a0/g, ' ');
        expect(r.indexOf('Jordan')).toBeLessThan(r.indexOf('Alex D., Platform team'));
        expect(r.indexOf('Alex D., Platform team')).toBeLessThan(r.indexOf('From: Sam Lee'));
        expect(await reply.locator('[draggable=true]').allInnerTexts()).toEqual(['Sam Lee']);
      }
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
      await page.close();
    });
  }

  test('nothing left the machine', () => {
    expect(s.outbound).toEqual([]);
  });
});
