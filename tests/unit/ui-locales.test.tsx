import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { freshDb } from './db-helpers';
import { PlannerApp } from '../../components/planner/PlannerApp';
import { PopupApp } from '../../components/popup/PopupApp';
import { VariableList } from '../../components/templates/VariableList';
import { ComposeMenu } from '../../lib/webmail/ui';
import { addActionItem, createPlan, setActivePlan } from '../../lib/db/plans';
import { getDb, type CareerTalkDB } from '../../lib/db/schema';
import { STAGES } from '../../lib/plan/progress';
import en from '../../public/_locales/en/messages.json';
import { localeMessage, setTestUiLocale, type TestLocale } from '../setup/locale';

/**
 * Renders the popup, every planner stage and the compose menu in each interface language
 * and looks for text that was not translated: a message key shown as is (the browser's
 * answer for a key it does not know) or a piece of an English message in a German,
 * French or Spanish screen.
 */

const KEYS = new Set(Object.keys(en));
const LANGS: TestLocale[] = ['en', 'de', 'fr', 'es'];

/** Literal parts (without $1…) of English messages long enough to be recognisable, minus those the language shares. */
function englishFragments(lang: TestLocale): string[] {
  const out = new Set<string>();
  for (const [key, { message }] of Object.entries(en as Record<string, { message: string }>)) {
    if (localeMessage(lang, key) === message) continue;
    for (const part of message.split(/\$\d/)) if (part.trim().length >= 14 && /\s/.test(part.trim())) out.add(part.trim());
  }
  return [...out];
}

/** Visible text and the attributes people hear or see. */
function shownText(root: ParentNode): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) out.push(n.textContent.trim());
  for (const el of (root as Element).querySelectorAll('*')) {
    for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
      const v = el.getAttribute(attr);
      if (v?.trim()) out.push(v.trim());
    }
  }
  return out;
}

function untranslated(texts: string[], lang: TestLocale): string[] {
  const leaks = texts.filter((s) => KEYS.has(s));
  if (lang !== 'en') {
    const fragments = englishFragments(lang);
    for (const s of texts) for (const f of fragments) if (s.includes(f)) leaks.push(`${f}  (in: ${s.slice(0, 80)})`);
  }
  return leaks;
}

let db: CareerTalkDB;
let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  history.replaceState(null, '', '#');
});
afterEach(() => {
  render(null, host);
  host.remove();
});

/** A plan with something in every stage, so notes, lists and guidance all show. Data is language-neutral. */
async function seed(target: CareerTalkDB) {
  const plan = await createPlan(target, {
    myName: 'Sam',
    managerName: 'Ana',
    company: 'Northwind',
    meetingAt: '2030-03-12T14:30',
    // "Mentor" without a request and "Bonus" on the agenda bring up the guidance notes in every language.
    goals: [{ id: 'g1', kind: 'mentor', text: 'Mentor', request: '' }],
    agenda: [{ id: 'a1', section: 'other', text: 'Bonus' }],
  });
  await addActionItem(target, plan.id, { text: 'AWS', owner: 'me', due: '2030-03-20' });
  await setActivePlan(target, plan.id);
  return plan;
}

test('the check notices English text and raw keys', () => {
  expect(untranslated(['Open the full planner', 'Planer öffnen'], 'de')).toHaveLength(1);
  expect(untranslated(['popupOpenPlanner'], 'de')).toEqual(['popupOpenPlanner']);
  expect(untranslated(['Open the full planner'], 'en')).toEqual([]);
});

describe.each(LANGS)('interface in %s', (lang) => {
  beforeEach(() => setTestUiLocale(lang));

  test('every planner stage shows only translated text', async () => {
    db = freshDb();
    await seed(db);
    const leaks: string[] = [];
    for (const stage of STAGES) {
      history.replaceState(null, '', `#${stage.id}`);
      render(<PlannerApp db={db} key={stage.id} />, host);
      const title = localeMessage(lang, stage.nameKey);
      await vi.waitFor(() => expect(host.querySelector('.stage-title')?.textContent).toBe(title));
      leaks.push(...untranslated(shownText(host), lang).map((l) => `${stage.id}: ${l}`));
      render(null, host);
    }
    expect(leaks).toEqual([]);
    // The guidance notes were among what was checked.
    history.replaceState(null, '', '#goals');
    render(<PlannerApp db={db} key="again" />, host);
    await vi.waitFor(() => expect(host.querySelector('.guidance-specificity li')?.textContent).toBe(localeMessage(lang, 'guidanceSuggestProject')));
  });

  test('the email templates and data pages show only translated text', async () => {
    db = freshDb();
    await seed(db);
    const leaks: string[] = [];
    for (const [route, titleKey] of [
      ['templates', 'templatesTitle'],
      ['data', 'dataTitle'],
    ] as const) {
      history.replaceState(null, '', `#${route}`);
      render(<PlannerApp db={db} key={route} />, host);
      await vi.waitFor(() => expect(host.textContent).toContain(localeMessage(lang, titleKey)));
      leaks.push(...untranslated(shownText(host), lang).map((l) => `${route}: ${l}`));
      render(null, host);
    }
    // The variable list of the template editor (shown for own templates).
    render(<VariableList onInsert={() => undefined} />, host);
    expect(host.querySelectorAll('.template-variables li').length).toBeGreaterThan(10);
    leaks.push(...untranslated(shownText(host), lang).map((l) => `variables: ${l}`));
    expect(leaks).toEqual([]);
  });

  test('the popup shows only translated text', async () => {
    const shared = getDb();
    await shared.delete();
    await shared.open();
    await seed(shared);
    render(<PopupApp />, host);
    await vi.waitFor(() => expect(host.querySelector('input')).not.toBeNull());
    await vi.waitFor(() => expect(host.textContent).toContain(localeMessage(lang, 'popupTopGoals')));
    expect(untranslated(shownText(host), lang)).toEqual([]);
  });

  test('the compose menu shows only translated text', async () => {
    const container = document.createElement('div');
    host.append(container);
    const menu = new ComposeMenu(
      container,
      {
        list: async () => ({
          ok: true,
          hasPlan: true,
          items: [{ id: 'meeting-request', name: localeMessage(lang, 'templateNameMeetingRequest'), kind: 'meeting-request', missing: ['x'] }],
        }),
        choose: async () => ({ ok: true }),
        setUp: () => undefined,
      },
      'light',
      () => true,
    );
    menu.button.click();
    await vi.waitFor(() => expect(container.querySelector('[role="menuitem"]')).not.toBeNull());
    const texts = shownText(container);
    expect(texts).toContain(localeMessage(lang, 'webmailButtonText'));
    expect(untranslated(texts, lang)).toEqual([]);
  });
});
