import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seriousViolations } from './axe';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

test('the popup has no serious accessibility violations, empty or filled, light or dark', async () => {
  const popup = await s.openPopup();
  await popup.getByRole('button', { name: 'Start a plan' }).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'Start a plan' }).click();
  await popup.getByLabel("Manager's name").fill('Dana');
  await popup.getByLabel('Your first goal').fill('Get a raise');
  await popup.getByLabel('Company').click();
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(popup)).toEqual([]);
  // Control: the check does catch a real problem (an unlabelled field).
  await popup.evaluate(() => document.body.append(Object.assign(document.createElement('input'), { id: 'unlabelled' })));
  expect((await seriousViolations(popup)).map((v) => v.id)).toContain('label');
  await popup.close();
});

test('the popup can be set up with the keyboard alone', async () => {
  const popup = await s.openPopup();
  await popup.getByLabel("Manager's name").waitFor();
  await popup.getByLabel("Manager's name").focus();
  await popup.keyboard.press('Control+A');
  await popup.keyboard.type('Sam Keyboard');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('sam@example.com');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Control+A');
  await popup.keyboard.type('Keyboard Inc');
  expect(await popup.evaluate(() => document.activeElement?.id && document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent)).toBe('Company');
  // The focused control always shows a visible focus ring.
  const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await popup.close();
  const again = await s.openPopup();
  await expect.poll(() => again.getByLabel("Manager's name").inputValue()).toBe('Sam Keyboard');
  await expect.poll(() => again.getByLabel("Manager's email").inputValue()).toBe('sam@example.com');
  await expect.poll(() => again.getByLabel('Company').inputValue()).toBe('Keyboard Inc');
});
