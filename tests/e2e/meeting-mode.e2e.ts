import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { CLEAN_IN_BOTH_SCHEMES, seriousViolationsLightAndDark } from './axe';
import { seedPlan } from './seed';
import { newEntry } from '../../lib/plan/factory';
import type { Plan } from '../../lib/plan/types';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';

let s: ExtensionSession;
let plan: Plan;

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

beforeAll(async () => {
  s = await launchExtension();
  const today = localDay(new Date());
  plan = await seedPlan(s, {
    myName: 'Sam Ortiz',
    managerName: 'Dana Whitfield',
    managerEmail: 'dana@example.com',
    company: 'Northwind Traders',
    currentRole: 'Data analyst',
    meetingAt: `${today}T09:00`,
    meetingMinutes: 30,
    selfAssessment: {
      strengths: [newEntry('Turning messy data into clear dashboards')],
      areasToImprove: [newEntry('Presenting to senior leaders')],
      interests: [newEntry('Customer analytics')],
      energizers: [],
      underusedSkills: [],
      vision: 'Leading a small analytics team',
    },
    paths: [{ id: 'p1', role: 'Analytics lead, Customer team', moveType: 'vertical', qualifications: '', gaps: '', notes: '' }],
    goals: [{ id: 'g1', kind: 'lead-project', text: 'Lead analytics projects', request: 'Lead the Q1 churn dashboard project' }],
    agenda: [
      { id: 'a1', section: 'current-role', text: 'What is going well in my role' },
      { id: 'a2', section: 'goals', text: 'Leading the churn dashboard' },
      { id: 'a3', section: 'feedback', text: 'Your view of my strengths' },
    ],
  });
});
afterAll(async () => {
  await s?.close();
});

type StoredItem = { text: string; owner: string; ownerName: string; due: string; order: number };
const stored = async (p: Page) => ((await readRecords(p, ['actionItems'])).actionItems as StoredItem[]).sort((a, b) => a.order - b.order);

async function capture(page: Page, line: string) {
  const box = page.getByRole('textbox', { name: 'Next step agreed' });
  await box.fill(line);
  await box.press('Enter');
  return page.getByRole('form', { name: 'Check this next step' }).last();
}

