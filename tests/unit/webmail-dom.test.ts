import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { gmailAdapter } from '../../lib/webmail/gmail';
import { outlookAdapter } from '../../lib/webmail/outlook';
import { topOfBody } from '../../lib/webmail/caret';
import { ComposeMenu, type MenuActions } from '../../lib/webmail/ui';

/** Instantiates one <template> of a fixture page into the current document. */
function fromFixture(file: string, templateId: string): HTMLElement {
  const html = readFileSync(resolve('tests/fixtures', file), 'utf8');
  const match = html.match(new RegExp(`<template id="${templateId}">([\\s\\S]*?)</template>`));
  if (!match) throw new Error(`no template ${templateId} in ${file}`);
  const host = document.createElement('div');
  host.innerHTML = match[1]; // test-only fixture markup
  document.body.replaceChildren(host);
  return host;
}

describe('Gmail adapter on the Gmail fixture structure', () => {
  test('finds compose, body, subject, To and places the button right after Send', () => {
    const root = fromFixture('gmail-compose.html', 'compose-tpl');
    const compose = gmailAdapter.findComposes(document)[0];
    expect(compose).toBe(root.querySelector('.M9'));
    const body = gmailAdapter.findBody(compose)!;
    expect(body.getAttribute('g_editable')).toBe('true');
    expect(gmailAdapter.findSubject(compose)?.name).toBe('subjectbox');
    expect(gmailAdapter.toIsEmpty(compose)).toBe(true);
    const p = gmailAdapter.placement(compose);
    expect(p.append).toBe('after');
    expect((p.anchor as HTMLElement).className).toBe('dC');
    expect(gmailAdapter.isProtected(body.querySelector('.gmail_signature')!.firstChild!, body)).toBe(true);
    expect(gmailAdapter.isProtected(body.firstChild!, body)).toBe(false);
    expect(gmailAdapter.composeRootOf(body)).toBe(compose);
    expect(gmailAdapter.docksOf(compose)).toContain(root);
  });

  test('inline reply: To already has a recipient; quoted text is protected', () => {
    fromFixture('gmail-compose.html', 'reply-tpl');
    const compose = gmailAdapter.findComposes(document)[0];
    expect(gmailAdapter.toIsEmpty(compose)).toBe(false);
    const body = gmailAdapter.findBody(compose)!;
    expect(gmailAdapter.isProtected(body.querySelector('blockquote')!, body)).toBe(true);
    expect(gmailAdapter.docksOf(compose)).toEqual([]);
  });

  test('broken structure: no body found (so nothing is touched), button still placed by Send', () => {
    fromFixture('gmail-compose.html', 'broken-tpl');
    const compose = gmailAdapter.findComposes(document)[0];
    expect(gmailAdapter.findBody(compose)).toBeNull();
    expect((gmailAdapter.placement(compose).anchor as HTMLElement).className).toBe('dC');
  });
});

describe('Outlook adapter on the Outlook fixture structure', () => {
  test('body is the editor outside the header; To is the first recipient well; Send anchors the button', () => {
    const root = fromFixture('outlook-compose.html', 'compose-tpl');
    const editor = root.querySelector<HTMLElement>('.editor')!;
    editor.setAttribute('contenteditable', 'true'); // RoosterJS sets this when it starts
    const compose = outlookAdapter.findComposes(document)[0];
    expect(outlookAdapter.findBody(compose)).toBe(editor);
    expect(outlookAdapter.findSubject(compose)?.getAttribute('maxlength')).toBe('255');
    expect(outlookAdapter.toIsEmpty(compose)).toBe(true);
    expect((outlookAdapter.placement(compose).anchor as HTMLElement).getAttribute('aria-label')).toBe('Send');
    expect(outlookAdapter.composeRootOf(editor)).toBe(compose);
  });

  test('reply: a resolved recipient chip means To is not empty', () => {
    fromFixture('outlook-compose.html', 'reply-tpl');
    const compose = outlookAdapter.findComposes(document)[0];
    expect(outlookAdapter.toIsEmpty(compose)).toBe(false);
    expect(outlookAdapter.findSubject(compose)).toBeNull();
  });

  test('broken structure: no body', () => {
    fromFixture('outlook-compose.html', 'broken-tpl');
    expect(outlookAdapter.findBody(outlookAdapter.findComposes(document)[0])).toBeNull();
  });
});

