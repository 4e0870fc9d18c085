import { browser, type Browser } from 'wxt/browser';
import { getDb, type CareerTalkDB } from '../db/schema';
import { addListItem, getActivePlan, listActionItems, type ListPath } from '../db/plans';
import { newEntry, newId } from '../plan/factory';
import type { CareerPath, Goal, Plan } from '../plan/types';
import { renderSummary, type SummaryLength } from '../templates/summary';
import { copyFromExtension } from './extension-clipboard';
import { refreshSnapshot } from './snapshot-refresh';
import { insertAtCaretInPage, readSelectionInPage, type PageProblem, type PageResult } from './page-scripts';
import { openPlanner, registerNoticeClicks, showNotice, type NoticeOptions } from './notify';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { emailLanguageOf } from '../templates/render';
import { EMAIL_LOCALES, languageOf } from '../plan/language';

/**
 * Context menus: insert or copy a plan summary anywhere, and save selected text
 * into the plan. Page access comes only from `activeTab`, which the browser grants
 * for the tab where the person chose one of these items; nothing runs in a page
 * unless they did.
 */

export const MENU_IDS = {
  insert: 'careertalk-insert',
  insertShort: 'careertalk-insert-short',
  insertFull: 'careertalk-insert-full',
  copy: 'careertalk-copy',
  copyShort: 'careertalk-copy-short',
  copyFull: 'careertalk-copy-full',
  save: 'careertalk-save',
  saveStrength: 'careertalk-save-strength',
  saveArea: 'careertalk-save-area',
  savePath: 'careertalk-save-path',
  saveGoal: 'careertalk-save-goal',
  saveNote: 'careertalk-save-note',
} as const;

type MenuContext = Browser.contextMenus.CreateProperties['contexts'];
/** A menu item; its title is a message key, read when the menus are created (in the browser's language). */
type MenuDef = { id: string; titleKey: MessageKey; parentId?: string; contexts?: MenuContext; documentUrlPatterns?: string[] };

/** Pages where scripts can run after a click (not the browser's own pages or stores). */
const SCRIPTABLE = ['http://*/*', 'https://*/*', 'file:///*'];
const SHORT: MessageKey = 'menuSummaryShort';
const FULL: MessageKey = 'menuSummaryFull';
const ANYWHERE: MenuContext = ['page', 'frame', 'selection', 'link', 'image', 'editable'];

export const MENU_DEFS: MenuDef[] = [
  { id: MENU_IDS.insert, titleKey: 'menuInsertSummary', contexts: ['editable'], documentUrlPatterns: SCRIPTABLE },
  { id: MENU_IDS.insertShort, parentId: MENU_IDS.insert, titleKey: SHORT, contexts: ['editable'], documentUrlPatterns: SCRIPTABLE },
  { id: MENU_IDS.insertFull, parentId: MENU_IDS.insert, titleKey: FULL, contexts: ['editable'], documentUrlPatterns: SCRIPTABLE },
  { id: MENU_IDS.copy, titleKey: 'menuCopySummary', contexts: ANYWHERE, documentUrlPatterns: SCRIPTABLE },
  { id: MENU_IDS.copyShort, parentId: MENU_IDS.copy, titleKey: SHORT, contexts: ANYWHERE, documentUrlPatterns: SCRIPTABLE },
  { id: MENU_IDS.copyFull, parentId: MENU_IDS.copy, titleKey: FULL, contexts: ANYWHERE, documentUrlPatterns: SCRIPTABLE },
  { id: MENU_IDS.save, titleKey: 'menuSave', contexts: ['selection'] },
  { id: MENU_IDS.saveStrength, parentId: MENU_IDS.save, titleKey: 'menuSaveStrength', contexts: ['selection'] },
  { id: MENU_IDS.saveArea, parentId: MENU_IDS.save, titleKey: 'menuSaveArea', contexts: ['selection'] },
  { id: MENU_IDS.savePath, parentId: MENU_IDS.save, titleKey: 'menuSavePath', contexts: ['selection'] },
  { id: MENU_IDS.saveGoal, parentId: MENU_IDS.save, titleKey: 'menuSaveGoal', contexts: ['selection'] },
  { id: MENU_IDS.saveNote, parentId: MENU_IDS.save, titleKey: 'menuSaveNote', contexts: ['selection'] },
];

