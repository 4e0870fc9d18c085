import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import type { Role, Tab } from './driver';

const WAIT_MS = 10_000;
const quote = (s: string) => JSON.stringify(s);

/**
 * Finds elements through the browser's accessibility tree (puppeteer's `::-p-aria` over
 * WebDriver BiDi), so open and closed shadow roots alike are searched. Firefox also names a
 * <label> by its text; those are skipped so a label query lands on the field itself.
 */
async function find(page: Page, query: string, what: string): Promise<ElementHandle<Element>> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    for (const handle of await page.$$(`::-p-aria(${query})`)) {
      if (await handle.evaluate((el) => el.tagName !== 'LABEL')) return handle;
    }
    if (Date.now() > end) throw new Error(`No ${what} on ${await page.evaluate(() => location.href)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const byRole = (page: Page, role: Role, name: string) => find(page, `[name=${quote(name)}][role=${quote(role)}]`, `${role} named ${quote(name)}`);
const byLabel = (page: Page, label: string) => find(page, `[name=${quote(label)}]`, `field labelled ${quote(label)}`);

/** 'Control+z' → hold Control, press z. */
async function chord(page: Page, keys: string) {
  const parts = keys.split('+') as KeyInput[];
  const key = parts.pop()!;
  for (const m of parts) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of parts.reverse()) await page.keyboard.up(m);
}

export function puppeteerTab(page: Page, reload: () => Promise<void>): Tab {
  return {
    async click(role, name) {
      await (await byRole(page, role, name)).click();
    },
    async focus(role, name) {
      await (await byRole(page, role, name)).focus();
    },
    async count(role, name) {
      const handles = await page.$$(`::-p-aria([name=${quote(name)}][role=${quote(role)}])`);
      return handles.length;
    },
    async type(label, text) {
      const field = await byLabel(page, label);
      await field.focus();
      await field.evaluate((el) => {
        const input = el as HTMLInputElement;
        input.setSelectionRange?.(input.value.length, input.value.length);
      });
      await page.keyboard.type(text);
    },
    async fill(label, text) {
      const field = await byLabel(page, label);
      // Date and time pickers take no keystrokes of a whole value: set it as the picker would.
      const picker = await field.evaluate((el) => ['date', 'datetime-local', 'time', 'month'].includes((el as HTMLInputElement).type));
      if (picker) {
        await field.evaluate((el, value) => {
          const input = el as HTMLInputElement;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, text);
        return;
      }
      await field.focus();
      await field.evaluate((el) => (el as HTMLInputElement).select?.());
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
    },
    async value(label) {
      return (await byLabel(page, label)).evaluate((el) => (el as HTMLInputElement).value);
    },
    press: (keys) => chord(page, keys),
    keyboard: (text) => page.keyboard.type(text),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    reload,
    close: () => page.close(),
  };
}
