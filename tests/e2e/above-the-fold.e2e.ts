import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import { seriousViolations } from './axe';
import { newEntry } from '../../lib/plan/factory';

// "Nothing important below the fold": on a 640 px-high window, wide or phone-narrow, every
// planner page shows its heading and its first primary control without scrolling, in English
// and German (longer words), light and dark. Names come from the locale files, so one table
// of message keys serves both languages.
// CAREERTALK_FOLD_SHOTS=<dir> saves a screenshot of every case there (failures are always saved
// under .output/fold-shots).

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages => JSON.parse(readFileSync(resolve(`public/_locales/${lang}/messages.json`), 'utf8'));
const say = (m: Messages, key: string, ...subs: string[]) => m[key].message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');

interface Case {
  hash: string;
  heading: (m: Messages) => string;
  /** The page's first primary control (on History, its table's caption; on a list page, the list's first control). */
  primary: (page: Page, m: Messages) => Locator;
}
const button = (name: string) => (page: Page) => page.getByRole('main').getByRole('button', { name, exact: true });
/** A list page's first control: its first entry's first field, or its Add button while it is empty. */
const firstOfList = (page: Page) =>
  page.getByRole('main').locator('.list-editor').first().locator(':is(.list-items input, .list-items textarea, .list-items select, .list-add)');
const CASES: Case[] = [
  { hash: 'self-assessment', heading: (m) => say(m, 'stageSelfTitle'), primary: firstOfList },
  { hash: 'career-paths', heading: (m) => say(m, 'stagePathsTitle'), primary: firstOfList },
  { hash: 'goals', heading: (m) => say(m, 'stageGoalsTitle'), primary: firstOfList },
  { hash: 'agenda', heading: (m) => say(m, 'stageAgendaTitle'), primary: (p, m) => button(say(m, 'stageAgendaPropose'))(p) },
  { hash: 'meeting', heading: (m) => say(m, 'stageMeetingTitle'), primary: (p, m) => p.getByRole('main').getByRole('link', { name: say(m, 'meetingModeStart'), exact: true }) },
  { hash: 'recap', heading: (m) => say(m, 'stageRecapTitle'), primary: (p, m) => button(say(m, 'recapReadyCopy'))(p) },
  { hash: 'check-ins', heading: (m) => say(m, 'stageCheckInsTitle'), primary: firstOfList },
  { hash: 'history', heading: (m) => say(m, 'plannerRouteHistory'), primary: (p) => p.getByRole('main').locator('table caption') },
  { hash: 'templates', heading: (m) => say(m, 'templatesTitle'), primary: (p, m) => button(say(m, 'templateNameMeetingRequest'))(p) },
  { hash: 'data', heading: (m) => say(m, 'dataTitle'), primary: (p, m) => button(say(m, 'dataExportAll'))(p) },
];
const VIEWPORTS = [
  { width: 1024, height: 640 },
  { width: 380, height: 640 },
];

/**
 * A plan in mid-flight: facts filled in, some of every stage, the meeting yesterday with its takeaway noted
 * (the recap banner shows; the recap's review has nothing to flag, so Copy is the first control there).
 */
