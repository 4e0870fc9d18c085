import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_HEADERS } from './webmail-fixtures';

/**
 * When no adapter recognises a compose, a focused multi-line rich-text editor on a webmail host
 * gets the same button, floating at its corner (tests/fixtures/webmail-unclaimed.html).
 */
const BUTTON = { name: 'Insert career template', exact: true } as const;
const FLOAT = 'careertalk-floating-button';
const GMAIL_PAGE = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK_PAGE = 'https://outlook.live.com/mail/0/';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  const html = fixture('webmail-unclaimed.html');
  await s.serve('https://mail.google.com/**', html, GMAIL_HEADERS);
  const rooster = readFileSync(resolve('node_modules/roosterjs/dist/rooster-min.js'), 'utf8');
  await s.serve('https://outlook.live.com/**', html.replace('/*ROOSTERJS*/', () => rooster));
  await seedPlan(s, { myName: 'Alex Doe', managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com', company: 'Acme', meetingAt: '2026-03-10T14:00' });
});
afterAll(async () => {
  await s?.close();
});

async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await s.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  await page.goto(url);
  // The content script has started once its sentinel style is in the page.
  await page.waitForFunction(() => !!document.querySelector('style[data-careertalk]'));
  return { page, problems };
}
const floating = (page: Page) => page.locator(FLOAT).getByRole('button', BUTTON);
const visible = (page: Page) => page.evaluate((tag) => {
  const root = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.ct');
  return !!root && !root.hidden && root.style.visibility !== 'hidden';
}, FLOAT);
const rects = (page: Page, id: string) =>
  page.evaluate(([tag, id]) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    const b = document.querySelector(tag)!.shadowRoot!.querySelector('.trigger')!.getBoundingClientRect();
    return { editor: { top: r.top, bottom: r.bottom, left: r.left, right: r.right }, button: { top: b.top, bottom: b.bottom, left: b.left, right: b.right } };
  }, [FLOAT, id] as const);
const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('floating button for editors no adapter claimed', () => {
  test('Gmail host: appears at the focused editor without covering it, follows scrolling, after typed text inserts below it (Add below) above the signature, one Ctrl+Z, leaves with focus', async () => {
    const { page, problems } = await open(GMAIL_PAGE);
    expect(await page.locator(FLOAT).count()).toBe(0);
    const editor = page.locator('#editor');
    await editor.click();
    await expect.poll(() => visible(page)).toBe(true);
    let r = await rects(page, 'editor');
    expect(overlaps(r.button, r.editor)).toBe(false);
    expect(Math.abs(r.button.right - r.editor.right)).toBeLessThan(2); // at the editor's right corner

    // Follows the editor when its pane scrolls.
    await page.evaluate(() => (document.getElementById('pane')!.scrollTop = 120));
    await expect.poll(async () => Math.round((await rects(page, 'editor')).button.bottom)).toBe(Math.round((await rects(page, 'editor')).editor.top - 4));
    r = await rects(page, 'editor');
    expect(overlaps(r.button, r.editor)).toBe(false);

    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Typed first. ');
    const before = await editor.innerHTML();
    await floating(page).click();
    await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
    await page.getByRole('button', { name: 'Add below', exact: true }).click();
    await expect.poll(() => editor.innerText()).toContain('Jordan');
    const text = await editor.innerText();
    expect(text.startsWith('Typed first.')).toBe(true);
    expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex Doe'));
    await editor.focus();
    await page.keyboard.press('Control+z');
    expect(await editor.innerHTML()).toBe(before);

    // Focus leaves the editor: the button goes.
    await page.locator('#outside').focus();
    await expect.poll(() => visible(page)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('Alt+Shift+K opens the floating menu from the keyboard; Escape returns to the button', async () => {
    const { page } = await open(GMAIL_PAGE);
    await page.locator('#editor').click();
    await expect.poll(() => visible(page)).toBe(true);
    await page.bringToFront();
    // What lib/background/commands.ts does on Alt+Shift+K.
    await s.worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      await c.tabs.sendMessage(tab.id, { type: 'webmail:open-menu' });
    });
    const menu = page.locator(FLOAT).getByRole('menu');
    await expect.poll(() => menu.count()).toBe(1);
    await expect.poll(() => page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.activeElement?.getAttribute('role'), FLOAT)).toBe('menuitem');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await visible(page)).toBe(true);
    await page.close();
  });

  test('a textarea search box and a one-line editable field get no button; a page with nothing compose-like gets none and no errors', async () => {
    const { page, problems } = await open(GMAIL_PAGE);
    await page.locator('#search').click();
    await page.keyboard.type('quarterly');
    await page.locator('#to').click();
    await page.keyboard.type('sam');
    await page.waitForTimeout(200);
    expect(await visible(page)).toBe(false);
    expect(await page.locator('careertalk-compose-button').count()).toBe(0);
    await page.close();

    const empty = await open('https://mail.google.com/mail/u/0/?empty#settings');
    await empty.page.locator('#search').click();
    await empty.page.locator('#outside').click();
    await empty.page.waitForTimeout(200);
    expect(await empty.page.locator(`${FLOAT}, careertalk-compose-button`).count()).toBe(0);
    expect([...problems, ...empty.problems]).toEqual([]);
    await empty.page.close();
  });

  test('Outlook host, RoosterJS editor in no compose: inserted through the paste path, one Ctrl+Z of its own undo', async () => {
    const { page, problems } = await open(OUTLOOK_PAGE);
    const editor = page.locator('#rooster');
    await editor.scrollIntoViewIfNeeded();
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Typed first. ');
    const before = await editor.innerText();
    await expect.poll(() => visible(page)).toBe(true);
    await floating(page).click();
    await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
    await page.getByRole('button', { name: 'Add below', exact: true }).click();
    await expect.poll(() => editor.innerText()).toContain('Jordan');
    const text = await editor.innerText();
    expect(text.startsWith('Typed first.')).toBe(true);
    expect(text.indexOf('Jordan')).toBeLessThan(text.indexOf('Alex D., Platform team'));
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await editor.innerText()).trim()).toBe(before.trim());
    expect(problems).toEqual([]);
    await page.close();
  });

  test('nothing left the machine', () => {
    expect(s.outbound).toEqual([]);
  });
});