test('a meeting in meeting mode: three lines said become three action items with owners and dates, then the recap is ready', async () => {
  const planner = await s.openPlanner('#meeting');
  await planner.getByRole('link', { name: 'Start meeting mode' }).click();
  await planner.waitForURL(/meeting\.html\?plan=/);
  const page = planner;
  await page.getByRole('heading', { name: 'Meeting mode', level: 1 }).waitFor();

  // The person's own notes and questions from their goals, in view.
  await page.getByText('Turning messy data into clear dashboards').waitFor();
  await page.getByText('Analytics lead, Customer team').waitFor();
  await page.getByText(/My goal: Lead the Q1 churn dashboard project\. Which coming project/).waitFor();
  // The timer splits the 30 minutes across the agenda: open, three topics, close.
  const parts = page.getByRole('list', { name: 'Parts of the meeting' }).getByRole('listitem');
  expect(await parts.allInnerTexts()).toEqual([
    expect.stringMatching(/^Thanks and purpose\s+3 min/),
    expect.stringMatching(/^What is going well in my role\s+7 min/),
    expect.stringMatching(/^Leading the churn dashboard\s+7 min/),
    expect.stringMatching(/^Your view of my strengths\s+7 min/),
    expect.stringMatching(/^Takeaways and next steps\s+5 min/),
  ]);
  await page.getByRole('button', { name: 'Start the timer' }).click();
  await expect.poll(() => page.locator('.meeting-clock-time').innerText(), { timeout: 5000 }).not.toBe('0:00');
  await page.getByRole('button', { name: 'Pause the timer' }).click();
  expect(await page.locator('[aria-current="step"]').innerText()).toMatch(/^Thanks and purpose/);

  expect(await seriousViolationsLightAndDark(page)).toEqual(CLEAN_IN_BOTH_SCHEMES);

  // 1: clear, my step with an absolute date.
  let card = await capture(page, 'I will write the scope by 11 December 2030');
  expect(await card.getByLabel('What').inputValue()).toBe('write the scope');
  expect(await card.getByLabel('Who').inputValue()).toBe('me');
  expect(await card.getByLabel('Due date').inputValue()).toBe('2030-12-11');
  await card.getByRole('button', { name: 'Add to next steps' }).click();
  await page.getByRole('status').getByText('Added: write the scope').waitFor();

  // 2: the manager's step ("you"), a relative date.
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  card = await capture(page, "you'll introduce me to Marco tomorrow");
  expect(await card.getByLabel('Who').inputValue()).toBe('manager');
  expect(await card.getByLabel('Due date').inputValue()).toBe(localDay(tomorrow));
  await card.getByRole('button', { name: 'Add to next steps' }).click();
  await page.getByRole('status').getByText('Added: introduce me to Marco').waitFor();

  // 3: a named person and a date that can be read two ways: nothing is added until the person picks.
  card = await capture(page, 'Marco will share the churn dashboard by 12/11/2030');
  expect(await card.getByLabel('Who').inputValue()).toBe('other');
  expect(await card.getByLabel('Their name').inputValue()).toBe('Marco');
  await card.getByText('“by 12/11/2030” could mean more than one day. Which one?').waitFor();
  expect(await seriousViolationsLightAndDark(page)).toEqual(CLEAN_IN_BOTH_SCHEMES);
  await card.getByRole('button', { name: 'Add to next steps' }).click();
  await card.getByText('Answer the question above first.').waitFor();
  expect(await stored(page)).toHaveLength(2);
  await card.getByRole('radio', { name: /Dec.*11.*2030/ }).check();
  await card.getByRole('button', { name: 'Add to next steps' }).click();
  await page.getByRole('status').getByText('Added: share the churn dashboard').waitFor();

  await expect.poll(async () => (await stored(page)).length).toBe(3);
  const items = await stored(page);
  expect(items.map(({ text, owner, ownerName, due }) => ({ text, owner, ownerName, due }))).toEqual([
    { text: 'write the scope', owner: 'me', ownerName: '', due: '2030-12-11' },
    { text: 'introduce me to Marco', owner: 'manager', ownerName: '', due: localDay(tomorrow) },
    { text: 'share the churn dashboard', owner: 'other', ownerName: 'Marco', due: '2030-12-11' },
  ]);

  // Close: the takeaways and next steps read back, then the Recap stage with the recap ready.
  await page.getByRole('button', { name: 'Close the meeting' }).click();
  const readBack = page.locator('.read-back-steps li');
  expect(await readBack.allInnerTexts()).toEqual([
    expect.stringMatching(/^Me: write the scope, by .*2030$/),
    expect.stringMatching(/^Dana Whitfield: introduce me to Marco, by /),
    expect.stringMatching(/^Marco: share the churn dashboard, by .*2030$/),
  ]);
  await page.getByRole('button', { name: 'Add takeaway' }).click();
  await page.keyboard.type('Dana sees presenting as my next step');
  expect(await seriousViolationsLightAndDark(page)).toEqual(CLEAN_IN_BOTH_SCHEMES);
  await page.getByRole('button', { name: 'End the meeting and write the recap' }).click();
  await page.waitForURL(/planner\.html#recap$/);
  const recap = page.getByRole('document', { name: 'Recap email' });
  await recap.waitFor();
  const text = await recap.innerText();
  expect(text).toContain('I will write the scope by');
  expect(text).toContain('You will introduce me to Marco by');
  expect(text).toContain('Marco will share the churn dashboard by');
  expect(text).not.toMatch(/\[Due date\]|\[Action item/);
  expect(await seriousViolationsLightAndDark(page)).toEqual(CLEAN_IN_BOTH_SCHEMES);
  await page.close();
});

test('meeting mode opens as a small window of its own, and ending it opens the Recap stage in a tab', async () => {
  const planner = await s.openPlanner('#meeting');
  const popup = s.context.waitForEvent('page');
  await planner.getByRole('button', { name: 'Open in a small window' }).click();
  const small = await popup;
  await small.waitForURL(/meeting\.html\?plan=.*window=small/);
  await small.getByRole('heading', { name: 'Meeting mode', level: 1 }).waitFor();
  // Nothing runs sideways at that width (the test browser sets every page's viewport itself).
  await small.setViewportSize({ width: 460, height: 820 });
  expect(await small.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await small.getByRole('button', { name: 'Close the meeting' }).click();
  const recapTab = s.context.waitForEvent('page');
  await small.getByRole('button', { name: 'End the meeting and write the recap' }).click();
  const tab = await recapTab;
  await tab.waitForURL(/planner\.html#recap$/);
  await tab.getByRole('document', { name: 'Recap email' }).waitFor();
  await expect.poll(() => small.isClosed()).toBe(true);
  await tab.close();
  await planner.close();
});

test('lines are read in the plan’s email language, not the browser’s: English interface, German plan', async () => {
  const german = await seedPlan(s, { myName: 'Sam Ortiz', managerName: 'Dana Weber', company: 'Nordwind', emailLanguage: 'de', formality: 'formal' });
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/meeting.html?plan=${german.id}`);
  // The interface stays English…
  await page.getByRole('heading', { name: 'Meeting mode', level: 1 }).waitFor();
  // …and the notes are read as German, the plan's language (the person can still pick another).
  expect(await page.getByLabel('Language of your notes').inputValue()).toBe('de');
  const card = await capture(page, 'Ich schicke Marco den Entwurf bis Freitag');
  expect(await card.getByLabel('Who').inputValue()).toBe('me');
  expect(await card.getByLabel('What').inputValue()).toBe('schicke Marco den Entwurf');
  const today = new Date();
  if (today.getDay() === 5) {
    // Said on a Friday, "bis Freitag" is today or next week: the parser asks.
    await card.getByRole('radio').first().waitFor();
  } else {
    const friday = new Date(today);
    friday.setDate(today.getDate() + ((5 - today.getDay() + 7) % 7));
    expect(await card.getByLabel('Due date').inputValue()).toBe(localDay(friday));
  }
  // Read as English, the same line would have made "Ich" the owner and found no date.
  await page.getByLabel('Language of your notes').selectOption('en');
  const english = await capture(page, 'Ich schicke Marco den Entwurf bis Freitag');
  expect(await english.getByLabel('Due date').inputValue()).toBe('');
  await page.close();
});
