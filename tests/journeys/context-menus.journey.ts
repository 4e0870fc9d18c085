import { expect, test } from 'vitest';
import type { Lane, Tab } from './driver';

/** A job-postings page: a notes field, a rich editor, and text worth saving. */
export const MENU_PAGE_URL = 'https://example.test/jobs/42';
const MENU_PAGE = `<!doctype html><html lang="en"><head><title>Acme Careers – Senior Platform Engineer</title></head><body>
<h1>Jobs</h1>
<textarea aria-label="Notes" rows="8" cols="60">Notes: </textarea>
<textarea aria-label="Pasted" rows="8" cols="60"></textarea>
<div aria-label="Letter" role="textbox" contenteditable="true" style="min-height:40px;border:1px solid"><p>Dear team,</p></div>
<p id="strength">Explains complex systems clearly</p>
</body></html>`;

/** Selects the text of an element of the page, as a person dragging over it would. */
const select = (tab: Tab, id: string) =>
  tab.evaluate((id) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(id)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  }, id);

const fieldValue = (tab: Tab, label: string) =>
  tab.evaluate((label) => {
    const el = document.querySelector(`[aria-label="${label}"]`) as HTMLTextAreaElement | HTMLElement;
    return 'value' in el ? el.value : el.innerText;
  }, label);

/**
 * The context menu's insert, copy and save, each handled by the background on a real page
 * (tests cannot open native menus: the lane grants activeTab as the browser does for a menu
 * click, then calls the background's handler for that item).
 */
export function contextMenuJourneys(lane: () => Lane) {
  let page: Tab;
  let planId: string;

  test('context menu: the short summary is inserted at the caret of a text field, and Ctrl+Z takes it out', async () => {
    const plan = await lane().seedPlan(
      {
        managerName: 'Jordan Diaz',
        managerEmail: 'jordan@example.com',
        company: 'Acme',
        goals: [{ id: 'g1', kind: 'lead-project', text: 'Lead a project', request: 'Lead the Q3 billing migration' }],
        selfAssessment: { strengths: [{ id: 's1', text: 'Debugging' }], areasToImprove: [], interests: [], energizers: [], underusedSkills: [], vision: 'Staff engineer <in 3 years>' },
      },
      [{ text: 'Ask Priya about shadowing', due: '2026-05-20' }],
    );
    planId = plan.id;
    await lane().serve('https://example.test/', MENU_PAGE);
    page = await lane().openUrl(MENU_PAGE_URL);
    await page.click('textbox', 'Notes');
    await page.press('End');
    expect(await lane().menuClick(page, { menuItemId: 'careertalk-insert-short' })).toMatchObject({ ok: true, how: 'textarea' });
    expect(await fieldValue(page, 'Notes')).toMatch(
      /^Notes: Career development plan with Jordan Diaz at Acme\n+Goals:\n- Lead a project: Lead the Q3 billing migration\n+Next steps:\n- I will ask Priya about shadowing by May 20\.$/,
    );
    await page.press('Control+z');
    await expect.poll(() => fieldValue(page, 'Notes')).toBe('Notes: ');
  });

  test('context menu: the full summary goes into a rich editor, escaped', async () => {
    await page.click('textbox', 'Letter');
    await page.press('Control+End');
    expect(await lane().menuClick(page, { menuItemId: 'careertalk-insert-full' })).toMatchObject({ ok: true, how: 'contenteditable' });
    const letter = await fieldValue(page, 'Letter');
    expect(letter).toContain('Dear team,');
    expect(letter).toContain('Strengths:');
    expect(letter).toContain('Staff engineer <in 3 years>');
  });

  test('context menu: Copy puts the summary on the clipboard, and it pastes', async () => {
    await page.click('textbox', 'Pasted');
    expect(await lane().menuClick(page, { menuItemId: 'careertalk-copy-short' })).toMatchObject({ ok: true });
    await page.click('textbox', 'Pasted');
    await page.press('Control+v');
    await expect.poll(() => fieldValue(page, 'Pasted')).toMatch(/^Career development plan with Jordan Diaz at Acme/);
  });

  test('context menu: selected text is saved into the plan as a strength and as a note with its source', async () => {
    const selectionText = await select(page, 'strength');
    for (const menuItemId of ['careertalk-save-strength', 'careertalk-save-note']) {
      expect(await lane().menuClick(page, { menuItemId, selectionText, pageUrl: MENU_PAGE_URL })).toMatchObject({ ok: true });
    }
    // The person sees it worked: a badge on the toolbar button for that tab (MV3 `action`, Firefox MV2 `browserAction`).
    const badge = await lane().inExtension(async (url) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === url);
      return (api.action ?? api.browserAction).getBadgeText({ tabId: tab.id });
    }, MENU_PAGE_URL);
    expect(badge).toBe('+1');
    const plan = (await lane().readStores(['plans'])).plans.find((p) => p.id === planId);
    expect(plan.selfAssessment.strengths.map((s: { text: string }) => s.text)).toEqual(['Debugging', 'Explains complex systems clearly']);
    expect(plan.notes[0].text).toContain('Explains complex systems clearly');
    expect(plan.notes[0].text).toContain(`Source: Acme Careers – Senior Platform Engineer — ${MENU_PAGE_URL}`);
    await page.close();
  });
}
