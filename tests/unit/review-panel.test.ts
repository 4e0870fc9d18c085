import { describe, expect, test, vi } from 'vitest';
import { showReview } from '../../lib/webmail/review-panel';
import { wordFindings, type Finding, type WordedFinding } from '../../lib/templates/review';
import { t } from '../../lib/i18n';

// The background words the findings in the interface language; the compose window only shows them.
const noDateFinding = (): WordedFinding => wordFindings(
  [
    {
      id: 'no-date:i1',
      kind: 'no-date',
      key: 'reviewFindingNoDate',
      subs: ['Sign up for the SQL course', '[Due date]'],
      fixes: [
        { fix: { type: 'set-due', itemId: 'i1' }, key: 'reviewFixPickDate', subs: [] },
        { fix: { type: 'undated-agree' }, key: 'reviewFixAgree', subs: ['a date we agree on'] },
        { fix: { type: 'keep-as-is', findingId: 'no-date:i1' }, key: 'reviewFixKeep', subs: [] },
      ],
    } satisfies Finding,
  ],
  (key, ...subs) => t(key, ...subs),
)[0];
const person = () => true;
const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')];
const byText = (root: HTMLElement, text: string) => buttons(root).find((b) => b.textContent === text)!;

describe('the review panel in the compose window', () => {
  test('lists the finding with its fixes; a fix refreshes the list; Insert resolves "insert"', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const apply = vi.fn(async () => [] as WordedFinding[]);
    const decision = showReview(root, root, [noDateFinding()], apply, person);
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-label')).toBe('Before it goes out');
    expect(dialog.textContent).toContain('“Sign up for the SQL course” has no due date');
    expect(buttons(dialog).map((b) => b.textContent)).toEqual(['Pick a date', 'Write “a date we agree on”', 'Keep as is', 'Cancel', 'Insert']);
    byText(dialog, 'Write “a date we agree on”').click();
    await vi.waitFor(() => expect(dialog.textContent).not.toContain('has no due date'));
    expect(apply).toHaveBeenCalledWith({ type: 'undated-agree' }, undefined);
    expect(root.ownerDocument.activeElement?.textContent).toBe('Insert');
    byText(dialog, 'Insert').click();
    expect(await decision).toBe('insert');
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  test('"Pick a date" turns into a labelled date field; a date applies the fix with it', async () => {
    const root = document.createElement('div');
    const apply = vi.fn(async () => [] as WordedFinding[]);
    void showReview(root, root, [noDateFinding()], apply, person);
    byText(root, 'Pick a date').click();
    const input = root.querySelector('input[type="date"]') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).toBe('Due date for “Sign up for the SQL course”');
    input.value = '2026-04-10';
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(apply).toHaveBeenCalledWith({ type: 'set-due', itemId: 'i1' }, '2026-04-10'));
  });

  test('Escape cancels; an error from a fix is shown and the list stays; clicks the page synthesizes do nothing', async () => {
    const root = document.createElement('div');
    const decision = showReview(root, root, [noDateFinding()], async () => ({ error: 'The plan was deleted.' }), person);
    byText(root, 'Keep as is').click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')!.textContent).toBe('The plan was deleted.'));
    expect(root.textContent).toContain('has no due date');
    root.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await decision).toBe('cancel');

    const guarded = document.createElement('div');
    const apply = vi.fn(async () => [] as WordedFinding[]);
    void showReview(guarded, guarded, [noDateFinding()], apply); // default: only trusted events count
    byText(guarded, 'Write “a date we agree on”').click();
    byText(guarded, 'Insert').click();
    expect(apply).not.toHaveBeenCalled();
    expect(guarded.querySelector('[role="dialog"]')).not.toBeNull();
  });
});
