import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { GMAIL_URL, gmailFixture } from './webmail-fixtures';

// Gmail may tighten its Content Security Policy. The compose watcher relies on a CSS
// sentinel injected by the content script; this checks it still works when the page
// forbids inline styles and scripts need Trusted Types.
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(s, { managerName: 'Dana Whitfield', managerEmail: 'dana@example.com', company: 'Northwind' });
  await s.serve('https://mail.google.com/**', gmailFixture(), {
    'content-security-policy': "require-trusted-types-for 'script'; style-src 'nonce-abc'; script-src 'unsafe-inline'",
  });
});
afterAll(async () => {
  await s?.close();
});

test('under a strict style-src policy the button still appears and inserts', async () => {
  const page = await s.context.newPage();
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(k: string): void }).ctOpen('compose'));
  const button = page.getByRole('button', { name: 'Insert career template', exact: true });
  await expect.poll(() => button.count(), { timeout: 5000 }).toBe(1);
  await button.click();
  await page.getByRole('menuitem', { name: 'Meeting request', exact: true }).click();
  await expect.poll(() => page.locator('[g_editable=true]').innerText()).toContain('Hi Dana');
  await page.close();
});
