import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { freshDb } from './db-helpers';
import { fullPlan } from './templates-fixtures';
import { TemplatesStage } from '../../components/templates/TemplatesStage';
import { CopyTemplates } from '../../components/popup/CopyTemplates';
import { UndoProvider } from '../../components/common/UndoToast';
import type { CareerTalkDB } from '../../lib/db/schema';
import type { ActionItem, Plan, UserTemplate } from '../../lib/plan/types';
import { MAX_IMPORT_TEMPLATES } from '../../lib/plan/limits';
import { BUILTIN_TEMPLATES } from '../../lib/templates';

// Counts how often the popup reviews an email and filters templates by language.
// (`slowMs`: each review takes that long, as over a plan with thousands of action items.)
const spies = vi.hoisted(() => ({ reviews: 0, filters: 0, slowMs: 0 }));
vi.mock('../../lib/email-review', async (original) => {
  const mod = await original<typeof import('../../lib/email-review')>();
  const reviewRendered = (...args: Parameters<typeof mod.reviewRendered>) => {
    spies.reviews++;
    const until = performance.now() + spies.slowMs;
    while (performance.now() < until);
    return mod.reviewRendered(...args);
  };
  return { ...mod, reviewRendered };
});
vi.mock('../../lib/templates/user-templates', async (original) => {
  const mod = await original<typeof import('../../lib/templates/user-templates')>();
  return { ...mod, forLanguage: ((...args: Parameters<typeof mod.forLanguage>) => (spies.filters++, mod.forLanguage(...args))) as typeof mod.forLanguage };
});

const N = MAX_IMPORT_TEMPLATES;
/** Where the own templates' list starts on the page, below the built-ins. */
const LIST_TOP = 300;

let db: CareerTalkDB;
let host: HTMLElement;
let plan: Plan;
let items: ActionItem[];
let scrollY = 0;

/** `n` own templates named "Follow-up 001"… (sorted as created); every tenth one in German. */
function ownTemplates(n: number): UserTemplate[] {
  return Array.from({ length: n }, (_, i) => {
    const num = String(i + 1).padStart(3, '0');
    return {
      id: `t${num}`,
      name: `Follow-up ${num}`,
      subject: `Follow-up ${num} for {{managerName}}`,
      body: `Hi {{managerFirstName}},\n\nNote ${num}.\n\n{{#actionItems}}\n- {{sentence}}\n{{/actionItems}}`,
      updatedAt: '2025-03-01T10:00:00.000Z',
      ...(i % 10 === 9 ? { language: 'de' as const } : {}),
    };
  });
}

/**
 * The page's scroll, as a browser lays it out: the list `LIST_TOP` px down the page, the
 * window `innerHeight` tall. (happy-dom lays nothing out.) Scrolling fires "scroll".
 */
function layOut(list: HTMLElement) {
  list.getBoundingClientRect = () => ({ top: LIST_TOP - scrollY, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0, toJSON() {} }) as DOMRect;
}
function scrollTo(y: number) {
  scrollY = y;
  window.dispatchEvent(new Event('scroll'));
}

beforeEach(async () => {
  db = freshDb();
  ({ plan, items } = fullPlan());
  await db.plans.add(plan);
  await db.actionItems.bulkAdd(items);
  await db.templates.bulkAdd(ownTemplates(N));
  host = document.createElement('div');
  document.body.append(host);
  scrollY = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  vi.spyOn(window, 'scrollTo').mockImplementation(((opts: ScrollToOptions) => scrollTo(opts.top ?? 0)) as typeof window.scrollTo);
  spies.reviews = 0;
  spies.filters = 0;
  spies.slowMs = 0;
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

const button = (name: string) => [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe(`Email templates page with ${N} own templates`, () => {
  const ownList = () => host.querySelectorAll<HTMLUListElement>('.templates-list ul')[1];
  const ownPicks = () => [...ownList().querySelectorAll<HTMLButtonElement>('.template-pick')];

  async function open() {
    render(<UndoProvider><TemplatesStage db={db} plan={plan} actionItems={items} /></UndoProvider>, host);
    await vi.waitFor(() => expect(button('Follow-up 001')).toBeTruthy());
    layOut(ownList());
  }

  test('only a window of the list is in the page, each entry with its place in the whole list', async () => {
    await open();
    const rows = ownPicks();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(button(`Follow-up ${N}`)).toBeUndefined();
    const first = ownList().querySelector('li')!;
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe(String(N));
    // The entries not rendered still take their room, so the page scrolls over the whole list.
    expect(parseFloat(ownList().style.paddingBottom)).toBeGreaterThan((N - 60) * 30);
    // The built-ins stay listed in full.
    for (const name of ['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update']) expect(button(name)).toBeTruthy();
  });

  test('scrolling moves the window down to the last template', async () => {
    await open();
    scrollTo(parseFloat(ownList().style.paddingBottom) + LIST_TOP);
    await vi.waitFor(() => expect(button(`Follow-up ${N}`)).toBeTruthy());
    expect(button('Follow-up 001')).toBeUndefined();
    expect(ownPicks().length).toBeLessThan(60);
    expect(button(`Follow-up ${N}`)!.closest('li')!.getAttribute('aria-posinset')).toBe(String(N));
  });

  test('End, Up and Home move focus through the whole list; the last one selects and opens in the editor', async () => {
    await open();
    button('Follow-up 001')!.focus();
    key(document.activeElement!, 'End');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(`Follow-up ${N}`));
    key(document.activeElement!, 'ArrowUp');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(`Follow-up ${N - 1}`));
    key(document.activeElement!, 'ArrowDown');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(`Follow-up ${N}`));
    (document.activeElement as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector('.template-title')!.textContent).toBe(`Follow-up ${N}`));
    expect(button(`Follow-up ${N}`)!.getAttribute('aria-pressed')).toBe('true');
    expect(host.querySelector<HTMLTextAreaElement>(`#template-body-t${N}`)!.value).toContain(`Note ${N}.`);
    key(document.activeElement!, 'Home');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Meeting request'));
  });

  test('Tab from the last entry rendered goes on to the next one, rendering it (not out of the list)', async () => {
    await open();
    const last = ownPicks().at(-1)!;
    const next = `Follow-up ${String(ownPicks().length + 1).padStart(3, '0')}`;
    expect(button(next)).toBeUndefined();
    last.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    last.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(next));
    // Shift+Tab from the first rendered entry, further down, goes back the same way.
    scrollTo(200 * 40);
    await vi.waitFor(() => expect(button('Follow-up 001')).toBeUndefined());
    const first = ownPicks()[0];
    const place = Number(first.closest('li')!.getAttribute('aria-posinset'));
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(`Follow-up ${String(place - 1).padStart(3, '0')}`));
  });
});

