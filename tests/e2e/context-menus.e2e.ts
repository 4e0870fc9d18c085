import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { seedPlan } from './seed';
import type { Plan } from '../../lib/plan/types';
import { readRecords } from '../../scripts/bench/lib/raw-db.mjs';

/**
 * Each context-menu action, run through the background's own click handler on a real
 * page. Playwright cannot click native menus, so the test (1) grants `activeTab` the
 * way a user gesture does, through Chromium's Extensions.triggerAction (needs
 * --enable-unsafe-extension-debugging), and (2) calls the handler the menu's onClicked
 * listener calls, which the worker keeps on its global scope for this purpose.
 */

const PAGE = `<!doctype html><html><head><title>Acme Careers – Senior Platform Engineer</title></head><body>
<h1>Jobs</h1>
<textarea id="ta" rows="8" cols="60">Notes: </textarea>
<div id="ce" contenteditable="true" style="min-height:40px;border:1px solid"><p>Dear team,</p></div>
<article id="posting"><h2>Senior Platform Engineer</h2><ul><li>5+ years running Kubernetes in production</li><li>Led a migration across teams</li></ul></article>
<p id="strength">Explains complex systems clearly</p>
<script>
  window.inputEvents = [];
  for (const id of ['ta', 'ce']) document.getElementById(id).addEventListener('input', (e) => window.inputEvents.push(id + ':' + e.inputType));
</script>
</body></html>`;

/** The extension APIs as seen inside the service worker (only the calls this test makes). */
interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  alarms: { create(name: string, info: { when: number }): Promise<void>; getAll(): Promise<{ name: string }[]> };
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
}
declare const chrome: ChromeApi;

let s: ExtensionSession;
let page: Page;
let tabId: number;

type Click = { menuItemId: string; frameId?: number; selectionText?: string; pageUrl?: string };

async function click(info: Click) {
  return s.worker.evaluate(
    ({ info, tabId }) =>
      (globalThis as unknown as { __careertalkMenus: { click(i: unknown, t: unknown): Promise<unknown> } }).__careertalkMenus.click(info, { id: tabId }),
    { info: { frameId: 0, ...info }, tabId },
  ) as Promise<{ ok: boolean; how?: string; reason?: string }>;
}

async function readPlan(id: string): Promise<Plan> {
  return (await readRecords(s.worker, ['plans'])).plans.find((p: Plan) => p.id === id);
}

/** What a click on a context-menu item does for the browser: grant activeTab on that tab. */
async function grantActiveTab() {
  const cdp = await s.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const tab = (targetInfos as { type: string; url: string; targetId: string }[]).find((t) => t.url.startsWith('https://example.test/'));
  await cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: tab!.targetId } as never);
  await cdp.detach();
  // The action opens the popup; close it so the page keeps the focus.
  for (const p of s.context.pages()) if (p.url().includes('/popup.html')) await p.close();
  await page.bringToFront();
}

beforeAll(async () => {
  s = await launchExtension({ args: ['--enable-unsafe-extension-debugging'] });
  await s.serve('https://example.test/**', PAGE);
  page = await s.context.newPage();
  await page.goto('https://example.test/jobs/42');
});

afterAll(async () => {
  await s?.close();
});

