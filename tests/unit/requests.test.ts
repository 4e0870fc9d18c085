import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from './db-helpers';
import { wasSent } from '../../lib/plan/emails';
import { handleRequest, isTrustedSender, registerRequestHandlers } from '../../lib/background/requests';
import { addActionItem, createPlan, getPlan } from '../../lib/db/plans';
import { createTemplate } from '../../lib/db/templates';
import type { CareerTalkDB } from '../../lib/db/schema';

const GMAIL = { id: 'test-extension-id', url: 'https://mail.google.com/mail/u/0/#inbox' };

let db: CareerTalkDB;
beforeEach(() => {
  db = freshDb();
});

describe('sender checks', () => {
  test('accepts our own pages, Gmail and Outlook on the web', () => {
    expect(isTrustedSender(GMAIL)).toBe(true);
    expect(isTrustedSender({ id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' })).toBe(true);
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) {
      expect(isTrustedSender({ id: 'test-extension-id', url: `https://${host}/mail/0/` })).toBe(true);
    }
  });

  test('ignores other extensions, other sites, look-alike hosts and missing senders', async () => {
    const bad = [
      { id: 'other-extension', url: GMAIL.url },
      { id: 'test-extension-id', url: 'https://evil.example/' },
      { id: 'test-extension-id', url: 'https://mail.google.com.evil.example/' },
      { id: 'test-extension-id', url: 'http://mail.google.com/' },
      { id: 'test-extension-id', url: 'chrome-extension://other-id/popup.html' },
      { id: 'test-extension-id' },
      undefined,
    ];
    for (const sender of bad) {
      expect(isTrustedSender(sender)).toBe(false);
      expect(await handleRequest(db, { type: 'templates:list' }, sender)).toBeUndefined();
    }
  });

  test('ignores malformed requests', async () => {
    for (const raw of [null, 'templates:list', { type: 'nope' }, { type: 'templates:render' }, { type: 'email:inserted', templateId: 'recap', via: 'fax' }]) {
      expect(await handleRequest(db, raw, GMAIL)).toBeUndefined();
    }
  });
});

describe('messages', () => {
  test('templates:list without a plan: built-ins with everything missing', async () => {
    const res = (await handleRequest(db, { type: 'templates:list' }, GMAIL)) as { ok: true; hasPlan: boolean; items: { id: string; name: string; missing: string[] }[] };
    expect(res.ok).toBe(true);
    expect(res.hasPlan).toBe(false);
    expect(res.items.map((i) => i.name)).toEqual(['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update', 'Informational interview request']);
    expect(res.items[0].missing).toEqual(["Manager's name", 'Your name', 'Company']);
  });

  test('templates:list with a plan: built-ins then own templates, each with its missing fields', async () => {
    await createPlan(db, { managerName: 'Ana Silva', myName: 'Sam', company: 'Northwind' });
    await createTemplate(db, { name: 'Quick note', subject: 'Hi', body: 'Hi {{managerFirstName}}, {{meetingDate}}' });
    const res = (await handleRequest(db, { type: 'templates:list' }, GMAIL)) as { hasPlan: boolean; items: { id: string; name: string; kind?: string; missing: string[] }[] };
    expect(res.hasPlan).toBe(true);
    expect(res.items.map((i) => i.name)).toEqual(['Meeting request', 'Agenda', 'Thank-you recap', 'Check-in update', 'Informational interview request', 'Quick note']);
    expect(res.items[0]).toEqual({ id: 'meeting-request', name: 'Meeting request', kind: 'meeting-request', missing: [] });
    expect(res.items[2].missing).toEqual(['Meeting date', 'Key takeaways', 'Action items']);
    expect(res.items[5].missing).toEqual(['Meeting date']);
  });

  test('templates:render: subject, HTML, text, the manager as recipient, missing fields', async () => {
    const plan = await createPlan(db, { managerName: 'Ana Silva', managerEmail: ' ana@example.com ', myName: 'Sam', company: 'Northwind', meetingAt: '2030-03-12T14:30' });
    await addActionItem(db, plan.id, { text: 'Research the AWS certification', owner: 'me', due: '2030-03-20' });
    const res = (await handleRequest(db, { type: 'templates:render', templateId: 'recap' }, GMAIL)) as Record<string, unknown>;
    expect(res.ok).toBe(true);
    expect(res.to).toBe('ana@example.com');
    expect(res.subject).toBe('Thank you, and a recap of our career development conversation');
    expect(res.text).toContain('I will research the AWS certification by');
    expect(res.html).toContain('<li>I will research the AWS certification by');
    expect(res.missing).toEqual(['Key takeaways']);
  });

  test('templates:render of an unknown template is a clear error', async () => {
    expect(await handleRequest(db, { type: 'templates:render', templateId: 'gone' }, GMAIL)).toEqual({ ok: false, error: expect.stringContaining('no longer exists') });
  });

  test('email:inserted records a draft (not a send) on the active plan; email:sent with its id marks it sent', async () => {
    const plan = await createPlan(db, {});
    const res = (await handleRequest(db, { type: 'email:inserted', templateId: 'agenda', via: 'gmail' }, GMAIL)) as { ok: true; draft: { planId: string; draftId: string } };
    expect(res).toEqual({ ok: true, draft: { planId: plan.id, draftId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    let emails = (await getPlan(db, plan.id))!.emailsSent;
    expect(emails).toEqual([expect.objectContaining({ kind: 'agenda', templateId: 'agenda', via: 'gmail', status: 'drafted' })]);
    expect(wasSent((await getPlan(db, plan.id))!, 'agenda')).toBe(false);

    // A made-up draft id changes nothing.
    expect(await handleRequest(db, { type: 'email:sent', planId: plan.id, draftId: 'guessed' }, GMAIL)).toEqual({ ok: true });
    expect((await getPlan(db, plan.id))!.emailsSent[0].status).toBe('drafted');

    expect(await handleRequest(db, { type: 'email:sent', ...res.draft }, GMAIL)).toEqual({ ok: true });
    emails = (await getPlan(db, plan.id))!.emailsSent;
    expect(emails).toEqual([expect.objectContaining({ status: 'sent', sentAt: expect.any(String) })]);
    expect(wasSent((await getPlan(db, plan.id))!, 'agenda')).toBe(true);
  });

  test('templates:render carries the review; email:fix remembers a choice for that email and the next render follows it', async () => {
    const plan = await createPlan(db, { managerName: 'Ana Silva', myName: 'Sam', company: 'Northwind', meetingAt: '2030-03-12T14:30' });
    await addActionItem(db, plan.id, { text: 'Book the course', owner: 'me', due: '' });
    const first = (await handleRequest(db, { type: 'templates:render', templateId: 'recap' }, GMAIL)) as { text: string; review: { kind: string }[] };
    expect(first.text).toContain('by [Due date]');
    expect(first.review.map((f) => f.kind)).toContain('no-date');
    expect(await handleRequest(db, { type: 'email:fix', templateId: 'recap', fix: { type: 'undated-agree' } }, GMAIL)).toEqual({ ok: true });
    const second = (await handleRequest(db, { type: 'templates:render', templateId: 'recap' }, GMAIL)) as { text: string; review: { kind: string }[] };
    expect(second.text).toContain('I will book the course by a date we agree on.');
    expect(second.review.map((f) => f.kind)).not.toContain('no-date');
    expect((await getPlan(db, plan.id))!.emailChoices).toEqual({ recap: expect.objectContaining({ undated: 'agree' }) });
    // A malformed fix is not a request at all.
    expect(await handleRequest(db, { type: 'email:fix', templateId: 'recap', fix: { type: 'run', code: 'x' } }, GMAIL)).toBeUndefined();
  });

  test('email:sent is only read when well-formed and from a trusted sender', async () => {
    expect(await handleRequest(db, { type: 'email:sent', planId: 'p' }, GMAIL)).toBeUndefined();
    expect(await handleRequest(db, { type: 'email:sent', planId: 'p', draftId: 'd' }, { id: 'x', url: GMAIL.url })).toBeUndefined();
  });

  test('email:inserted without a plan changes nothing and says why', async () => {
    expect(await handleRequest(db, { type: 'email:inserted', templateId: 'agenda', via: 'outlook' }, GMAIL)).toEqual({ ok: false, error: expect.any(String) });
  });

  test('open:planner opens the planner at the stage', async () => {
    expect(await handleRequest(db, { type: 'open:planner', stage: 'goals' }, GMAIL)).toEqual({ ok: true });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/planner.html#goals');
  });

  test('registerRequestHandlers answers through runtime.onMessage and ignores untrusted senders', async () => {
    await createPlan(db, { managerEmail: 'ana@example.com' });
    registerRequestHandlers();
    const [ok] = await fakeBrowser.runtime.onMessage.trigger({ type: 'templates:render', templateId: 'meeting-request' }, GMAIL);
    expect(ok).toMatchObject({ ok: true, to: 'ana@example.com' });
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger({ type: 'templates:render', templateId: 'meeting-request' }, { id: 'x', url: GMAIL.url });
    expect(ignored).toBeUndefined();
  });
});