/** (Re)creates every item. Menus persist across restarts, so this runs on install/update and start-up. */
export async function createMenus(menus: Pick<typeof browser.contextMenus, 'removeAll' | 'create'> = browser.contextMenus): Promise<void> {
  await menus.removeAll();
  for (const { titleKey, ...def } of MENU_DEFS) {
    await new Promise<void>((resolve) => {
      // create() reports errors through its callback / runtime.lastError, not by throwing.
      menus.create({ ...def, title: t(titleKey) }, () => resolve());
    });
  }
}

export type SaveKind = 'strength' | 'area' | 'path' | 'goal' | 'note';

type Action =
  | { type: 'insert'; length: SummaryLength }
  | { type: 'copy'; length: SummaryLength }
  | { type: 'save'; kind: SaveKind };

function actionFor(menuItemId: string | number): Action | undefined {
  switch (menuItemId) {
    case MENU_IDS.insertShort:
      return { type: 'insert', length: 'short' };
    case MENU_IDS.insertFull:
      return { type: 'insert', length: 'full' };
    case MENU_IDS.copyShort:
      return { type: 'copy', length: 'short' };
    case MENU_IDS.copyFull:
      return { type: 'copy', length: 'full' };
    case MENU_IDS.saveStrength:
      return { type: 'save', kind: 'strength' };
    case MENU_IDS.saveArea:
      return { type: 'save', kind: 'area' };
    case MENU_IDS.savePath:
      return { type: 'save', kind: 'path' };
    case MENU_IDS.saveGoal:
      return { type: 'save', kind: 'goal' };
    case MENU_IDS.saveNote:
      return { type: 'save', kind: 'note' };
  }
  return undefined;
}

/** Where each saved kind lands: list in the plan, planner stage, words for the confirmation. */
const SAVE_TARGETS: Record<SaveKind, { path: ListPath; stage: string; saved: MessageKey; where: MessageKey }> = {
  strength: { path: 'selfAssessment.strengths', stage: 'self-assessment', saved: 'menuSavedStrength', where: 'menuWhereSelfAssessment' },
  area: { path: 'selfAssessment.areasToImprove', stage: 'self-assessment', saved: 'menuSavedArea', where: 'menuWhereSelfAssessment' },
  path: { path: 'paths', stage: 'career-paths', saved: 'menuSavedPath', where: 'menuWhereCareerPaths' },
  goal: { path: 'goals', stage: 'goals', saved: 'menuSavedGoal', where: 'menuWhereGoals' },
  note: { path: 'notes', stage: 'career-paths', saved: 'menuSavedNote', where: 'menuWhereNotes' },
};

const PAGE_PROBLEMS: Record<PageProblem, MessageKey> = {
  'no-focus': 'menuPageNoFocus',
  'read-only': 'menuPageReadOnly',
  'no-field': 'menuPageNoField',
  'copy-refused': 'menuPageCopyRefused',
};

/** Longest selection kept (a whole job posting fits; a whole page does not belong in a plan). */
export const MAX_SAVED_CHARS = 20_000;

export interface MenuDeps {
  /** Runs one of the page-scripts functions in a frame of the tab; rejects when the page cannot be scripted. */
  executeScript<A extends unknown[], R>(tabId: number, frameId: number, func: (...args: A) => R, args: A): Promise<Awaited<R>>;
  notify(o: NoticeOptions): Promise<unknown>;
  openPlanner(stage: string): Promise<void>;
  /** Puts the summary on the clipboard from an extension context (never from the page). */
  copyToClipboard(text: string, html: string): Promise<PageResult>;
  /** Brief confirmation on the toolbar icon for that tab. */
  flashBadge(tabId: number | undefined, text: string): Promise<void>;
}