describe(`popup Copy list with ${N} own templates`, () => {
  // Own templates in German are not offered for this plan's English emails.
  const offered = BUILTIN_TEMPLATES.length + N - N / 10;
  const rows = () => [...host.querySelectorAll<HTMLLIElement>('ul.copy-templates > li')];
  const copyButton = (name: string) => host.querySelector(`button[aria-label="Copy ${name}"]`);

  async function open() {
    render(<CopyTemplates db={db} plan={plan} actionItems={items} />, host);
    await vi.waitFor(() => expect(copyButton('Follow-up 001')).toBeTruthy());
    layOut(host.querySelector<HTMLElement>('ul.copy-templates')!);
  }

  test('only a window of rows is rendered and reviewed; the language filter runs once per list', async () => {
    await open();
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    expect(rows()[0].getAttribute('aria-setsize')).toBe(String(offered));
    expect(copyButton(`Follow-up ${N - 1}`)).toBeNull();
    // Each email reviewed at most once, and only those rendered (not all ${offered}).
    expect(spies.reviews).toBeLessThanOrEqual(rows().length + 12);
    const filters = spies.filters;
    // The popup re-renders on every keystroke in its fields: the list is not filtered again.
    for (const company of ['N', 'No', 'Nor']) {
      render(<CopyTemplates db={db} plan={{ ...plan, company }} actionItems={items} />, host);
    }
    expect(spies.filters).toBe(filters);
  });

  test('scrolling reaches the last template, which copies', async () => {
    await open();
    const reviewsBefore = spies.reviews;
    scrollTo(parseFloat(host.querySelector<HTMLElement>('ul.copy-templates')!.style.paddingBottom) + LIST_TOP);
    await vi.waitFor(() => expect(copyButton(`Follow-up ${N - 1}`)).toBeTruthy());
    expect(copyButton('Follow-up 001')).toBeNull();
    expect(rows().length).toBeLessThan(60);
    expect(rows().at(-1)!.getAttribute('aria-posinset')).toBe(String(offered));
    expect(spies.reviews - reviewsBefore).toBeLessThan(60);

    const writeText = vi.fn(async () => {});
    vi.stubGlobal('ClipboardItem', undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    (copyButton(`Follow-up ${N - 1}`) as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector(`[role="status"][data-template-id="t${N - 1}"]`)?.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`Note ${N - 1}.`));
    vi.unstubAllGlobals();
  });

  test('slow reviews (a plan with thousands of action items) are spread over several tasks, none long; every row shown gets its review', async () => {
    spies.slowMs = 8;
    render(<CopyTemplates db={db} plan={plan} actionItems={items} />, host);
    // The first render reviews what fits in its budget (about 12 ms), not every row it shows.
    expect(spies.reviews).toBeLessThanOrEqual(3);
    await vi.waitFor(() => expect(copyButton('Follow-up 001')).toBeTruthy());
    const shown = rows().length;
    await vi.waitFor(() => expect(host.querySelectorAll('ul.copy-templates > li .email-review').length + host.querySelectorAll('ul.copy-templates > li .copy-missing').length).toBeGreaterThan(0));
    await vi.waitFor(() => expect(spies.reviews).toBeGreaterThanOrEqual(shown));
    expect(spies.reviews).toBeLessThanOrEqual(shown + 12);
  });
});
