import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gmailAdapter } from '../../lib/webmail/gmail';
import { outlookAdapter } from '../../lib/webmail/outlook';

/** One <template> of a fixture page, instantiated into the document (test-only markup). */
function template(file: string, id: string): HTMLElement {
  const html = readFileSync(resolve('tests/fixtures', file), 'utf8');
  const match = html.match(new RegExp(`<template id="${id}">([\\s\\S]*?)</template>`));
  if (!match) throw new Error(`no template ${id} in ${file}`);
  const host = document.createElement('div');
  host.innerHTML = match[1];
  return host;
}
const gmail = (id = 'compose-tpl') => template('gmail-compose.html', id);
function outlook(id = 'compose-tpl') {
  const host = template('outlook-compose.html', id);
  host.querySelectorAll('[role=textbox][aria-multiline=true]').forEach((e) => e.setAttribute('contenteditable', 'true')); // RoosterJS does this
  return host;
}
/** Generated class names after a webmail build: every class renamed (Gmail's mail markup classes stay). */
function renameClasses(root: Element) {
  for (const el of [root, ...root.querySelectorAll('[class]')]) {
    el.className = [...el.classList].map((c) => (c.startsWith('gmail_') ? c : `z${c.length}${c.toLowerCase()}q`)).join(' ');
  }
}

describe('Gmail compose recognition by signals', () => {
  test('today: .M9, g_editable body, subjectbox, To input, Send in the .btC row', () => {
    document.body.replaceChildren(gmail());
    const [compose] = gmailAdapter.findComposes(document);
    expect(gmailAdapter.describe(compose)).toEqual({ root: 'gmail-m9', body: 'g_editable', subject: 'subjectbox', to: 'name-to-input', send: 'gmail-btC-aoO' });
  });

  test('.M9 removed: the structural rule finds a root holding body, subject and Send, inside the dialog', () => {
    const host = gmail();
    document.body.replaceChildren(host);
    host.querySelector('.M9')!.classList.remove('M9');
    const composes = gmailAdapter.findComposes(document);
    expect(composes).toHaveLength(1);
    const d = gmailAdapter.describe(composes[0]);
    expect(d.root).toBe('structure');
    expect(d.body).toBe('g_editable');
    expect(composes[0].closest('[role=dialog]')).not.toBeNull();
    expect(gmailAdapter.composeRootOf(host.querySelector('input[name=subjectbox]')!)).toBe(composes[0]);
  });

  test('every class renamed: found by structure, Send is the first button after the body, button still placed after it', () => {
    const host = gmail();
    document.body.replaceChildren(host);
    renameClasses(host);
    const [compose] = gmailAdapter.findComposes(document);
    expect(gmailAdapter.describe(compose)).toEqual({ root: 'structure', body: 'g_editable', subject: 'subjectbox', to: 'name-to-input', send: 'first-button-after-body' });
    const p = gmailAdapter.placement(compose);
    expect(p.append).toBe('after');
    expect(p.anchor.querySelector('[role=button]')!.getAttribute('aria-label')).toContain('Send');
  });

  test('two composes side by side without .M9 are never merged into one', () => {
    const a = gmail();
    const b = gmail();
    document.body.replaceChildren(a, b);
    for (const h of [a, b]) h.querySelector('.M9')!.classList.remove('M9');
    const composes = gmailAdapter.findComposes(document);
    expect(composes).toHaveLength(2);
    expect(a.contains(composes[0]) && b.contains(composes[1])).toBe(true);
  });

  test('inline reply without .M9: the hidden subjectbox and Send still make it a compose', () => {
    const host = gmail('reply-tpl');
    document.body.replaceChildren(host);
    host.querySelector('.M9')!.classList.remove('M9');
    const [compose] = gmailAdapter.findComposes(document);
    expect(gmailAdapter.describe(compose).root).toBe('structure');
    expect(gmailAdapter.toIsEmpty(compose)).toBe(false);
  });

  test('a page with a search box and a plain editable note is not a compose', () => {
    const page = document.createElement('div');
    const search = document.createElement('textarea');
    const note = document.createElement('div');
    note.setAttribute('contenteditable', 'true');
    note.setAttribute('role', 'textbox');
    note.setAttribute('aria-multiline', 'true');
    page.append(search, note);
    document.body.replaceChildren(page);
    expect(gmailAdapter.findComposes(document)).toEqual([]);
    expect(gmailAdapter.composeRootOf(note)).toBeNull();
  });
});

describe('Outlook compose recognition by signals', () => {
  test('today: data-app-section, editorParent body, Fluent subject, header To, split-button Send', () => {
    document.body.replaceChildren(outlook());
    const [compose] = outlookAdapter.findComposes(document);
    expect(outlookAdapter.describe(compose)).toEqual({ root: 'data-app-section', body: 'editorParent-id', subject: 'ms-textfield-255', to: 'header-first-textbox', send: 'primaryActionButton-id' });
  });

  test('data-app-section removed (the case reported by a new user): found by its header id', () => {
    const host = outlook();
    document.body.replaceChildren(host);
    host.querySelector('[data-app-section]')!.removeAttribute('data-app-section');
    const [compose] = outlookAdapter.findComposes(document);
    expect(outlookAdapter.describe(compose).root).toBe('docking-header-id');
    expect(outlookAdapter.findBody(compose)).not.toBeNull();
  });

  test('no section attribute and no ids: the structural rule', () => {
    const host = outlook();
    document.body.replaceChildren(host);
    const root = host.querySelector('[data-app-section]')!;
    root.removeAttribute('data-app-section');
    for (const el of root.querySelectorAll('[id]')) el.removeAttribute('id');
    const [compose] = outlookAdapter.findComposes(document);
    const d = outlookAdapter.describe(compose);
    expect(d).toEqual({ root: 'structure', body: 'multiline-textbox', subject: 'ms-textfield-255', to: 'first-recipient-field', send: 'ms-button-primary' });
    expect(compose).toBe(root);
  });

  test('classes renamed and ids renumbered: subject by maxlength, Send by its id suffix', () => {
    const host = outlook();
    document.body.replaceChildren(host);
    renameClasses(host);
    for (const el of host.querySelectorAll('[id]')) el.id = el.id.replace(/_N$/, '_3').replace('-rN_', '-r7_');
    const [compose] = outlookAdapter.findComposes(document);
    expect(outlookAdapter.describe(compose)).toEqual({ root: 'data-app-section', body: 'editorParent-id', subject: 'maxlength-255', to: 'header-first-textbox', send: 'primaryActionButton-id' });
  });

  test('the recipient wells (one-line textboxes) are never taken for the body', () => {
    const host = outlook();
    document.body.replaceChildren(host);
    host.querySelector('[id^=editorParent_] [role=textbox]')!.remove();
    const [compose] = outlookAdapter.findComposes(document);
    expect(outlookAdapter.findBody(compose)).toBeNull();
  });
});
