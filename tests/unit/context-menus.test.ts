import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from './db-helpers';
import type { CareerTalkDB } from '../../lib/db/schema';
import { addActionItem, createPlan, getActivePlan } from '../../lib/db/plans';
import { renderSummary } from '../../lib/templates/summary';
import {
  createMenus,
  handleMenuClick,
  MENU_DEFS,
  MENU_IDS,
  registerContextMenus,
  type MenuDeps,
} from '../../lib/background/context-menus';
import { resetNoticeClicksForTests } from '../../lib/background/notify';

let db: CareerTalkDB;

/** Deps that run the page functions right here, in happy-dom's document, and record what happened. */
function fakeDeps(overrides: Partial<MenuDeps> = {}) {
  const calls = { copies: [] as { text: string; html: string }[], scripts: [] as { name: string; args: unknown[] }[], notices: [] as { title: string; message: string; stage?: string }[], opened: [] as string[], badges: [] as string[] };
  const deps: MenuDeps = {
    async executeScript(_tabId, _frameId, func, args) {
      calls.scripts.push({ name: func.name, args });
      return (await func(...args)) as never;
    },
    async notify(o) {
      calls.notices.push(o);
    },
    async openPlanner(stage) {
      calls.opened.push(stage);
    },
    async flashBadge(_tab, text) {
      calls.badges.push(text);
    },
    async copyToClipboard(text, html) {
      calls.copies.push({ text, html });
      return { ok: true, how: 'extension' };
    },
    ...overrides,
  };
  return { deps, calls };
}

const TAB = { id: 7, url: 'https://jobs.example.test/posting/42', title: 'Senior Platform Engineer – Acme Careers' };

async function fullPlan() {
  const plan = await createPlan(db, {
    managerName: 'Jordan',
    company: 'Acme',
    goals: [{ id: 'g1', kind: 'lead-project', text: 'Lead a project', request: 'Lead the Q3 billing migration' }],
    selfAssessment: { strengths: [{ id: 's1', text: 'Debugging <hard> problems' }], areasToImprove: [], interests: [], energizers: [], underusedSkills: [], vision: '' },
  });
  await addActionItem(db, plan.id, { text: 'Ask Priya about shadowing', due: '2026-05-20' });
  return plan;
}

beforeEach(() => {
  db = freshDb();
  document.body.innerHTML = '';
  resetNoticeClicksForTests();
});

describe('menu creation', () => {
  test('items, children and contexts; created on install and start-up, handler registered at once', async () => {
    const created: Record<string, unknown>[] = [];
    const listeners: ((info: unknown, tab: unknown) => void)[] = [];
    Object.assign(fakeBrowser, {
      contextMenus: {
        removeAll: vi.fn(async () => void created.splice(0)),
        create: vi.fn((def: Record<string, unknown>, cb?: () => void) => {
          created.push(def);
          cb?.();
          return def.id;
        }),
        onClicked: { addListener: (l: (info: unknown, tab: unknown) => void) => listeners.push(l) },
      },
    });
    registerContextMenus(() => db);
    expect(listeners).toHaveLength(1); // synchronously, before any event
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(MENU_DEFS.length));
    const byId = Object.fromEntries(created.map((d) => [d.id, d]));
    expect(byId[MENU_IDS.insert]).toMatchObject({ title: 'Insert plan summary', contexts: ['editable'] });
    expect(byId[MENU_IDS.insertShort]).toMatchObject({ parentId: MENU_IDS.insert, title: 'Short (goals and next steps)' });
    expect(byId[MENU_IDS.insertFull]).toMatchObject({ parentId: MENU_IDS.insert, title: 'Full (every stage)' });
    expect(byId[MENU_IDS.copy]).toMatchObject({ title: 'Copy plan summary' });
    expect(byId[MENU_IDS.copy].contexts).toContain('page');
    expect(byId[MENU_IDS.save]).toMatchObject({ title: 'Save to CareerTalk', contexts: ['selection'] });
    expect(created.filter((d) => d.parentId === MENU_IDS.save).map((d) => d.title)).toEqual([
      'As a strength',
      'As an area to improve',
      'As a career path (job posting)',
      'As a goal',
      'As a note',
    ]);
    // Script-based items only where scripts may run.
    expect(byId[MENU_IDS.insert].documentUrlPatterns).toEqual(['http://*/*', 'https://*/*', 'file:///*']);
    // Start-up rebuilds without duplicates.
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(MENU_DEFS.length));
    await createMenus(fakeBrowser.contextMenus as never);
    expect(created).toHaveLength(MENU_DEFS.length);
  });
});

