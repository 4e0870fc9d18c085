import { beforeAll, describe, expect, test } from 'vitest';
import type { Lane, Tab } from './driver';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, gmailFixture, outlookFixture } from '../e2e/webmail-fixtures';

export const TEMPLATES = ['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update'];
const BUTTON = 'Insert career template';

/** What differs between the two webmail fixtures: where they are served, and how to read a compose. */
interface Webmail {
  name: string;
  url: string;
  serve(lane: Lane): Promise<void>;
  /** The accessible name of the compose body (a role=textbox). */
  bodyName: string;
  /** CSS selectors, in the fixture page (not in the product): body, subject field, To chips and what a chip holds. */
  body: string;
  subject: string;
  chips: string;
  chipText: 'data-hovercard-id' | 'text';
  signature: string;
  quote: string;
}

const GMAIL: Webmail = {
  name: 'Gmail',
  url: GMAIL_URL,
  serve: (lane) => lane.serve('https://mail.google.com/', gmailFixture(), GMAIL_HEADERS),
  bodyName: 'Message Body',
  body: '.M9 [g_editable=true]',
  subject: 'input[name=subjectbox]',
  chips: '[name=to] [role=option]',
  chipText: 'data-hovercard-id',
  signature: 'Alex Doe',
  quote: 'Sam Lee <sam@example.com> wrote',
};

const OUTLOOK: Webmail = {
  name: 'Outlook',
  url: OUTLOOK_URL,
  serve: (lane) => lane.serve('https://outlook.live.com/', outlookFixture()),
  bodyName: 'Message body, press Alt+F10 to exit',
  body: '[id^=editorParent_] [role=textbox]',
  subject: 'input.ms-TextField-field',
  chips: '[draggable=true]',
  chipText: 'text',
  signature: 'Alex D., Platform team',
  quote: 'From: Sam Lee',
};

/** The plan the webmail journeys insert from (seed it before they run). */
export const WEBMAIL_PLAN = {
  myName: 'Alex Doe',
  managerName: 'Jordan Kim',
  managerEmail: 'jordan.kim@example.com',
  company: 'Acme',
  currentRole: 'Backend engineer',
  meetingAt: '2026-03-10T14:00',
  goals: [{ id: 'g1', kind: 'lead-project' as const, text: 'Grow as a technical lead', request: 'Lead the billing migration' }],
  agenda: [{ id: 'a1', text: 'Where I want to be in three years', section: 'long-term' as const }],
};

function read(tab: Tab, w: Webmail) {
  return tab.evaluate(
    ({ body, subject, chips, chipText }) => {
      const composes = document.querySelectorAll(body);
      const last = composes[composes.length - 1] as HTMLElement | undefined;
      const root = last?.closest('.M9, [data-app-section]') ?? document;
      return {
        body: (last?.innerText ?? '').replace(/\u00a0/g, ' '),
        subject: (root.querySelector(subject) as HTMLInputElement | null)?.value ?? '',
        to: [...root.querySelectorAll(chips)].map((c) => (chipText === 'text' ? (c as HTMLElement).innerText : c.getAttribute(chipText))),
      };
    },
    { body: w.body, subject: w.subject, chips: w.chips, chipText: w.chipText },
  );
}

async function openCompose(lane: Lane, w: Webmail, kind: 'compose' | 'reply'): Promise<Tab> {
  const tab = await lane.openUrl(w.url);
  await expect.poll(() => tab.evaluate(() => document.readyState === 'complete' && 'ctOpen' in window)).toBe(true);
  await tab.evaluate((kind) => (window as unknown as { ctOpen(k: string): void }).ctOpen(kind), kind);
  await expect.poll(() => tab.count('button', BUTTON), { timeout: 10_000 }).toBe(1);
  return tab;
}

/** Gmail and Outlook (real RoosterJS) compose windows, in either browser. Seed WEBMAIL_PLAN first. */
export function webmailJourneys(lane: () => Lane) {
  describe('webmail', () => {
    beforeAll(async () => {
      await lane().seedPlan(WEBMAIL_PLAN, [{ text: 'Share the migration plan', owner: 'me', due: '2026-03-20' }]);
      for (const w of [GMAIL, OUTLOOK]) await w.serve(lane());
    });
    for (const w of [GMAIL, OUTLOOK]) {
      test(`${w.name}: the compose gets one button; its menu lists the four templates`, async () => {
        const tab = await openCompose(lane(), w, 'compose');
        await tab.click('button', BUTTON);
        for (const name of TEMPLATES) await expect.poll(() => tab.count('menuitem', name), { message: name }).toBe(1);
        await tab.press('Escape');
        await expect.poll(() => tab.count('menuitem', TEMPLATES[0])).toBe(0);
        await tab.close();
      });

      test(`${w.name}: each template goes below the typed text (Add below), above the signature; empty subject and To are filled; Ctrl+Z undoes it`, async () => {
        const subjects = new Set<string>();
        for (const template of TEMPLATES) {
          const tab = await openCompose(lane(), w, 'compose');
          await tab.click('textbox', w.bodyName);
          await tab.press('Control+Home');
          await tab.keyboard('Hello there. ');
          const typed = (await read(tab, w)).body.trim();
          await tab.click('button', BUTTON);
          await tab.click('menuitem', template);
          // The draft has their text: asked first, and the template goes below it.
          await tab.click('button', 'Add below');
          await expect.poll(async () => (await read(tab, w)).body, { message: template }).toContain('Jordan');
          const after = await read(tab, w);
          expect(after.body.startsWith('Hello there.'), after.body).toBe(true);
          expect(after.body.indexOf('Jordan')).toBeLessThan(after.body.indexOf(w.signature));
          expect(after.subject).not.toBe('');
          subjects.add(after.subject);
          await expect.poll(async () => (await read(tab, w)).to).toEqual(['jordan.kim@example.com']);
          // One Ctrl+Z takes the insertion out and leaves what was typed.
          await tab.focus('textbox', w.bodyName);
          await tab.press('Control+z');
          await expect.poll(async () => (await read(tab, w)).body.trim(), { message: `${template} undo` }).toBe(typed);
          await tab.close();
        }
        expect(subjects.size).toBe(TEMPLATES.length);
      });

      test(`${w.name}: a reply gets the template on top, above the signature and the quoted message; its subject and To are kept`, async () => {
        const tab = await openCompose(lane(), w, 'reply');
        const before = await read(tab, w);
        await tab.click('button', BUTTON);
        await tab.click('menuitem', 'Thank-you recap');
        await expect.poll(async () => (await read(tab, w)).body).toContain('Jordan');
        const after = await read(tab, w);
        const at = (s: string) => after.body.indexOf(s);
        expect(at('Jordan')).toBeGreaterThanOrEqual(0);
        expect(at('Jordan')).toBeLessThan(at(w.signature));
        expect(at(w.signature)).toBeLessThan(at(w.quote));
        expect(after.subject).toBe(before.subject);
        expect(after.to).toEqual(before.to);
        await tab.close();
      });

      test(`${w.name}: the keyboard command opens the menu of the focused compose`, async () => {
        const tab = await openCompose(lane(), w, 'compose');
        await tab.click('textbox', w.bodyName);
        await tab.bringToFront();
        // What lib/background/commands.ts does on Alt+Shift+K: message the active tab of the focused window.
        await lane().inExtension(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          await api.tabs.sendMessage(active.id, { type: 'webmail:open-menu' });
        });
        await expect.poll(() => tab.count('menuitem', 'Meeting request')).toBe(1);
        await tab.close();
      });
    }
  });
}
