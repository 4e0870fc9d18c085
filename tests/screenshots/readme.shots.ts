import { afterAll, beforeAll, test } from 'vitest';
import { launchExtension, type ExtensionSession } from '../e2e/harness';
import { seedPlan } from '../e2e/seed';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await seedPlan(
    s,
    {
      myName: 'Alex Rivera',
      currentRole: 'Backend engineer',
      managerName: 'Dana Whitfield',
      managerEmail: 'dana@example.com',
      company: 'Northwind Labs',
      meetingAt: '2026-12-03T10:30',
      goals: [
        { id: 'g1', kind: 'lead-project', text: 'Experience leading people', request: 'Lead the Q3 billing migration' },
        { id: 'g2', kind: 'mentor', text: 'Learn how staff engineers work', request: 'Pair me with a staff engineer as a mentor' },
      ],
      agenda: [
        { id: 'ag1', section: 'current-role', text: 'My role as a backend engineer: what is going well, what I would change' },
        { id: 'ag2', section: 'long-term', text: 'Where I want to be in two to five years: leading a small platform team' },
        { id: 'ag3', section: 'goals', text: 'My development goals, and where you could help' },
        { id: 'ag4', section: 'feedback', text: 'Your feedback: my strengths and the one area to develop' },
      ],
      selfAssessment: {
        strengths: [{ id: 's1', text: 'Debugging hard production problems' }],
        areasToImprove: [{ id: 'a1', text: 'Delegating' }],
        interests: [{ id: 'i1', text: 'Platform work' }],
        energizers: [],
        underusedSkills: [],
        vision: 'Lead a small platform team within three years.',
      },
    },
    [{ text: 'Research the AWS Solutions Architect certification', owner: 'me', due: '2026-12-15' }],
  );
});
afterAll(async () => {
  await s?.close();
});

test('popup', async () => {
  const popup = await s.openPopup();
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.getByLabel("Manager's name").waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: 'docs/screenshots/popup.png', fullPage: true });
  await popup.close();
});

test('planner', async () => {
  const planner = await s.openPlanner('#goals');
  await planner.setViewportSize({ width: 1200, height: 1000 });
  await planner.getByLabel('Goal 1: kind').waitFor();
  await planner.screenshot({ path: 'docs/screenshots/planner.png' });
  await planner.close();
});

test('gmail compose after inserting the meeting request', async () => {
  const { gmailFixture, GMAIL_HEADERS, GMAIL_URL } = await import('../e2e/webmail-fixtures');
  await s.serve('https://mail.google.com/**', gmailFixture(), GMAIL_HEADERS);
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(GMAIL_URL);
  await page.evaluate(() => (window as unknown as { ctOpen(kind: string): void }).ctOpen('compose'));
  await page.getByRole('button', { name: 'Insert career template' }).click();
  await page.getByRole('menuitem', { name: 'Meeting request' }).waitFor();
  await page.getByRole('menuitem', { name: 'Meeting request' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshots/gmail-inserted.png' });
  await page.close();
});

test('printed meeting sheet', async () => {
  const planner = await s.openPlanner('#meeting');
  await planner.getByRole('button', { name: 'Print meeting sheet' }).waitFor();
  // An A4 page at 96 dpi, rendered with the print stylesheet the browser's Print uses.
  await planner.setViewportSize({ width: 794, height: 1123 });
  await planner.emulateMedia({ media: 'print', colorScheme: 'light' });
  // The page margins of the print (@page) do not apply to a screenshot: the same space as padding.
  await planner.evaluate(() => (document.body.style.padding = '52px 60px'));
  await planner.screenshot({ path: 'docs/screenshots/meeting-sheet.png', fullPage: true });
  await planner.close();
});