describe('insert and copy a plan summary', () => {
  test('short summary typed into a textarea at the caret; the text is the templates summary', async () => {
    const plan = await fullPlan();
    document.body.innerHTML = '<textarea id="t">Before  after</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(7, 7);
    let inputEvents = 0;
    ta.addEventListener('input', () => inputEvents++);
    const { deps, calls } = fakeDeps();
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.insertShort, frameId: 0 }, TAB, deps);
    expect(r).toEqual({ ok: true, action: 'insert', how: 'textarea' });
    const expected = renderSummary(plan, await (await import('../../lib/db/plans')).listActionItems(db, plan.id), 'short');
    expect(calls.scripts[0].args).toEqual([expected.text, expected.html]);
    expect(expected.text).toContain('Lead a project: Lead the Q3 billing migration');
    expect(expected.text).toContain('I will ask Priya about shadowing');
    expect(ta.value).toBe(`Before ${expected.text} after`);
    expect(inputEvents).toBeGreaterThan(0);
    expect(calls.badges).toEqual(['✓']);
    expect(calls.notices).toEqual([]);
  });

  test('full summary into a contenteditable: every stage with content, plan text escaped', async () => {
    await fullPlan();
    document.body.innerHTML = '<div id="ce" contenteditable="true"><p>Hello</p></div>';
    const ce = document.getElementById('ce')!;
    ce.focus();
    const { deps, calls } = fakeDeps();
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.insertFull }, TAB, deps);
    expect(r).toMatchObject({ ok: true, how: 'contenteditable' });
    const [text, html] = calls.scripts[0].args as string[];
    expect(text).toContain('Strengths:\n- Debugging <hard> problems');
    expect(html).toContain('Debugging &lt;hard&gt; problems');
    expect(ce.textContent).toContain('Debugging <hard> problems');
    expect(ce.querySelector('hard')).toBeNull();
    expect(ce.textContent).toContain('Hello');
  });

  test('a one-line input gets the lines joined', async () => {
    await fullPlan();
    document.body.innerHTML = '<input id="i" type="text">';
    const input = document.getElementById('i') as HTMLInputElement;
    input.focus();
    const { deps } = fakeDeps();
    expect(await handleMenuClick(db, { menuItemId: MENU_IDS.insertShort }, TAB, deps)).toMatchObject({ ok: true, how: 'input' });
    expect(input.value).not.toContain('\n');
    expect(input.value).toContain('Goals:; - Lead a project');
  });

  test('no field focused: a clear message, nothing changed', async () => {
    await fullPlan();
    document.body.innerHTML = '<p>text</p>';
    (document.activeElement as HTMLElement | null)?.blur?.();
    const { deps, calls } = fakeDeps();
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.insertShort }, TAB, deps);
    expect(r).toMatchObject({ ok: false, reason: 'page' });
    expect(calls.notices[0].message).toMatch(/Click into a text field/);
  });

  test('copy puts plain text and HTML on the clipboard from the extension, running nothing in the page', async () => {
    const plan = await fullPlan();
    const { deps, calls } = fakeDeps();
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.copyFull }, TAB, deps);
    expect(r).toEqual({ ok: true, action: 'copy', how: 'extension' });
    const expected = renderSummary(plan, await (await import('../../lib/db/plans')).listActionItems(db, plan.id), 'full');
    expect(calls.copies).toEqual([{ text: expected.text, html: expected.html }]);
    expect(calls.scripts).toEqual([]);
    expect(calls.badges).toEqual(['Copy']);
  });

  test('the extension could not copy: the person is told', async () => {
    await fullPlan();
    const { deps, calls } = fakeDeps({ copyToClipboard: async () => ({ ok: false, problem: 'copy-refused' }) });
    expect(await handleMenuClick(db, { menuItemId: MENU_IDS.copyShort }, TAB, deps)).toMatchObject({ ok: false, reason: 'page' });
    expect(calls.notices).toHaveLength(1);
  });

  test('a page that cannot be scripted: the person is told, with a way out', async () => {
    await fullPlan();
    const { deps, calls } = fakeDeps({
      executeScript: async () => {
        throw new Error('Cannot access contents of the page');
      },
    });
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.insertShort }, TAB, deps);
    expect(r).toMatchObject({ ok: false, reason: 'page' });
    expect(calls.notices[0].message).toMatch(/cannot work on this page.*Open the planner/);
  });
});

