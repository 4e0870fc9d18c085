import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';

// The popup is 380 px wide. Nothing the person typed may be cut off there: long values wrap.
let s: ExtensionSession;
const GOAL = 'Lead the Q1 2027 customer-churn dashboard project end to end';
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(s, {
    title: 'Northwind Traders – December 2026',
    myName: 'Alexandra Rivera-Hoffmann',
    managerName: 'Dana Whitfield',
    managerEmail: 'dana.whitfield@northwind.example',
    company: 'Northwind Traders',
    meetingAt: '2026-12-03T10:30',
    goals: [{ id: 'g1', kind: 'lead-project', text: '', request: GOAL }],
  });
});
afterAll(async () => {
  await s?.close();
});

/**
 * Every field and the plan menu, with what does not fit: a box whose content is wider than
 * the box (scrollWidth > clientWidth), or a menu whose chosen name is wider than its text area.
 */
async function clipped(popup: Page) {
  return popup.evaluate(() => {
    const out: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
      const name = el.labels?.[0]?.textContent ?? el.id;
      if (el.scrollWidth > el.clientWidth) out.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      if (el instanceof HTMLSelectElement) {
        const style = getComputedStyle(el);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.text ?? '';
        // The menu's text area: its width less padding and the arrow (about 20 px).
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        if (canvas.measureText(text).width > room) out.push(`${name}: "${text}" needs ${Math.ceil(canvas.measureText(text).width)} px, has ${room}`);
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('page scrolls sideways');
    return out;
  });
}

async function openAt380(init?: string): Promise<Page> {
  const popup = await s.context.newPage();
  if (init) await popup.addInitScript(init);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.locator('[data-plan-id]').waitFor();
  return popup;
}

test('at 380 px the popup shows Your name, Company, a 60-character goal and the plan name in full', async () => {
  expect(GOAL).toHaveLength(60);
  const popup = await openAt380();
  expect(await popup.getByLabel('Your name').inputValue()).toBe('Alexandra Rivera-Hoffmann');
  expect(await popup.getByLabel('Company').inputValue()).toBe('Northwind Traders');
  expect(await popup.getByLabel('Goal 1').inputValue()).toBe(GOAL);
  expect(await popup.getByLabel('Plan', { exact: true }).locator('option:checked').innerText()).toContain('Northwind Traders – December 2026');
  expect(await clipped(popup)).toEqual([]);
  // Typing a name in the popup saves it to the plan (every email signs with it).
  await popup.getByLabel('Your name').fill('Alex Rivera');
  await popup.reload();
  await expect.poll(() => popup.getByLabel('Your name').inputValue()).toBe('Alex Rivera');
  // A one-line value stays one line: Enter adds no line break.
  await popup.getByLabel('Company').press('End');
  await popup.getByLabel('Company').press('Enter');
  expect(await popup.getByLabel('Company').inputValue()).toBe('Northwind Traders');
  await popup.close();
});

test('in German, with its longer labels, nothing is cut off either', async () => {
  // The test browser ships only its English UI files, so the extension's German messages
  // are served to the page in place of the English ones (same keys, same substitutions).
  const de = JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8')) as Record<string, { message: string }>;
  const init = `(() => {
    const messages = ${JSON.stringify(Object.fromEntries(Object.entries(de).map(([k, v]) => [k, v.message])))};
    const getMessage = (key, subs) => {
      const text = messages[key];
      if (text === undefined) return '';
      const list = subs === undefined ? [] : [].concat(subs);
      return text.replace(/\\$(\\d)/g, (_, n) => String(list[n - 1] ?? ''));
    };
    Object.defineProperty(chrome.i18n, 'getMessage', { value: getMessage });
    Object.defineProperty(chrome.i18n, 'getUILanguage', { value: () => 'de' });
  })();`;
  const popup = await openAt380(init);
  await popup.getByLabel('Name der Führungskraft').waitFor();
  expect(await clipped(popup)).toEqual([]);
  await popup.close();
});
