import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { CLEAN_IN_BOTH_SCHEMES, seriousViolations, seriousViolationsLightAndDark } from './axe';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  expect(s.outbound).toEqual([]);
  await s?.close();
});

const EDITED_BODY = [
  'Hi {{managerFirstName}},',
  '',
  'A short note about growing at {{company}} before our talk.',
  '',
  '{{#actionItems}}',
  '- {{sentence}}',
  '{{/actionItems}}',
].join('\n');

test('edit a template in the planner, see the preview change, save, and copy the edited text from the popup', async () => {
  const plan = await seedPlan(
    s,
    { managerName: 'Ana Silva', managerEmail: 'ana@example.com', myName: 'Sam', company: 'Northwind <Labs>', meetingAt: '2030-03-12T14:30' },
    [{ text: 'Research the AWS certification', owner: 'me', due: '2030-03-20' }],
  );

  const planner = await s.openPlanner('#templates');
  await planner.getByRole('heading', { name: 'Email templates', level: 2 }).waitFor();
  const preview = planner.getByTestId('template-preview-body');
  await expect.poll(() => preview.innerText()).toContain('career development conversation');
  expect(await preview.innerText()).toContain('Northwind <Labs>');

  await planner.getByRole('button', { name: 'Duplicate and edit “Meeting request”' }).click();
  const body = planner.getByLabel('Body', { exact: true });
  await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);

  // A syntax error is shown with its line, and nothing is saved.
  await body.fill('Hi {{managerFirstName}},\n\n{{#actionItems}}\n- {{sentence}}');
  await expect.poll(() => planner.getByTestId('template-syntax-error').innerText()).toMatch(/^Line 3: .*never closed/);
  expect(await planner.getByTestId('template-status').innerText()).toContain('Not saved');
  // The broken text is not lost when the tab is reloaded: it comes back with its error.
  await planner.reload();
  await planner.getByRole('button', { name: 'Meeting request (my version)', exact: true }).click();
  await expect.poll(() => planner.getByLabel('Body', { exact: true }).inputValue()).toBe('Hi {{managerFirstName}},\n\n{{#actionItems}}\n- {{sentence}}');
  await expect.poll(() => planner.getByTestId('template-syntax-error').innerText()).toMatch(/^Line 3: .*never closed/);

  // A valid edit: the preview follows it and it is saved.
  await body.fill(EDITED_BODY);
  await expect.poll(() => preview.innerText()).toContain('A short note about growing at Northwind <Labs> before our talk.');
  expect(await preview.innerHTML()).toContain('<li>I will research the AWS certification by');
  await planner.getByLabel('Subject', { exact: true }).fill('Quick note for {{managerName}}');
  await expect.poll(() => planner.getByTestId('template-preview-subject').innerText()).toBe('Quick note for Ana Silva');
  await expect.poll(() => planner.getByTestId('template-status').innerText()).toBe('All changes saved.');
  await planner.getByRole('button', { name: 'Meeting request (my version)', exact: true, pressed: true }).waitFor();

  // The editor, its error and its preview pass axe (serious and critical rules), light and dark.
  expect(await seriousViolationsLightAndDark(planner, '.templates-stage')).toEqual(CLEAN_IN_BOTH_SCHEMES);

  // Insert a variable at the caret.
  await body.focus();
  await body.press('Control+End');
  await planner.getByText('Variables you can insert').click();
  await planner.getByRole('button', { name: /^Insert meetingDate/ }).click();
  await expect.poll(() => body.inputValue()).toMatch(/\{\{meetingDate\}\}$/);
  await expect.poll(() => preview.innerText()).toMatch(/March 12/);
  await expect.poll(() => planner.getByTestId('template-status').innerText()).toBe('All changes saved.');

  // Copy from the popup: both HTML and plain text, with the edited text.
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await s.openPopup();
  const copyButton = popup.getByRole('button', { name: 'Copy Meeting request (my version)' });
  await copyButton.click();
  await popup.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  expect(await seriousViolations(popup, '.copy-templates-section')).toEqual([]);
  const clip = await popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: item.types,
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
  expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(clip.text).toMatch(/^Hi Ana,\n\nA short note about growing at Northwind <Labs> before our talk\.\n\n- I will research the AWS certification by .+\n/);
  expect(clip.html).toContain('A short note about growing at Northwind &lt;Labs&gt; before our talk.');
  expect(clip.html).toContain('<ul><li>I will research the AWS certification by');

  // The copy is recorded on the plan.
  const sent = (await readRecords(popup, ['plans'])).plans.find((p: { id: string }) => p.id === plan.id).emailsSent;
  expect(sent).toEqual([expect.objectContaining({ kind: 'meeting-request', via: 'clipboard' })]);
  await popup.close();
  await planner.close();
});
