import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gmailAdapter, GMAIL_SIGNALS } from '../../lib/webmail/gmail';
import { outlookAdapter, OUTLOOK_SIGNALS } from '../../lib/webmail/outlook';
import { composeCheck } from '../../lib/webmail/report';
import { parseComposeCheck } from '../../lib/compose-check';

function template(file: string, id: string): HTMLElement {
  const html = readFileSync(resolve('tests/fixtures', file), 'utf8');
  const match = html.match(new RegExp(`<template id="${id}">([\\s\\S]*?)</template>`));
  if (!match) throw new Error(`no template ${id} in ${file}`);
  const host = document.createElement('div');
  host.innerHTML = match[1]; // test-only fixture markup
  document.body.replaceChildren(host);
  return host;
}

/** Everything private a compose can hold: none of it may reach the report. */
const SECRETS = ['Salary review for Priya', 'priya.raman@example.org', 'boss.lee@example.net', 'Q3 layoffs are confidential', 'Priya Raman', 'draft-7781', 'acct-5521'];

function fill(host: HTMLElement) {
  const body = host.querySelector<HTMLElement>('[contenteditable=true]')!;
  body.insertAdjacentHTML('afterbegin', `<div data-note="acct-5521">Q3 layoffs are confidential. Write to priya.raman@example.org</div>`);
  const subject = host.querySelector<HTMLInputElement>('input[name=subjectbox], input[maxlength="255"]');
  if (subject) {
    subject.value = 'Salary review for Priya';
    subject.setAttribute('value', 'Salary review for Priya');
  }
  host.querySelector('[name=to] [role=listbox], .well')?.insertAdjacentHTML('afterbegin', '<div role="option" data-hovercard-id="boss.lee@example.net" data-name="Priya Raman" draggable="true">boss.lee@example.net</div>');
  host.querySelector('.M9, [data-app-section]')?.setAttribute('data-draft', 'draft-7781');
}

/** Attribute values in the compose that are not roles and not one of our own signal names. */
function pageValues(root: Element): string[] {
  const ours = [...Object.values(GMAIL_SIGNALS), ...Object.values(OUTLOOK_SIGNALS)].flat().map((s) => s.name);
  const values = new Set<string>();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of el.attributes) {
      if (a.name === 'role' || a.value.length < 4) continue;
      if (ours.some((n) => n.includes(a.value))) continue; // e.g. "subjectbox", "editable"
      values.add(a.value);
    }
  }
  return [...values];
}

describe('Compose check report: structure only', () => {
  test('Gmail compose full of text and addresses: the report names parts and signals, and holds none of the text, addresses or attribute values', () => {
    const host = template('gmail-compose.html', 'compose-tpl');
    fill(host);
    const [compose] = gmailAdapter.findComposes(document);
    const check = composeCheck(gmailAdapter, [compose], compose, null);
    expect(check.focused).toBe('compose');
    expect(check.parts).toEqual({ root: 'gmail-m9', body: 'g_editable', subject: 'subjectbox', to: 'name-to-input', send: 'gmail-btC-aoO' });
    expect(check.report).toContain('body: div role=textbox [aria-label, aria-multiline, class, contenteditable, g_editable, id, role, tabindex]');
    expect(check.report).toContain('signals: g_editable yes, gmail-am-editable yes, multiline-textbox yes');
    for (const secret of SECRETS) expect(check.report).not.toContain(secret);
    expect(check.report).not.toMatch(/@/);
    const leaked = pageValues(host).filter((v) => check.report.includes(v));
    expect(leaked).toEqual([]);
  });

  test('Outlook compose with the root attribute removed: the report says which signal found it, and leaks nothing', () => {
    const host = template('outlook-compose.html', 'compose-tpl');
    host.querySelector('[id^=editorParent_] [role=textbox]')!.setAttribute('contenteditable', 'true');
    fill(host);
    host.querySelector('[data-app-section]')!.removeAttribute('data-app-section');
    const [compose] = outlookAdapter.findComposes(document);
    const check = composeCheck(outlookAdapter, [compose], compose, null);
    expect(check.parts?.root).toBe('docking-header-id');
    expect(check.report).toContain('root signals: data-app-section no, docking-header-id yes, structure yes');
    for (const secret of SECRETS) expect(check.report).not.toContain(secret);
    expect(pageValues(host).filter((v) => check.report.includes(v))).toEqual([]);
  });

  test('an attribute NAME carrying text is not copied either', () => {
    const host = template('gmail-compose.html', 'compose-tpl');
    const body = host.querySelector('[contenteditable=true]')!;
    // The HTML parser accepts names no DOM API would create; they are shown as "?".
    body.insertAdjacentHTML('afterbegin', '<div priya.raman@example.org="1" data-ok="1">x</div>');
    const [compose] = gmailAdapter.findComposes(document);
    const report = composeCheck(gmailAdapter, [compose], compose, null).report;
    expect(report).not.toContain('priya');
  });

  test('floating editor and nothing focused are reported as such; the popup validates what it receives', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = 'Dear priya.raman@example.org';
    document.body.replaceChildren(editor);
    const floating = composeCheck(gmailAdapter, [], null, editor);
    expect(floating.focused).toBe('floating');
    expect(floating.report).not.toContain('priya');
    expect(composeCheck(gmailAdapter, [], null, null).focused).toBe('none');

    expect(parseComposeCheck(floating)).toEqual(floating);
    const focused = { ...floating, focused: 'compose', parts: { root: 'structure', body: 'g_editable', subject: null, to: 'name-to-input', send: 'gmail-btC-aoO' } };
    expect(parseComposeCheck(focused)).toEqual(focused);
    expect(parseComposeCheck({ ...floating, webmail: 'yahoo' })).toBeNull();
    expect(parseComposeCheck({ ...floating, composes: -1 })).toBeNull();
    expect(parseComposeCheck({ ...floating, parts: { root: '<img src=x>', body: null, subject: null, to: null, send: null } })).toBeNull();
    expect(parseComposeCheck('nope')).toBeNull();
  });
});
