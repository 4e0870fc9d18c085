import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { seriousViolations } from './axe';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, gmailFixture, outlookFixture } from './webmail-fixtures';

// Inserting into a draft that already has the person's own text asks "Replace the draft / Add
// below / Cancel" (lib/webmail/draft-choice.ts) in both webmails.

const BUTTON = { name: 'Insert career template', exact: true } as const;
const HOST = 'careertalk-compose-button';
const TYPED = 'Hi Jordan, a quick note first.';
/** Our dialog (Gmail's new-message window is a dialog too). */
const DIALOG = { name: 'This draft already has text. What should the template do?', exact: true } as const;

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  await s.serve('https://outlook.live.com/**', outlookFixture());
  await seedPlan(s, { myName: 'Alex Doe', managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com', company: 'Acme', meetingAt: '2026-03-10T14:00' });
});
afterAll(async () => {
  await s?.close();
});

interface Webmail {
  name: string;
  open(dark?: boolean): Promise<{ page: Page; compose: Locator; body: Locator }>;
  signature: string;
  subject: string;
}

const WEBMAILS: Webmail[] = [
  {
    name: 'Gmail',
    signature: 'Alex Doe\nPlatform team',
    subject: 'input[name=subjectbox]',
    async open(dark = false) {
      const page = await s.context.newPage();
      await page.goto(GMAIL_URL);
      await page.waitForFunction(() => document.readyState === 'complete');
      if (dark) await page.evaluate(() => (window as any).ctDark(true));
      await page.evaluate(() => (window as any).ctOpen('compose'));
      const compose = page.locator('.M9').first();
      await expect.poll(() => compose.getByRole('button', BUTTON).count()).toBe(1);
      return { page, compose, body: compose.locator('[g_editable=true]') };
    },
  },
  {
    name: 'Outlook',
    signature: 'Alex D., Platform team',
    subject: 'input.ms-TextField-field',
    async open(dark = false) {
      const page = await s.context.newPage();
      await page.goto(OUTLOOK_URL);
      await page.waitForFunction(() => document.readyState === 'complete' && 'roosterjs' in window);
      if (dark) await page.evaluate(() => (window as any).ctDark(true));
      await page.evaluate(() => (window as any).ctOpen('compose'));
      const compose = page.locator('[data-app-section]').first();
      const body = compose.locator('[id^=editorParent_] [role=textbox]');
      await expect.poll(() => body.innerText()).toContain('Platform team');
      await expect.poll(() => compose.getByRole('button', BUTTON).count()).toBe(1);
      return { page, compose, body };
    },
  },
];

const text = async (body: Locator) => (await body.innerText()).replace(/\u00a0/g, ' ');

async function type(page: Page, body: Locator, line = TYPED) {
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(line);
}

async function choose(page: Page, compose: Locator, item = 'Meeting request') {
  await compose.getByRole('button', BUTTON).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** The dialog's button that has focus (the test build opens the shadow root). */
const focused = (page: Page) => page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.activeElement?.textContent ?? null, HOST);

