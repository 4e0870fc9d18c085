import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { freshDb } from './db-helpers';
import { fullPlan } from './templates-fixtures';
import { TemplatesStage } from '../../components/templates/TemplatesStage';
import { CopyTemplates } from '../../components/popup/CopyTemplates';
import { UndoProvider } from '../../components/common/UndoToast';
import type { CareerTalkDB } from '../../lib/db/schema';
import type { ActionItem, Plan } from '../../lib/plan/types';

let db: CareerTalkDB;
let host: HTMLElement;
let plan: Plan;
let items: ActionItem[];

beforeEach(async () => {
  db = freshDb();
  ({ plan, items } = fullPlan());
  await db.plans.add(plan);
  await db.actionItems.bulkAdd(items);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const byText = (selector: string, text: string) =>
  [...host.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.trim() === text);
const labelled = <T extends HTMLElement>(label: string) => {
  const l = [...host.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  return host.querySelector<T>(`#${CSS.escape(l!.htmlFor)}`)!;
};
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('TemplatesStage', () => {
  test('lists the built-ins and previews one with the plan, escaping plan text', async () => {
    plan.managerName = '<img src=x onerror=alert(1)> Ana';
    render(<UndoProvider><TemplatesStage db={db} plan={plan} actionItems={items} /></UndoProvider>, host);
    await vi.waitFor(() => expect(byText('button', 'Check-in update')).toBeTruthy());
    for (const name of ['Meeting request', 'Agenda', 'Thank-you recap']) expect(byText('button', name)).toBeTruthy();
    const preview = host.querySelector('[data-testid="template-preview-body"]')!;
    expect(preview.textContent).toContain('45 minutes for a career development conversation');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('Hi <img,');
    expect(host.querySelector('[data-testid="template-missing"]')!.textContent).toContain('Everything this template needs');
  });

  test('the framing check runs on the rendered email, including plan text', async () => {
    // A flagged goal is left out of the Agenda email; an agenda line the person typed is not.
    plan.agenda = [{ id: 'pay', section: 'other', text: 'A salary increase' }];
    render(<UndoProvider><TemplatesStage db={db} plan={plan} actionItems={items} /></UndoProvider>, host);
    await vi.waitFor(() => expect(byText('button', 'Agenda')).toBeTruthy());
    byText('button', 'Agenda')!.click();
    await vi.waitFor(() => expect(host.querySelector('[data-testid="template-framing"] [role="note"]')?.textContent).toContain('salary'));
  });

  test('duplicate, edit with a live preview; a syntax error shows its line and is not saved', async () => {
    render(<UndoProvider><TemplatesStage db={db} plan={plan} actionItems={items} /></UndoProvider>, host);
    await vi.waitFor(() => expect(byText('button', 'Duplicate and edit “Thank-you recap”')).toBeFalsy());
    byText('button', 'Thank-you recap')!.click();
    await vi.waitFor(() => expect(byText('button', 'Duplicate and edit “Thank-you recap”')).toBeTruthy());
    byText('button', 'Duplicate and edit “Thank-you recap”')!.click();
    await vi.waitFor(() => expect(host.querySelector('textarea')).toBeTruthy());
    const [copy] = await db.templates.toArray();
    expect(copy).toMatchObject({ name: 'Thank-you recap (my version)', basedOn: 'recap' });

    const body = labelled<HTMLTextAreaElement>('Body');
    type(body, 'Thanks {{managerFirstName}}!\n\n{{#actionItems}}\n- {{sentence}}\n{{/actionItems}}');
    // Saved once typing pauses; the preview follows too.
    await vi.waitFor(() => expect(host.querySelector('[data-testid="template-status"]')!.textContent).toBe('Saving…'));
    await vi.waitFor(() => expect(host.querySelector('[data-testid="template-status"]')!.textContent).toBe('All changes saved.'));
    const preview = () => host.querySelector('[data-testid="template-preview-body"]')!.innerHTML;
    // (The page formats dates for today's year, so the fixture's 2025 dates may carry their year.)
    await vi.waitFor(() =>
      expect(preview()).toMatch(
        /^<p>Thanks Ana!<\/p>\n<ul><li>I will research the AWS certification by March 20(, 2025)?\.<\/li><li>You will connect me with Priya for an informational interview by March 15(, 2025)?\.<\/li><li>Priya Nair will share the design review calendar by March 18(, 2025)?\.<\/li><\/ul>$/,
      ),
    );
    expect((await db.templates.get(copy.id))!.body).toContain('Thanks {{managerFirstName}}!');

    type(body, 'Thanks {{managerFirstName}}!\n\n{{#takeaways}}\n- {{text}}');
    await vi.waitFor(() => expect(host.querySelector('[data-testid="template-syntax-error"]')?.textContent).toMatch(/^Line 3: The section \{\{#takeaways\}\} is never closed/));
    expect(host.querySelector('[data-testid="template-status"]')!.textContent).toContain('Not saved');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    // The last good version stays stored and previewed.
    expect((await db.templates.get(copy.id))!.body).toContain('{{/actionItems}}');
    expect(preview()).toContain('I will research the AWS certification');

    // Reset to the built-in text.
    byText('button', 'Reset to the built-in “Thank-you recap”')!.click();
    await vi.waitFor(async () => expect((await db.templates.get(copy.id))!.body).toContain('What I am taking away'));
    await vi.waitFor(() => expect(body.value).toContain('What I am taking away'));
  });

  test('rename and delete with Undo', async () => {
    render(<UndoProvider><TemplatesStage db={db} plan={plan} actionItems={items} /></UndoProvider>, host);
    await vi.waitFor(() => expect(byText('button', 'Duplicate and edit “Meeting request”')).toBeTruthy());
    byText('button', 'Duplicate and edit “Meeting request”')!.click();
    await vi.waitFor(() => expect(host.querySelector('textarea')).toBeTruthy());
    const name = labelled<HTMLInputElement>('Template name');
    type(name, 'Agenda');
    await vi.waitFor(() => expect((byText('button', 'Rename') as HTMLButtonElement).disabled).toBe(false));
    byText('button', 'Rename')!.click();
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')?.textContent).toContain('built-in'));
    type(name, 'Short ask');
    await vi.waitFor(() => expect(name.value).toBe('Short ask'));
    byText('button', 'Rename')!.click();
    await vi.waitFor(() => expect(byText('button', 'Short ask')).toBeTruthy());

    byText('button', 'Delete template')!.click();
    await vi.waitFor(async () => expect(await db.templates.count()).toBe(0));
    await vi.waitFor(() => expect(byText('button', 'Undo')).toBeTruthy());
    byText('button', 'Undo')!.click();
    await vi.waitFor(async () => expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Short ask']));
  });
});

/** A clipboard that records what is written to it, each item as its types' texts. */
function stubClipboard(): Record<string, string>[] {
  const written: Record<string, string>[] = [];
  class FakeClipboardItem {
    constructor(readonly data: Record<string, Blob>) {}
  }
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  const write = vi.fn(async (list: FakeClipboardItem[]) => {
    const out: Record<string, string> = {};
    for (const [type, blob] of Object.entries(list[0].data)) out[type] = await blob.text();
    written.push(out);
  });
  Object.defineProperty(navigator, 'clipboard', { value: { write, writeText: vi.fn() }, configurable: true });
  return written;
}

describe('CopyTemplates', () => {
  test('listed before the action items are read: no review yet, and a Copy then reads them for the email', async () => {
    const written = stubClipboard();
    render(<CopyTemplates db={db} plan={plan} actionItems={[]} itemsLoading />, host);
    await vi.waitFor(() => expect(host.querySelector('button[aria-label="Copy Thank-you recap"]')).toBeTruthy());
    await new Promise((r) => setTimeout(r, 50));
    expect(host.querySelector('li[data-item-id="recap"]')?.getAttribute('data-review')).toBe('pending');
    expect(host.querySelector('.email-review')).toBeNull();
    (host.querySelector('button[aria-label="Copy Thank-you recap"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector('[role="status"][data-template-id="recap"]')?.textContent).toBe('Copied'));
    expect(written[0]['text/plain']).toMatch(/\n- I will research the AWS certification by March 20(, 2025)?\.\n/);
    // The items arrive: the reviews follow without waiting for the quiet time after typing.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      render(<CopyTemplates db={db} plan={plan} actionItems={items} />, host);
      // Well short of the 120 ms quiet time: each pass is one task.
      for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(1);
      expect(host.querySelector('li[data-item-id="recap"]')?.hasAttribute('data-review')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    vi.unstubAllGlobals();
  });

  test('copies HTML and plain text, confirms, shows missing fields and records the email', async () => {
    const written = stubClipboard();
    plan.meeting.takeaways = [];
    render(<CopyTemplates db={db} plan={plan} actionItems={items} />, host);
    await vi.waitFor(() => expect(host.querySelector('button[aria-label="Copy Thank-you recap"]')).toBeTruthy());
    // The review of each email replaces the old grey "Missing" text.
    await vi.waitFor(() => expect(host.querySelector('.email-review[data-template-id="recap"]')?.textContent).toContain('The email still says [Key takeaways]'));
    (host.querySelector('button[aria-label="Copy Thank-you recap"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector('[role="status"][data-template-id="recap"]')?.textContent).toBe('Copied'));
    expect(written).toHaveLength(1);
    expect(written[0]['text/plain']).toMatch(/\n- I will research the AWS certification by March 20(, 2025)?\.\n/);
    expect(written[0]['text/html']).toMatch(/<li>I will research the AWS certification by March 20(, 2025)?\.<\/li>/);
    await vi.waitFor(async () => expect((await db.plans.get(plan.id))!.emailsSent).toEqual([expect.objectContaining({ kind: 'recap', templateId: 'recap', via: 'clipboard', status: 'drafted' })]));
    vi.unstubAllGlobals();
  });

  test('the review offers one-click fixes, remembered for that email', async () => {
    await db.actionItems.update(items[0].id, { due: '' });
    const undated = items.map((i, n) => (n === 0 ? { ...i, due: '' } : i));
    render(<CopyTemplates db={db} plan={plan} actionItems={undated} />, host);
    const review = () => host.querySelector('.email-review[data-template-id="recap"]');
    await vi.waitFor(() => expect(review()?.textContent).toContain('has no due date'));
    const agree = [...review()!.querySelectorAll('button')].find((b) => b.textContent === 'Write “a date we agree on”')!;
    agree.click();
    await vi.waitFor(async () => expect((await db.plans.get(plan.id))!.emailChoices?.recap?.undated).toBe('agree'));
    // The choice belongs to the recap only.
    expect((await db.plans.get(plan.id))!.emailChoices?.['check-in']).toBeUndefined();
  });
});
