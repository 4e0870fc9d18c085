import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFirstRun } from '../../lib/background/first-run';
import { freshDb } from './db-helpers';

describe('first run', () => {
  beforeEach(() => fakeBrowser.reset());

  test('installing opens the planner welcome once; an update, a browser update or a second install event opens nothing', async () => {
    const db = freshDb();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerFirstRun(() => db);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false } as never);
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][0].url).toMatch(/\/planner\.html$/);
    // Some browsers report every start of an unpacked extension as an install: still once.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(create).toHaveBeenCalledTimes(1);
  });
});
