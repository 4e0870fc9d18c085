import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { contrast } from './contrast';
import { GMAIL_HEADERS, GMAIL_URL, gmailFixture } from './webmail-fixtures';

const HOST = 'careertalk-compose-button';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(s, { managerName: 'Jordan Kim', managerEmail: 'jordan.kim@example.com' });
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
});
afterAll(async () => {
  await s?.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme}: the compose menu's focused item has a focus indicator of at least 3:1 (computed styles)`, async () => {
    const page = await s.context.newPage();
    await page.goto(GMAIL_URL);
    await page.evaluate((dark) => {
      const w = window as unknown as { ctDark(on: boolean): void; ctOpen(k: string): void };
      w.ctDark(dark);
      w.ctOpen('compose');
    }, theme === 'dark');
    await page.getByRole('button', { name: 'Insert career template', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).waitFor();
    await page.keyboard.press('ArrowDown'); // focus moves by keyboard, as for a keyboard user
    const styles = await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const item = root.activeElement as HTMLElement;
      const cs = getComputedStyle(item);
      const pop = getComputedStyle(root.querySelector('.pop')!);
      return {
        name: item.textContent,
        theme: root.querySelector('.ct')!.getAttribute('data-theme'),
        outlineStyle: cs.outlineStyle,
        outlineWidth: parseFloat(cs.outlineWidth),
        outlineColor: cs.outlineColor,
        itemBackground: cs.backgroundColor,
        menuBackground: pop.backgroundColor,
      };
    }, HOST);
    expect(styles.name).toBe('Agenda');
    expect(styles.theme).toBe(theme);
    expect(styles.outlineStyle).not.toBe('none');
    expect(styles.outlineWidth).toBeGreaterThanOrEqual(2);
    // The indicator against what it sits on: the focused item's background and the menu's around it.
    expect(contrast(styles.outlineColor, styles.itemBackground)).toBeGreaterThanOrEqual(3);
    expect(contrast(styles.outlineColor, styles.menuBackground)).toBeGreaterThanOrEqual(3);
    await page.close();
  });
}
