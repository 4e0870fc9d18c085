import { beforeEach, describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import { createPlan, getPlan } from '../../lib/db/plans';
import { readSnapshot, saveSnapshot } from '../../lib/db/snapshot';
import { snapshotActivePlan } from '../../lib/db/draft-journal';
import { handleRequest } from '../../lib/background/requests';
import { handleMenuClick, MENU_IDS, type MenuDeps } from '../../lib/background/context-menus';
import { handleNoticeClick, noticeId } from '../../lib/background/notify';
import { applySnapshotRefresh, isOffscreenSnapshotMessage, OFFSCREEN_SNAPSHOT } from '../../lib/background/snapshot-refresh';
import type { CareerTalkDB } from '../../lib/db/schema';

// The background's writes keep the popup's first-frame snapshot in step. Here the background
// has a document with localStorage (Firefox's background page); Chrome's service worker goes
// through the offscreen document (tests/e2e/snapshot-background.e2e.ts).

const GMAIL = { id: 'test-extension-id', url: 'https://mail.google.com/mail/u/0/#inbox' };

const quietDeps: MenuDeps = {
  executeScript: async () => undefined as never,
  notify: async () => undefined,
  openPlanner: async () => undefined,
  flashBadge: async () => undefined,
  copyToClipboard: async () => ({ ok: true, how: 'extension' }),
};

let db: CareerTalkDB;
beforeEach(() => {
  localStorage.clear();
  db = freshDb();
});

describe('background writers refresh the snapshot', () => {
  test('an email recorded as drafted, then as sent, is in the snapshot at once', async () => {
    const plan = await createPlan(db, { managerName: 'Ana Silva', myName: 'Sam' });
    snapshotActivePlan(await getPlan(db, plan.id));
    expect(readSnapshot()?.emailsSent).toEqual([]);

    const res = (await handleRequest(db, { type: 'email:inserted', templateId: 'recap', via: 'gmail' }, GMAIL)) as { draft: { planId: string; draftId: string } };
    expect(readSnapshot()?.emailsSent).toEqual([expect.objectContaining({ kind: 'recap', status: 'drafted' })]);

    await handleRequest(db, { type: 'email:sent', ...res.draft }, GMAIL);
    expect(readSnapshot()?.emailsSent).toEqual([expect.objectContaining({ kind: 'recap', status: 'sent' })]);
    expect(readSnapshot()).toEqual(await getPlan(db, plan.id));
  });

  test('a selection saved from the context menu is in the snapshot at once', async () => {
    const plan = await createPlan(db, { goals: [] });
    snapshotActivePlan(await getPlan(db, plan.id));
    const r = await handleMenuClick(db, { menuItemId: MENU_IDS.saveGoal, selectionText: 'Lead the billing migration' }, undefined, quietDeps);
    expect(r.ok).toBe(true);
    expect(readSnapshot()?.goals.map((g) => g.text)).toEqual(['Lead the billing migration']);
  });

  test('a notification that makes another plan active makes it the snapshot', async () => {
    const first = await createPlan(db, { company: 'Acme' });
    await createPlan(db, { company: 'Globex' });
    snapshotActivePlan((await getPlan(db, (await db.settings.get('activePlanId'))!.value as string))!);
    expect(readSnapshot()?.company).toBe('Globex');
    expect(await handleNoticeClick(db, noticeId({ key: 'saved:x', stage: 'goals', planId: first.id }))).toBe(true);
    expect(readSnapshot()?.id).toBe(first.id);
    expect(readSnapshot()?.company).toBe('Acme');
  });
});

describe('applySnapshotRefresh', () => {
  test('never replaces a newer read of the same plan with an older one', async () => {
    const plan = await createPlan(db, { company: 'Acme' });
    const older = (await getPlan(db, plan.id))!;
    const newer = { ...older, company: 'Initech', updatedAt: new Date(Date.parse(older.updatedAt) + 1000).toISOString() };
    saveSnapshot(newer);
    applySnapshotRefresh(older);
    expect(readSnapshot()?.company).toBe('Initech');
    // Another plan, or no plan at all, always replaces it.
    const other = await createPlan(db, { company: 'Globex' });
    applySnapshotRefresh(other);
    expect(readSnapshot()?.company).toBe('Globex');
    applySnapshotRefresh(undefined);
    expect(readSnapshot()).toBeUndefined();
  });

  test('the offscreen document takes only well-formed snapshot messages', () => {
    expect(isOffscreenSnapshotMessage({ type: OFFSCREEN_SNAPSHOT, plan: null })).toBe(true);
    expect(isOffscreenSnapshotMessage({ type: OFFSCREEN_SNAPSHOT, plan: { id: 'p', updatedAt: '2026-01-01T00:00:00Z' } })).toBe(true);
    for (const bad of [null, 'x', { type: 'other', plan: null }, { type: OFFSCREEN_SNAPSHOT }, { type: OFFSCREEN_SNAPSHOT, plan: { id: 1 } }, { type: OFFSCREEN_SNAPSHOT, plan: 'p' }]) {
      expect(isOffscreenSnapshotMessage(bad)).toBe(false);
    }
  });
});
