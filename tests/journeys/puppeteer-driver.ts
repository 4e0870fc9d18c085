import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Name, Role, Tab } from './driver';

const WAIT_MS = 10_000;
const quote = (s: string) => JSON.stringify(s);

type Query = { role?: Role; name: string | { source: string; flags: string } };

/**
 * Elements inside (open) shadow roots with this role and accessible name, in document order.
 * puppeteer's ARIA query over WebDriver BiDi does not look into shadow roots, and the compose
 * button lives in one; this reads the same attributes a browser names elements from.
 */
function inShadowRoots(page: Page, query: Query) {
  return page.evaluateHandle((q: Query) => {
    const implicitRole = (el: Element) =>
      el.getAttribute('role') ??
      ({ BUTTON: 'button', A: el.hasAttribute('href') ? 'link' : '', TEXTAREA: 'textbox', H1: 'heading', H2: 'heading', H3: 'heading' } as Record<string, string>)[el.tagName] ??
      (el.tagName === 'INPUT' ? ((el as HTMLInputElement).type === 'button' ? 'button' : 'textbox') : '');
    const text = (el: Element | null) => ((el as HTMLElement | null)?.innerText ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element) => {
      const root = el.getRootNode() as Document | ShadowRoot;
      const by = el.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => text(root.getElementById(id))).join(' ').trim();
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      const labels = (el as HTMLInputElement).labels;
      if (labels?.length) return [...labels].map(text).join(' ');
      return text(el);
    };
    const matches = (name: string) => (typeof q.name === 'string' ? name === q.name : new RegExp(q.name.source, q.name.flags).test(name));
    const found: Element[] = [];
    const walk = (root: ParentNode, inShadow: boolean) => {
      for (const el of root.querySelectorAll('*')) {
        if (inShadow && (!q.role || implicitRole(el) === q.role) && el.checkVisibility() && matches(nameOf(el))) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot, true);
      }
    };
    walk(document, false);
    return found;
  }, query);
}

/**
 * Finds elements through the browser's accessibility tree (puppeteer's `::-p-aria` over
 * WebDriver BiDi), then inside shadow roots. Firefox also names a <label> by its text; those
 * are skipped so a label query lands on the field itself, or, when the field is not in the
 * tree under that name, on the label's control.
 */
async function all(page: Page, query: Query): Promise<ElementHandle<Element>[]> {
  const found: ElementHandle<Element>[] = [];
  if (typeof query.name === 'string') {
    const aria = `::-p-aria([name=${quote(query.name)}]${query.role ? `[role=${quote(query.role)}]` : ''})`;
    for (const handle of await page.$$(aria)) {
      if (await handle.evaluate((el) => el.tagName !== 'LABEL')) found.push(handle);
      else {
        // Firefox exposes some fields (a file input) as a group; the label still knows its control.
        const control = (await handle.evaluateHandle((el) => (el as HTMLLabelElement).control)).asElement();
        if (control) found.push(control as ElementHandle<Element>);
      }
    }
  } else if (query.role) {
    for (const handle of await page.$$(`::-p-aria([role=${quote(query.role)}])`)) {
      const name = await handle.evaluate((el) => (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim());
      if (new RegExp(query.name.source, query.name.flags).test(name)) found.push(handle);
    }
  }
  const shadow = await inShadowRoots(page, query);
  for (const property of (await shadow.getProperties()).values()) {
    const el = property.asElement();
    if (el) found.push(el as ElementHandle<Element>);
  }
  return found;
}

async function find(page: Page, query: Query, what: string): Promise<ElementHandle<Element>> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const [first] = await all(page, query);
    if (first) return first;
    if (Date.now() > end) throw new Error(`No ${what} on ${await page.evaluate(() => location.href)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const toQuery = (role: Role | undefined, name: Name): Query => ({ role, name: typeof name === 'string' ? name : { source: name.source, flags: name.flags } });
const byRole = (page: Page, role: Role, name: Name) => find(page, toQuery(role, name), `${role} named ${String(name)}`);
const byLabel = (page: Page, label: string) => find(page, toQuery(undefined, label), `field labelled ${quote(label)}`);

/** 'Control+z' → hold Control, press z. */
async function chord(page: Page, keys: string) {
  const parts = keys.split('+') as KeyInput[];
  const key = parts.pop()!;
  for (const m of parts) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of parts.reverse()) await page.keyboard.up(m);
}

/** Waits for a new, complete file in the folder Firefox saves downloads into. */
async function nextDownload(dir: string, before: Set<string>): Promise<{ name: string; path: string }> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const done = readdirSync(dir).filter((f) => !before.has(f) && !f.endsWith('.part'));
    // Firefox writes `name.part` and renames it when complete; the .part is gone once it is done.
    if (done.length && !readdirSync(dir).some((f) => f.endsWith('.part'))) {
      const path = join(dir, done[0]);
      if (statSync(path).size > 0) return { name: done[0], path };
    }
    if (Date.now() > end) throw new Error(`No download appeared in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function puppeteerTab(page: Page, reload: () => Promise<void>, downloadsDir: string): Tab {
  return {
    async click(role, name) {
      await (await byRole(page, role, name)).click();
    },
    async focus(role, name) {
      await (await byRole(page, role, name)).focus();
    },
    async count(role, name) {
      return (await all(page, toQuery(role, name))).length;
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
    async download(button) {
      const before = new Set(readdirSync(downloadsDir));
      await (await byRole(page, 'button', button)).click();
      return nextDownload(downloadsDir, before);
    },
    async upload(label, path) {
      const input = (await byLabel(page, label)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    },
    bringToFront: () => page.bringToFront(),
    reload,
    close: () => page.close(),
  };
}