async function seed(s: ExtensionSession) {
  const yesterday = new Date(Date.now() - 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const meetingAt = `${yesterday.getFullYear()}-${p(yesterday.getMonth() + 1)}-${p(yesterday.getDate())}T10:30`;
  await seedPlan(
    s,
    {
      myName: 'Alex Rivera',
      currentRole: 'Data analyst',
      managerName: 'Dana Whitfield',
      managerEmail: 'dana@example.com',
      company: 'Northwind Traders',
      meetingAt,
      selfAssessment: {
        strengths: [newEntry('Turning messy data into clear dashboards'), newEntry('Explaining numbers to non-analysts')],
        areasToImprove: [newEntry('Presenting to leadership')],
        interests: [newEntry('Forecasting')],
        energizers: [],
        underusedSkills: [],
        vision: 'Leading a small analytics team.',
      },
      goals: [
        { id: 'g1', kind: 'lead-project', text: 'Lead an analytics project', request: 'Lead the Q1 2027 customer-churn dashboard project' },
        { id: 'g2', kind: 'mentor', text: 'A mentor in data science', request: 'Monthly mentoring with a senior data scientist' },
      ],
      agenda: [
        { id: 'a1', section: 'current-role', text: 'What goes well in my role' },
        { id: 'a2', section: 'long-term', text: 'Where I want to be in three years' },
        { id: 'a3', section: 'goals', text: 'The churn dashboard project' },
      ],
      meeting: { notes: '', strengthsFeedback: '', growthFeedback: '', opportunities: '', takeaways: [newEntry('Dana sees presenting as my next step')] },
      checkIns: [{ id: 'c1', date: meetingAt.slice(0, 10), notes: 'Started the scope', progress: {} }],
    },
    [
      { text: 'Write the dashboard scope', owner: 'me', due: '2027-01-11' },
      { text: 'Introduce me to Marco', owner: 'manager', due: '2027-01-08' },
    ],
  );
}

const sessions: Record<string, ExtensionSession> = {};
beforeAll(async () => {
  for (const lang of ['en', 'de']) {
    sessions[lang] = await launchExtension(lang === 'en' ? {} : { uiLanguage: lang });
    await seed(sessions[lang]);
  }
});
afterAll(async () => {
  for (const s of Object.values(sessions)) await s.close();
});

/**
 * How far a box sticks out of the window (0 when it is on screen): all of its height, and its
 * start (a wide table scrolls sideways inside its own box; sideways page scroll is long-values.e2e.ts's).
 */
async function outside(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return Infinity;
    return Math.max(0, -r.top, r.bottom - innerHeight, -r.left, r.left + 1 - innerWidth);
  });
}

for (const lang of ['en', 'de']) {
  test(`${lang}: every planner page shows its heading and first primary control without scrolling at 1024×640 and 380×640, light and dark${lang === 'en' ? ', axe clean' : ''}`, async () => {
    const s = sessions[lang];
    const m = messages(lang);
    const page = await s.openPlanner('#self-assessment');
    const shots = process.env.CAREERTALK_FOLD_SHOTS;
    const failShots = resolve('.output/fold-shots');
    const problems: string[] = [];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const c of CASES) {
          await page.goto(page.url().replace(/#.*$/, '') + `#${c.hash}`);
          const heading = page.getByRole('heading', { name: c.heading(m), exact: true, level: 2 });
          const primary = c.primary(page, m);
          await heading.waitFor();
          await primary.first().waitFor();
          // The page is at its top, as a person arriving there sees it.
          await page.evaluate(() => window.scrollTo(0, 0));
          const name = `${lang}-${viewport.width}x${viewport.height}-${scheme}-${c.hash}.png`;
          const off = { heading: await outside(heading), primary: await outside(primary.first()) };
          if (off.heading || off.primary) {
            problems.push(`#${c.hash} ${viewport.width}×${viewport.height} ${scheme}: heading ${off.heading} px, primary control ${off.primary} px below the fold`);
            mkdirSync(failShots, { recursive: true });
            await page.screenshot({ path: join(failShots, name) });
          }
          // The new narrow layout, the Plan details bar and the intros' More button pass axe (checked once, in English).
          if (lang === 'en') {
            const violations = await seriousViolations(page);
            if (violations.length) problems.push(`#${c.hash} ${viewport.width}×${viewport.height} ${scheme}: axe ${JSON.stringify(violations)}`);
          }
          if (shots) {
            mkdirSync(shots, { recursive: true });
            await page.screenshot({ path: join(shots, name) });
          }
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });
}

test('in a narrow window a long introduction shows its first lines and a More button (aria-expanded) for the rest', async () => {
  const s = sessions.en;
  const page = await s.openPlanner('#recap');
  await page.setViewportSize({ width: 380, height: 640 });
  const intro = page.locator('[data-stage="recap"] .stage-intro');
  const more = page.getByRole('button', { name: 'More about this step' });
  await more.waitFor();
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  expect(await more.getAttribute('aria-controls')).toBe(await intro.getAttribute('id'));
  const cut = (await intro.boundingBox())!.height;
  // The whole text is in the page all along (screen readers read it all).
  expect(await intro.textContent()).toContain('it uses the action items below');
  await more.click();
  const less = page.getByRole('button', { name: 'Less', exact: true });
  expect(await less.getAttribute('aria-expanded')).toBe('true');
  expect((await intro.boundingBox())!.height).toBeGreaterThan(cut + 20);
  await less.click();
  await more.waitFor();
  // Wide, nothing is cut and no button shows.
  await page.setViewportSize({ width: 1200, height: 900 });
  await expect.poll(() => more.count()).toBe(0);
  await page.close();
});