describe('caret target', () => {
  test('top of the body is inside an empty first line, above the signature', () => {
    fromFixture('gmail-compose.html', 'compose-tpl');
    const body = gmailAdapter.findBody(gmailAdapter.findComposes(document)[0])!;
    const range = topOfBody(body, gmailAdapter);
    expect(range.startContainer).toBe(body.firstElementChild);
    expect(range.startOffset).toBe(0);
  });
});

describe('menu', () => {
  function menu(list: MenuActions['list'], extra: Partial<MenuActions> = {}) {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const actions: MenuActions = { list, choose: vi.fn(async () => ({ ok: true as const })), setUp: vi.fn(), ...extra };
    return { m: new ComposeMenu(container, actions, 'light', () => true), container, actions };
  }
  const items = [
    { id: 'meeting-request', name: 'Meeting request', missing: ['Meeting date'] },
    { id: 'agenda', name: 'Agenda', missing: [] },
  ];

  test('button name, items named exactly (missing fields as description), keyboard', async () => {
    const { m, container, actions } = menu(async () => ({ ok: true, hasPlan: true, items }));
    expect(m.button.getAttribute('aria-label')).toBe('Insert career template');
    await m.show('first');
    const menuEl = container.querySelector('[role=menu]')!;
    const nodes = [...menuEl.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const nameOf = (n: HTMLElement) => container.querySelector(`#${n.getAttribute('aria-labelledby')}`)!.textContent;
    expect(nodes.map(nameOf)).toEqual(['Meeting request', 'Agenda']);
    expect(container.querySelector(`#${nodes[0].getAttribute('aria-describedby')}`)!.textContent).toBe('Missing: Meeting date');
    expect(nodes[1].hasAttribute('aria-describedby')).toBe(false);
    expect(document.activeElement).toBe(nodes[0]);
    menuEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(nodes[1]);
    menuEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(actions.choose).toHaveBeenCalledWith(items[1]);
  });

  test('by default, events the page synthesizes (not the person\'s) neither open the menu nor choose', async () => {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const actions: MenuActions = { list: async () => ({ ok: true, hasPlan: true, items }), choose: vi.fn(async () => ({ ok: true as const })), setUp: vi.fn() };
    const m = new ComposeMenu(container, actions, 'light');
    m.button.click();
    expect(m.isOpen).toBe(false);
    await m.show('first');
    const menuEl = container.querySelector('[role=menu]')!;
    menuEl.querySelector<HTMLElement>('[role=menuitem]')!.click();
    menuEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(actions.choose).not.toHaveBeenCalled();
  });

  test('Escape closes and returns focus to the button', async () => {
    const { m, container } = menu(async () => ({ ok: true, hasPlan: true, items }));
    await m.show('first');
    container.querySelector('[role=menu]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(m.isOpen).toBe(false);
    expect(document.activeElement).toBe(m.button);
  });

  test('no plan: first item offers to set one up', async () => {
    const { m, container, actions } = menu(async () => ({ ok: true, hasPlan: false, items }));
    await m.show('first');
    const first = container.querySelector<HTMLElement>('[role=menuitem]')!;
    expect(first.textContent).toContain('Set up your career plan first');
    first.click();
    expect(actions.setUp).toHaveBeenCalled();
  });

  test('template names that look like HTML are shown as text', async () => {
    const { m, container } = menu(async () => ({ ok: true, hasPlan: true, items: [{ id: 'u1', name: '<img src=x onerror=alert(1)>Mine', missing: [] }] }));
    await m.show('first');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[role=menuitem]')!.textContent).toContain('<img src=x onerror=alert(1)>Mine');
  });

  test('a failed insert shows a clear message with a copy action', async () => {
    const copy = vi.fn(async () => 'Copied.');
    const { m, container } = menu(async () => ({ ok: true, hasPlan: true, items }), {
      choose: async () => ({ ok: false, message: "CareerTalk can't find the message body of this draft.", copy }),
    });
    await m.show('first');
    container.querySelector<HTMLElement>('[role=menuitem]')!.click();
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')?.textContent).toContain("can't find the message body"));
    const action = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy email instead')!;
    action.click();
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')!.textContent).toBe('Copied.'));
    expect(copy).toHaveBeenCalled();
  });
});