test('with no plan yet, a menu item says so and opens the planner', async () => {
  const opened = s.context.waitForEvent('page', { predicate: (p) => p.url().includes('/planner.html') });
  const r = await click({ menuItemId: 'careertalk-save-strength', selectionText: 'Explains complex systems clearly' });
  expect(r).toMatchObject({ ok: false, reason: 'no-plan' });
  const planner = await opened;
  expect(planner.url()).toMatch(/planner\.html#self-assessment$/);
  await planner.close();
});

test('insert, copy and save on a real page', async () => {
  const plan = await seedPlan(
    s,
    {
      managerName: 'Jordan Diaz',
      managerEmail: 'jordan@example.com',
      company: 'Acme',
      goals: [{ id: 'g1', kind: 'lead-project', text: 'Lead a project', request: 'Lead the Q3 billing migration' }],
      selfAssessment: { strengths: [{ id: 's1', text: 'Debugging' }], areasToImprove: [], interests: [], energizers: [], underusedSkills: [], vision: 'Staff engineer <in 3 years>' },
    },
    [{ text: 'Ask Priya about shadowing', due: '2026-05-20' }],
  );
  await grantActiveTab();
  tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.startsWith('https://example.test/'))!.id!);

  // Short summary into the textarea, at the caret (after "Notes: ").
  await page.click('#ta');
  await page.keyboard.press('End');
  expect(await click({ menuItemId: 'careertalk-insert-short' })).toMatchObject({ ok: true, how: 'textarea' });
  const ta = await page.inputValue('#ta');
  expect(ta).toMatch(/^Notes: Career development plan with Jordan Diaz at Acme\n+Goals:\n- Lead a project: Lead the Q3 billing migration\n+Next steps:\n- I will ask Priya about shadowing by May 20\.$/);
  // Undo works like typing (execCommand kept the page's undo history).
  await page.keyboard.press('Control+z');
  expect(await page.inputValue('#ta')).toBe('Notes: ');

  // Full summary into the contenteditable: rich, escaped.
  await page.click('#ce p');
  await page.keyboard.press('End');
  expect(await click({ menuItemId: 'careertalk-insert-full' })).toMatchObject({ ok: true, how: 'contenteditable' });
  const ce = await page.locator('#ce').innerText();
  expect(ce).toContain('Dear team,');
  expect(ce).toContain('Strengths:');
  expect(ce).toContain('Staff engineer <in 3 years>');
  expect(await page.locator('#ce li').count()).toBeGreaterThan(2);
  expect(await page.locator('#ce in').count()).toBe(0);
  // The page heard input events from both fields (editors such as Gmail's rely on them).
  const events = await page.evaluate(() => (window as unknown as { inputEvents: string[] }).inputEvents);
  expect(events).toContain('ta:insertText');
  expect(events.some((e) => e.startsWith('ce:'))).toBe(true);

  // Copy: plain text and HTML on the clipboard.
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://example.test' });
  await page.click('h1');
  expect(await click({ menuItemId: 'careertalk-copy-short' })).toMatchObject({ ok: true });
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item.types, text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
  expect(clip.text).toMatch(/^Career development plan with Jordan Diaz at Acme/);
  expect(clip.html).toContain('<li>Lead a project: Lead the Q3 billing migration</li>');

  // Save a job posting (selected on the page) as a career path, and a sentence as a strength.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('posting')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const pageUrl = 'https://example.test/jobs/42';
  expect(await click({ menuItemId: 'careertalk-save-path', selectionText: 'Senior Platform Engineer 5+ years…', pageUrl })).toMatchObject({ ok: true });
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('strength')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  expect(await click({ menuItemId: 'careertalk-save-strength', selectionText: 'Explains complex systems clearly', pageUrl })).toMatchObject({ ok: true });
  expect(await click({ menuItemId: 'careertalk-save-note', selectionText: 'Explains complex systems clearly', pageUrl })).toMatchObject({ ok: true });

  const stored = await readPlan(plan.id);
  expect(stored.paths).toHaveLength(1);
  expect(stored.paths[0]).toMatchObject({
    role: 'Senior Platform Engineer',
    sourceUrl: pageUrl,
    sourceTitle: 'Acme Careers – Senior Platform Engineer',
  });
  expect(stored.paths[0].qualifications).toMatch(/5\+ years running Kubernetes in production\s*\n\s*Led a migration across teams/);
  expect(stored.selfAssessment.strengths.map((x) => x.text)).toEqual(['Debugging', 'Explains complex systems clearly']);
  expect(stored.notes[0].text).toContain(`Source: Acme Careers – Senior Platform Engineer — ${pageUrl}`);

  // The person sees it worked: the toolbar badge on that tab.
  expect(await s.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId)).toBe('+1');

  // And finds it in the planner.
  const planner = await s.openPlanner('#career-paths');
  await expect.poll(() => planner.locator('input, textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), { timeout: 10_000 }).toEqual(
    expect.arrayContaining(['Senior Platform Engineer']),
  );
  await planner.goto(planner.url().replace(/#.*$/, '#self-assessment'));
  await expect.poll(() => planner.locator('input, textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), { timeout: 10_000 }).toEqual(
    expect.arrayContaining(['Explains complex systems clearly']),
  );

  expect(s.outbound).toEqual([]);
});

test('reminders: a recap reminder shows as a real notification once, and the next ones get alarms', async () => {
  // A meeting that ended 4 hours ago, no recap sent: the recap reminder is due now.
  const start = new Date(Date.now() - 4.5 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const meetingAt = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(start.getHours())}:${pad(start.getMinutes())}`;
  const plan = await seedPlan(s, { managerName: 'Jordan Diaz', company: 'Acme', meetingAt, meetingMinutes: 30 });
  // Wake the worker the way a reminder alarm does.
  const wake = () => s.worker.evaluate(() => chrome.alarms.create('reminder:wake-for-test', { when: Date.now() }));
  const recapNotices = () =>
    s.worker.evaluate(async (planId) => Object.keys(await chrome.notifications.getAll()).filter((id) => id.includes(`${planId}:recap`)), plan.id);
  await wake();
  await expect.poll(recapNotices, { timeout: 15_000 }).toHaveLength(1);
  const alarms = await s.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));
  expect(alarms).toContain(`reminder:${plan.id}:check-in:`);
  expect(alarms).toContain('reminders:sync');
  expect(alarms).not.toContain('reminder:wake-for-test');
  // Another wake-up does not show it again.
  await s.worker.evaluate((planId) => chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).filter((id) => id.includes(planId)).map((id) => chrome.notifications.clear(id)))), plan.id);
  await wake();
  await new Promise((r) => setTimeout(r, 1500));
  expect(await recapNotices()).toHaveLength(0);
});
