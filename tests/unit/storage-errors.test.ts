import { describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describeStorageError } from '../../lib/db/errors';
import { CareerTalkDB } from '../../lib/db/schema';

describe('storage errors become sentences a person can act on', () => {
  test('quota exceeded', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toMatch(/out of storage space.*still here/);
    // Dexie wraps the DOM error; the inner name is what counts.
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' }, message: 'aborted' })).toMatch(/out of storage space/);
  });

  test('an upgrade while an older tab is open neither blocks nor loses that tab\'s writes', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('careertalk-blocked', { indexedDB, IDBKeyRange });
    old.version(1).stores({ plans: 'id, updatedAt', settings: 'key' });
    await old.open();
    // The new code upgrades; Dexie closes the old connection instead of blocking the upgrade.
    const current = new CareerTalkDB('careertalk-blocked', { indexedDB, IDBKeyRange });
    await current.open();
    // Dexie 4 reopens the old tab's connection at the new version, so its next write still lands.
    await old.table('plans').put({ id: 'x', updatedAt: '2026-01-01' });
    expect(await current.plans.get('x')).toMatchObject({ id: 'x' });
    current.close();
    old.close();
  });

  test('a blocked or closed database asks to close other tabs', () => {
    expect(describeStorageError({ name: 'DatabaseClosedError', message: 'Database has been closed' })).toMatch(/Close the other tabs/);
    expect(describeStorageError({ name: 'BlockedError', message: 'blocked' })).toMatch(/Close the other tabs/);
  });

  test('anything else keeps its message and says the text is kept', () => {
    expect(describeStorageError(new Error('disk on fire'))).toBe('Could not save: disk on fire. What you typed is still here; try again.');
  });
});

describe('an edit to a plan deleted elsewhere', () => {
  test('is a PlanGoneError, explained as such, whatever the wording of the message', async () => {
    const { freshDb } = await import('./db-helpers');
    const { updatePlanFields } = await import('../../lib/db/plans');
    const { PlanGoneError } = await import('../../lib/db/errors');
    const error = await updatePlanFields(freshDb(), 'gone', { company: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(PlanGoneError);
    expect(describeStorageError(error)).toBe('This plan no longer exists. It may have been deleted in another window.');
  });
});