export interface MenuClickInfo {
  menuItemId: string | number;
  frameId?: number;
  selectionText?: string;
  pageUrl?: string;
  frameUrl?: string;
}

export interface MenuTab {
  id?: number;
  url?: string;
  title?: string;
}

export type MenuResult =
  | { ok: true; action: Action['type']; how?: string; saved?: { kind: SaveKind; id: string } }
  | { ok: false; reason: 'unknown-item' | 'no-plan' | 'no-tab' | 'page' | 'empty'; message: string };

/** One menu click, start to end. Pure apart from `db` and `deps`, so tests drive it directly. */
export async function handleMenuClick(db: CareerTalkDB, info: MenuClickInfo, tab: MenuTab | undefined, deps: MenuDeps): Promise<MenuResult> {
  const action = actionFor(info.menuItemId);
  if (!action) return { ok: false, reason: 'unknown-item', message: `Unknown menu item ${String(info.menuItemId)}` };

  const plan = await getActivePlan(db);
  if (!plan) {
    const stage = action.type === 'save' ? SAVE_TARGETS[action.kind].stage : '';
    const message = action.type === 'save' ? t('menuNoPlanSave') : t('menuNoPlanSummary');
    await deps.notify({ key: 'no-plan', title: t('menuNoPlanTitle'), message, stage });
    await deps.openPlanner(stage);
    return { ok: false, reason: 'no-plan', message };
  }

  if (action.type === 'save') return saveSelection(db, plan, action.kind, info, tab, deps);

  if (tab?.id === undefined) return fail(deps, 'no-tab', t('menuNoTab'));
  // The summary is written in the plan's email language, with dates the way that language writes them.
  const lang = emailLanguageOf(plan, { defaultLanguage: uiLanguage() });
  const browserLocale = typeof navigator !== 'undefined' ? navigator.language : undefined;
  const summary = renderSummary(plan, await listActionItems(db, plan.id), action.length, {
    lang,
    formality: plan.formality,
    locale: languageOf(browserLocale) === lang ? browserLocale : EMAIL_LOCALES[lang],
  });
  const frameId = info.frameId ?? 0;
  let result: PageResult;
  try {
    result =
      action.type === 'insert'
        ? await deps.executeScript(tab.id, frameId, insertAtCaretInPage, [summary.text, summary.html])
        : await deps.copyToClipboard(summary.text, summary.html);
  } catch (e) {
    return fail(deps, 'page', t('menuPageFailed', describe(e)));
  }
  if (!result?.ok) return fail(deps, 'page', result?.problem ? t(PAGE_PROBLEMS[result.problem]) : t('menuNotPlaced'));
  await deps.flashBadge(tab.id, action.type === 'insert' ? '✓' : t('menuBadgeCopied'));
  return { ok: true, action: action.type, how: result.how };
}

