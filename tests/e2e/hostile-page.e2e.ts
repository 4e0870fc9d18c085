import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture, gmailFixtureClosedShadow } from './webmail-fixtures';

// A webmail page whose own scripts are hostile: they can read the DOM, dispatch events and move
// focus. Issue 16's attacks, each reproduced here against the Gmail fixture.
const HOST = 'careertalk-compose-button';
const SECRET = 'Become staff engineer by spring';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(s, {
    managerName: 'Jordan Kim',
    managerEmail: 'jordan.kim@example.com',
    goals: [{ id: 'g1', kind: 'lead-project', text: SECRET, request: '' }],
    agenda: [{ id: 'a1', text: SECRET, section: 'long-term' }],
  });
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
});
afterAll(async () => {
  await s?.close();
});

/** Opens the Gmail fixture; `closed` serves it as production sees it (closed shadow root). */
async function gmail(closed = false): Promise<Page> {
  const page = await s.context.newPage();
  if (closed) {
    await page.route('https://mail.google.com/**', (route) =>
      route.fulfill({ status: 200, body: gmailFixtureClosedShadow(), contentType: 'text/html; charset=utf-8', headers: GMAIL_HEADERS }),
    );
  }
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(k: string): void }).ctOpen('compose'));
  await page.locator(HOST).first().waitFor({ state: 'attached' });
  await page.waitForTimeout(100); // the button is mounted right after its host
  return page;
}
const body = (page: Page, i = 0) => page.locator('.M9').nth(i).locator('[g_editable=true]');
const draftText = async (page: Page, i = 0) => (await body(page, i).innerText()).trim();

test('the page focuses the trigger while the person types: their ArrowDown, Enter and Space insert nothing', async () => {
  const page = await gmail();
  await body(page).click();
  await page.keyboard.type('Quick note ');
  // The test build opens the shadow root for Playwright, so this page can even reach the trigger.
  await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('button.trigger')!.focus(), HOST);
  for (const key of ['ArrowDown', 'Enter', ' ', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
  await page.waitForTimeout(400);
  expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('button.trigger')!.getAttribute('aria-expanded'), HOST)).toBe('false');
  expect(await draftText(page)).toContain('Quick note');
  expect(await draftText(page)).not.toContain('Jordan');
  expect(await page.locator('.M9 input[name=subjectbox]').inputValue()).toBe('');
  // The same keys after the person's own click do insert (so the test above can fail).
  await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).waitFor();
  await page.keyboard.press('Enter');
  // The draft has their text: Enter on the first choice (Replace the draft).
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => draftText(page)).toContain('Jordan');
  await page.close();
});

test('after the person opened and closed the menu, un-hiding it and pressing Space inserts nothing; it holds no plan data', async () => {
  const page = await gmail();
  await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Agenda', exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await body(page).click(); // the person goes back to writing
  const left = await page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const pop = root.querySelector<HTMLElement>('.pop')!;
    pop.hidden = false;
    pop.style.opacity = '0';
    root.querySelectorAll<HTMLElement>('[role=menuitem]').forEach((item) => item.focus());
    return root.textContent;
  }, HOST);
  expect(left).not.toContain('Agenda');
  expect(left).not.toContain('Missing');
  await page.keyboard.press(' ');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  expect(await draftText(page)).not.toContain('Jordan');

  // While the person's menu is open, the page moves focus to "Agenda": Enter does not choose it.
  await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Agenda', exact: true }).waitFor();
  await page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    [...root.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent === 'Agenda')!.focus();
  }, HOST);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  expect(await draftText(page)).not.toContain(SECRET);
  await page.close();
});

test('as in production, the page finds no shadow root to read, and the person can still use the button', async () => {
  const page = await gmail(true);
  // The person puts the caret in the draft and opens the menu with the keyboard shortcut
  // (Alt+Shift+K: what lib/background/commands.ts sends to the focused tab).
  await body(page).click();
  await page.bringToFront();
  await s.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    await c.tabs.sendMessage(tab.id, { type: 'webmail:open-menu' });
  });
  await page.waitForTimeout(400);
  // The page looks for the open menu every way it can.
  const seen = await page.evaluate((tag) => {
    const el = document.querySelector(tag)!;
    const all = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length;
    return { root: el.shadowRoot, withRoots: all, text: document.body.innerText, chromeDom: typeof (window as unknown as { chrome?: { dom?: unknown } }).chrome?.dom };
  }, HOST);
  expect(seen.root).toBeNull();
  expect(seen.withRoots).toBe(0);
  expect(seen.text).not.toContain('Meeting request');
  expect(seen.chromeDom).toBe('undefined');
  // The menu is open with its first item focused: the person's Enter inserts it.
  await page.keyboard.press('Enter');
  await expect.poll(() => draftText(page)).toContain('Jordan');
  await page.close();
});

test('the content script does not announce itself, and its event names do not switch it off', async () => {
  const page = await s.context.newPage();
  // Before any page or extension script runs: record every message and the event names the script uses.
  await page.addInitScript((id) => {
    const w = window as unknown as { __heard: string[] };
    w.__heard = [];
    window.addEventListener('message', (e) => w.__heard.push(JSON.stringify(e.data)), true);
    for (const script of ['gmail', 'outlook']) {
      document.addEventListener(`${id}:${script}:wxt:content-script-started`, () => undefined);
    }
  }, s.extensionId);
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(k: string): void }).ctOpen('compose'));
  await page.locator(HOST).first().waitFor({ state: 'attached' });
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.filter((m) => m.includes(s.extensionId))).toEqual([]);

  // The page sends what WXT's context listens for, every way, then a new compose opens.
  await page.evaluate((id) => {
    for (const script of ['gmail', 'outlook']) {
      const type = `${id}:${script}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: script, messageId: 'page' }, '*');
    }
    (window as unknown as { ctOpen(k: string): void }).ctOpen('compose');
  }, s.extensionId);
  await page.waitForTimeout(300);
  await expect.poll(() => page.locator(HOST).count()).toBe(2);
  await page.locator('.M9').nth(1).getByRole('button', { name: 'Insert career template', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
  await expect.poll(() => draftText(page, 1)).toContain('Jordan');
  // The first compose's button survived too.
  expect(await page.locator('.M9').nth(0).getByRole('button', { name: 'Insert career template', exact: true }).count()).toBe(1);
  await page.close();
});
