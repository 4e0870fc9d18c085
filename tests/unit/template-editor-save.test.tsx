import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { freshDb } from './db-helpers';
import { fullPlan } from './templates-fixtures';
import { TemplateEditor } from '../../components/templates/TemplateEditor';
import { UndoProvider } from '../../components/common/UndoToast';
import { readUnsavedDraft } from '../../components/templates/unsaved-draft';
import type { CareerTalkDB } from '../../lib/db/schema';
import type { ActionItem, Plan } from '../../lib/plan/types';
import type { UserTemplate } from '../../lib/plan/types';
import { userTemplateDef } from '../../lib/templates/user-templates';

// A template edit is written once typing pauses, not on every key; until then it is kept in
// localStorage and written at once when the editor closes or the page hides.

let db: CareerTalkDB;
let host: HTMLElement;
let plan: Plan;
let items: ActionItem[];
let template: UserTemplate;

beforeEach(async () => {
  localStorage.clear();
  db = freshDb();
  ({ plan, items } = fullPlan());
  template = { id: 'tpl-mine', name: 'Mine', subject: 'Hello', body: 'Hi {{managerFirstName}},', updatedAt: new Date().toISOString() } as UserTemplate;
  await db.templates.add(template);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const editor = (tpl: UserTemplate = template) => (
  <UndoProvider>
    <TemplateEditor db={db} template={userTemplateDef(tpl)} plan={plan} actionItems={items} onDeleted={() => undefined} />
  </UndoProvider>
);
const bodyField = () => host.querySelector<HTMLTextAreaElement>('textarea')!;
function typeKeys(el: HTMLTextAreaElement, text: string) {
  for (const ch of text) {
    el.value += ch;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

test('ten keys typed at once are one write, made once typing pauses', async () => {
  const writes = vi.spyOn(db.templates, 'update');
  render(editor(), host);
  typeKeys(bodyField(), ' thanks!!!');
  await new Promise((r) => setTimeout(r, 50));
  expect(writes).not.toHaveBeenCalled();
  expect(readUnsavedDraft(template.id)?.body).toBe('Hi {{managerFirstName}}, thanks!!!');
  await vi.waitFor(async () => expect((await db.templates.get(template.id))?.body).toBe('Hi {{managerFirstName}}, thanks!!!'));
  expect(writes).toHaveBeenCalledTimes(1);
  await vi.waitFor(() => expect(host.querySelector('[data-testid="template-status"]')!.textContent).toBe('All changes saved.'));
  expect(readUnsavedDraft(template.id)).toBeUndefined();
});

test('closing the editor mid-pause writes what was typed at once', async () => {
  render(editor(), host);
  typeKeys(bodyField(), ' bye');
  render(null, host);
  await vi.waitFor(async () => expect((await db.templates.get(template.id))?.body).toBe('Hi {{managerFirstName}}, bye'), { timeout: 200 });
});

test('a tab closed before the write: the next visit shows the text and writes it', async () => {
  const writes = vi.spyOn(db.templates, 'update').mockImplementation(() => new Promise<number>(() => undefined) as never);
  render(editor(), host);
  typeKeys(bodyField(), ' kept');
  // The tab goes away without its handlers running (a crash): only localStorage has the text.
  writes.mockRestore();
  host.remove();
  host = document.createElement('div');
  document.body.append(host);
  render(editor(), host);
  expect(bodyField().value).toBe('Hi {{managerFirstName}}, kept');
  await vi.waitFor(async () => expect((await db.templates.get(template.id))?.body).toBe('Hi {{managerFirstName}}, kept'));
});

test('Reset right after typing: the reset text stays, the typed edit waiting for its pause is not written over it', async () => {
  const copy = { ...template, basedOn: 'recap' } as UserTemplate;
  await db.templates.put(copy);
  render(editor(copy), host);
  typeKeys(bodyField(), ' typed');
  const reset = [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Reset to'))!;
  reset.click();
  await vi.waitFor(async () => expect((await db.templates.get(copy.id))?.body).toContain('{{#actionItems}}'));
  await new Promise((r) => setTimeout(r, 500));
  expect((await db.templates.get(copy.id))?.body).not.toContain('typed');
});

test('a valid edit written after a broken one was typed: the broken text stays kept aside and shown as not saved', async () => {
  render(editor(), host);
  typeKeys(bodyField(), ' ok');
  // Broken before the pause (pasted in one go): the valid text before it is still written, the broken one kept aside.
  const body = bodyField();
  body.value += ' {{#goals}}';
  body.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(async () => expect((await db.templates.get(template.id))?.body).toBe('Hi {{managerFirstName}}, ok'));
  await new Promise((r) => setTimeout(r, 50));
  expect(readUnsavedDraft(template.id)?.body).toBe('Hi {{managerFirstName}}, ok {{#goals}}');
  expect(host.querySelector('[data-testid="template-status"]')!.textContent).toContain('Not saved');
});