async function saveSelection(db: CareerTalkDB, plan: Plan, kind: SaveKind, info: MenuClickInfo, tab: MenuTab | undefined, deps: MenuDeps): Promise<MenuResult> {
  // The page's own selection keeps line breaks (a posting's title on its first line);
  // the menu's selectionText is the fallback where the page cannot be scripted.
  let text = '';
  let title = tab?.title ?? '';
  let url = info.frameUrl ?? info.pageUrl ?? tab?.url ?? '';
  if (tab?.id !== undefined) {
    try {
      const page = await deps.executeScript(tab.id, info.frameId ?? 0, readSelectionInPage, []);
      text = page?.text ?? '';
      title = page?.title || title;
      url = page?.url || url;
    } catch {
      text = '';
    }
  }
  if (!text.trim()) text = info.selectionText ?? '';
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) return fail(deps, 'empty', t('menuNothingSelected'));
  const cut = text.length > MAX_SAVED_CHARS;
  if (cut) text = text.slice(0, MAX_SAVED_CHARS);

  const target = SAVE_TARGETS[kind];
  const id = newId();
  const source = /^https?:|^file:/.test(url) ? url : '';
  let item: { id: string };
  switch (kind) {
    case 'path': {
      const lines = text.split('\n');
      const first = lines.findIndex((l) => l.trim());
      const role = lines[first].trim().slice(0, 200);
      const path: CareerPath = {
        id,
        role,
        moveType: 'lateral',
        qualifications: lines.slice(first + 1).join('\n').trim(),
        gaps: '',
        notes: '',
        sourceUrl: source || undefined,
        sourceTitle: title.trim().slice(0, 300) || undefined,
      };
      item = path;
      break;
    }
    case 'goal': {
      const goal: Goal = { id, kind: 'other', text, request: '' };
      item = goal;
      break;
    }
    case 'note': {
      const from = [title.trim(), source].filter(Boolean).join(' — ');
      item = { ...newEntry(from ? `${text}\n\n${t('menuNoteSource', from)}` : text), id };
      break;
    }
    default:
      item = { ...newEntry(text), id };
  }
  await addListItem(db, plan.id, target.path, item);
  await refreshSnapshot(db);
  const preview = text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text;
  await deps.notify({
    key: `saved:${id}`,
    title: t(target.saved),
    message: t(cut ? 'menuSavedMessageShortened' : 'menuSavedMessage', preview.replace(/\s+/g, ' '), t(target.where)),
    stage: target.stage,
    planId: plan.id,
  });
  await deps.flashBadge(tab?.id, '+1');
  return { ok: true, action: 'save', saved: { kind, id } };
}

async function fail(deps: MenuDeps, reason: 'no-tab' | 'page' | 'empty', message: string): Promise<MenuResult> {
  await deps.notify({ key: `error:${reason}`, title: t('menuFailedTitle'), message });
  return { ok: false, reason, message };
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.length > 120 ? `${msg.slice(0, 117)}…` : msg;
}

/** The real browser behind MenuDeps. */
export function browserMenuDeps(): MenuDeps {
  return {
    async executeScript(tabId, frameId, func, args) {
      const [first] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: func as (...a: unknown[]) => unknown,
        args: args as unknown[],
      });
      if (!first) throw new Error(t('menuPageNoResult'));
      return first.result as never;
    },
    notify: showNotice,
    openPlanner,
    copyToClipboard: copyFromExtension,
    async flashBadge(tabId, text) {
      // MV3 has `action`; Firefox's MV2 build has `browserAction`.
      const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
      if (tabId === undefined || !action) return;
      try {
        await action.setBadgeBackgroundColor({ tabId, color: '#2563eb' });
        await action.setBadgeText({ tabId, text });
        setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 4000);
      } catch {
        // The tab closed meanwhile: nothing to show.
      }
    },
  };
}

/**
 * Listeners are added synchronously at service-worker start (MV3 drops events
 * whose listener is added later); the items themselves are created on install/update
 * and at browser start-up.
 */
export function registerContextMenus(dbFor: () => CareerTalkDB = getDb): void {
  registerNoticeClicks(dbFor);
  const rebuild = () =>
    void createMenus().catch((e) => console.error('CareerTalk: creating context menus failed', e));
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup.addListener(rebuild);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(dbFor(), info, tab, browserMenuDeps()).catch((e) => console.error('CareerTalk: menu action failed', e));
  });
  // Test hook for the end-to-end tests, which cannot click native menus: the same handler,
  // reachable only from inside this service worker, and only in the test build (wxt.config.ts):
  // production builds do not contain it.
  if (import.meta.env.CAREERTALK_E2E) {
    (globalThis as { __careertalkMenus?: unknown }).__careertalkMenus = {
      click: (info: MenuClickInfo, tab: MenuTab) => handleMenuClick(dbFor(), info, tab, browserMenuDeps()),
    };
  }
}