for (const w of WEBMAILS) {
  describe(`${w.name}: a draft that already has text`, () => {
    test('Add below: the typed line stays, one blank line, then the template, above the signature; one Ctrl+Z undoes it', async () => {
      const { page, compose, body } = await w.open();
      await type(page, body);
      const before = (await text(body)).trim();
      await choose(page, compose);
      const dialog = page.getByRole('dialog', DIALOG);
      await expect.poll(() => dialog.count()).toBe(1);
      // Nothing changes until the person answers; the dialog passes axe.
      expect((await text(body)).trim()).toBe(before);
      expect(await seriousViolations(page, HOST)).toEqual([]);
      await page.getByRole('button', { name: 'Add below', exact: true }).click();
      await expect.poll(() => text(body)).toContain('Hi Jordan,\n');
      const after = await text(body);
      // Never glued; exactly one blank line between their line and the template's first line.
      expect(after).toContain(`${TYPED}\n\nHi Jordan,\n`);
      expect(after.indexOf(TYPED)).toBe(0);
      expect(after.indexOf('Hi Jordan,\n')).toBeLessThan(after.indexOf(w.signature));
      expect(await dialog.count()).toBe(0);
      // Subject filled as before (it was empty).
      expect(await compose.locator(w.subject).inputValue()).not.toBe('');
      await body.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await text(body)).trim()).toBe(before);
      await page.close();
    });

    test('Replace the draft: only the template and the signature remain; one Ctrl+Z brings the typed line back', async () => {
      const { page, compose, body } = await w.open();
      await type(page, body);
      const before = (await text(body)).trim();
      await choose(page, compose);
      await page.getByRole('button', { name: 'Replace the draft', exact: true }).click();
      await expect.poll(() => text(body)).toContain('Hi Jordan,\n');
      const after = (await text(body)).trim();
      expect(after).not.toContain('a quick note first');
      expect(after.startsWith('Hi Jordan,\n')).toBe(true);
      expect(after.endsWith(w.signature)).toBe(true);
      await body.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await text(body)).trim()).toBe(before);
      await page.close();
    });

    test('Cancel changes nothing (body, subject, To) and gives focus back to the body', async () => {
      const { page, compose, body } = await w.open();
      await type(page, body);
      const html = await body.innerHTML();
      await choose(page, compose);
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect.poll(() => page.getByRole('dialog', DIALOG).count()).toBe(0);
      await page.waitForTimeout(300);
      expect(await body.innerHTML()).toBe(html);
      expect(await compose.locator(w.subject).inputValue()).toBe('');
      expect(await body.evaluate((el) => el === document.activeElement)).toBe(true);
      // The person goes on typing where they were.
      await page.keyboard.type(' More.');
      expect(await text(body)).toContain(`${TYPED} More.`);
      await page.close();
    });

    test('an empty draft (empty line and signature only) gets the template without asking; a second template then asks too', async () => {
      const { page, compose, body } = await w.open();
      await choose(page, compose);
      await expect.poll(() => text(body)).toContain('Hi Jordan,\n');
      expect(await page.getByRole('dialog', DIALOG).count()).toBe(0);
      await choose(page, compose, 'Agenda');
      await expect.poll(() => page.getByRole('dialog', DIALOG).count()).toBe(1);
      await page.getByRole('button', { name: 'Add below', exact: true }).click();
      await expect.poll(async () => (await text(body)).match(/Hi Jordan,\n/g)?.length).toBe(2);
      const after = await text(body);
      // The agenda starts after the first email's last line and one blank line, never glued to it.
      const second = after.lastIndexOf('Hi Jordan,\n');
      expect(after.slice(second - 2, second)).toBe('\n\n');
      expect(after[second - 3]).not.toBe('\n');
      expect(after.slice(0, second)).toContain('Thank you,');
      expect(second).toBeLessThan(after.indexOf(w.signature));
      await page.close();
    });

    test('keyboard only (dark theme): focus on the first choice, Tab / Shift+Tab stay in the dialog, Escape cancels to the body, Enter chooses', async () => {
      const { page, compose, body } = await w.open(true);
      await expect.poll(() => page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('.ct')!.getAttribute('data-theme'), HOST)).toBe('dark');
      await type(page, body);
      const html = await body.innerHTML();
      const openMenu = async () => {
        await page.bringToFront();
        // What lib/background/commands.ts does on Alt+Shift+K.
        await s.worker.evaluate(async () => {
          const c = (globalThis as any).chrome;
          const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
          await c.tabs.sendMessage(tab.id, { type: 'webmail:open-menu' });
        });
        await expect.poll(() => compose.getByRole('menu').count()).toBe(1);
        await expect.poll(() => focused(page)).toBe('Meeting request');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('dialog', DIALOG).count()).toBe(1);
      };
      await openMenu();
      await expect.poll(() => focused(page)).toBe('Replace the draft');
      expect(await seriousViolations(page, HOST)).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Add below');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Cancel');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Replace the draft');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('Cancel');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog', DIALOG).count()).toBe(0);
      expect(await body.innerHTML()).toBe(html);
      expect(await body.evaluate((el) => el === document.activeElement)).toBe(true);

      await openMenu();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => text(body)).toContain(`${TYPED}\n\nHi Jordan,\n`);
      expect(await body.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.close();
    });
  });
}

describe('a hostile page (Gmail)', () => {
  test("the page's scripts cannot answer for the person: their clicks and keys on the choices do nothing", async () => {
    const { page, compose, body } = await WEBMAILS[0].open();
    await type(page, body);
    const html = await body.innerHTML();
    await choose(page, compose);
    await expect.poll(() => page.getByRole('dialog', DIALOG).count()).toBe(1);
    // The test build opens the shadow root, so this page can even reach the buttons.
    await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const [replace, below] = root.querySelectorAll<HTMLButtonElement>('[role=dialog] button');
      replace.click();
      below.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
      root.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }, HOST);
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog', DIALOG).count()).toBe(1);
    expect(await body.innerHTML()).toBe(html);
    // The person's own choice still works.
    await page.getByRole('button', { name: 'Add below', exact: true }).click();
    await expect.poll(() => text(body)).toContain(`${TYPED}\n\nHi Jordan,\n`);
    await page.close();
  });

  test('nothing left the machine', () => {
    expect(s.outbound).toEqual([]);
  });
});
