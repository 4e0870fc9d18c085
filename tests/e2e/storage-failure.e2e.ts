import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

test('a full disk is explained, the typed text stays, and it is saved once space is back', async () => {
  let popup = await s.openPopup();
  await popup.getByRole('button', { name: 'Start a plan' }).click();
  await popup.getByLabel('Company').fill('Acme');
  // Nothing left in the draft journal (the active plan's snapshot is not a draft).
  await expect.poll(() => popup.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('careertalk:draft:')).length)).toBe(0);

  // Every IndexedDB write now fails the way a full disk makes it fail.
  await popup.evaluate(() => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const w = window as unknown as Record<string, unknown>;
    w.__restore = [IDBObjectStore.prototype.put, IDBCursor.prototype.update];
    IDBObjectStore.prototype.put = quota;
    IDBCursor.prototype.update = quota;
  });
  const company = popup.getByLabel('Company');
  await company.pressSequentially(' Robotics');
  await expect.poll(() => popup.getByRole('alert').innerText()).toContain('out of storage space');
  expect(await company.inputValue()).toBe('Acme Robotics');

  // The person closes the popup while the disk is still full; the journal kept the text.
  await popup.close();
  popup = await s.openPopup();
  await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Acme Robotics');
  await popup.close();
});