describe('save selection to CareerTalk', () => {
  function select(html: string) {
    document.body.innerHTML = html;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('sel')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }

  test('as a strength, an area to improve and a goal', async () => {
    const plan = await fullPlan();
    const { deps, calls } = fakeDeps({ executeScript: async () => ({ text: '', title: '', url: '' }) as never });
    await handleMenuClick(db, { menuItemId: MENU_IDS.saveStrength, selectionText: '  Clear written communication ' }, TAB, deps);
    await handleMenuClick(db, { menuItemId: MENU_IDS.saveArea, selectionText: 'Public speaking' }, TAB, deps);
    await handleMenuClick(db, { menuItemId: MENU_IDS.saveGoal, selectionText: 'Earn the AWS Solutions Architect certification' }, TAB, deps);
    const after = (await getActivePlan(db))!;
    expect(after.id).toBe(plan.id);
    expect(after.selfAssessment.strengths.map((s) => s.text)).toEqual(['Debugging <hard> problems', 'Clear written communication']);
    expect(after.selfAssessment.areasToImprove.map((s) => s.text)).toEqual(['Public speaking']);
    expect(after.goals[1]).toMatchObject({ kind: 'other', text: 'Earn the AWS Solutions Architect certification', request: '' });
    expect(calls.notices.map((n) => [n.title, n.stage])).toEqual([
      ['Saved to CareerTalk as a strength', 'self-assessment'],
      ['Saved to CareerTalk as an area to improve', 'self-assessment'],
      ['Saved to CareerTalk as a goal', 'goals'],
    ]);
    expect(calls.notices[0].message).toContain('Find it in the planner under Self-assessment');
    expect(calls.badges).toEqual(['+1', '+1', '+1']);
  });

  test('a job posting becomes a career path: first line the role, the rest qualifications, the page as source', async () => {
    await fullPlan();
    // happy-dom's Selection#toString has no block line breaks (Chromium's does: see the e2e test), so use <pre>.
    select('<pre id="sel">\n  Senior Platform Engineer  \n5+ years with Kubernetes\n\n\n\nLed a migration\n</pre>');
    const { deps } = fakeDeps();
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.savePath, selectionText: 'Senior Platform Engineer 5+ years with Kubernetes Led a migration' }, TAB, deps);
    expect(r).toMatchObject({ ok: true, saved: { kind: 'path' } });
    const [path] = (await getActivePlan(db))!.paths;
    expect(path.role).toBe('Senior Platform Engineer');
    expect(path.qualifications).toBe('5+ years with Kubernetes\n\nLed a migration');
    expect(path.sourceTitle).toBeTruthy();
    expect(path.sourceUrl).toMatch(/^https?:|^file:/);
  });

  test('where the page cannot be read, the menu text and the tab are used', async () => {
    await fullPlan();
    const { deps } = fakeDeps({
      executeScript: async () => {
        throw new Error('blocked');
      },
    });
    await handleMenuClick(db, { menuItemId: MENU_IDS.savePath, selectionText: 'Staff Engineer', pageUrl: TAB.url }, TAB, deps);
    await handleMenuClick(db, { menuItemId: MENU_IDS.saveNote, selectionText: 'Mentoring program opens in June', pageUrl: TAB.url }, TAB, deps);
    const plan = (await getActivePlan(db))!;
    expect(plan.paths[0]).toMatchObject({ role: 'Staff Engineer', qualifications: '', sourceUrl: TAB.url, sourceTitle: TAB.title });
    expect(plan.notes[0].text).toBe(`Mentoring program opens in June\n\nSource: ${TAB.title} — ${TAB.url}`);
  });

  test('an empty selection saves nothing and says so', async () => {
    await fullPlan();
    const plan = (await getActivePlan(db))!;
    const { deps, calls } = fakeDeps({ executeScript: async () => ({ text: '  ', title: '', url: '' }) as never });
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.saveNote, selectionText: '' }, TAB, deps);
    expect(r).toMatchObject({ ok: false, reason: 'empty' });
    expect((await getActivePlan(db))!.notes).toEqual([]);
    expect((await getActivePlan(db))!.updatedAt).toBe(plan.updatedAt);
    expect(calls.notices[0].message).toMatch(/Nothing was selected/);
  });
});

describe('with no plan yet', () => {
  test('every item says so and opens the planner at the right stage; nothing is stored', async () => {
    const ids = [MENU_IDS.insertShort, MENU_IDS.copyFull, MENU_IDS.saveStrength, MENU_IDS.savePath, MENU_IDS.saveGoal];
    const { deps, calls } = fakeDeps();
    for (const id of ids) {
      const r = await handleMenuClick(db, { menuItemId: id, selectionText: 'x' }, TAB, deps);
      expect(r).toMatchObject({ ok: false, reason: 'no-plan' });
    }
    expect(calls.opened).toEqual(['', '', 'self-assessment', 'career-paths', 'goals']);
    expect(calls.notices.every((n) => n.title === 'No CareerTalk plan yet')).toBe(true);
    expect(calls.scripts).toEqual([]);
    expect(await db.plans.count()).toBe(0);
  });
});
