import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  const popup = await s.openPopup();
  await popup.getByRole('button', { name: 'Start a plan' }).click();
  await popup.getByLabel("Manager's name").fill('Secret Manager');
  await popup.close();
});
afterAll(async () => {
  expect(s.outbound).toEqual([]);
  await s?.close();
});

test('a web page cannot reach the extension: no messaging, no web-accessible pages, no shared storage', async () => {
  await s.serve('https://attacker.example/**', '<!doctype html><title>attacker</title><p>hello</p>');
  const page = await s.context.newPage();
  await page.goto('https://attacker.example/');
  const probe = await page.evaluate(async (id) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
    let fetched = 'blocked';
    try {
      const res = await fetch(`chrome-extension://${id}/popup.html`);
      fetched = `status ${res.status}`;
    } catch {
      fetched = 'blocked';
    }
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    return { canMessage: typeof w.chrome?.runtime?.sendMessage, fetched, dbs };
  }, s.extensionId);
  expect(probe.canMessage).toBe('undefined');
  expect(probe.fetched).toBe('blocked');
  expect(probe.dbs).not.toContain('careertalk');
  await page.close();
});
