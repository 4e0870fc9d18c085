import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';
import { freshDb } from './db-helpers';
import type { CareerTalkDB } from '../../lib/db/schema';

/**
 * Each test gets a fresh database, an empty localStorage (Plan details' open state, the
 * snapshot), the location hash set to `hash`, and a host element the planner is rendered into
 * and unmounted from afterwards. `use` receives them before each test.
 */
export function usePlannerHost(hash: string, use: (db: CareerTalkDB, host: HTMLElement) => void): void {
  let host: HTMLElement;
  beforeEach(() => {
    localStorage.clear();
    host = document.createElement('div');
    document.body.append(host);
    history.replaceState(null, '', hash);
    use(freshDb(), host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });
}
