import { browser } from 'wxt/browser';
import type { CareerTalkDB } from './schema';
import { importFromFile } from './transfer';
import type { ImportResult } from '../io/import';

/**
 * Imports a picked file in a worker (lib/io/import-worker.ts), so even a file with 100,000
 * action items never blocks the page. Where no worker can run (tests, a browser refusing
 * it), the same import runs here instead: the result is the same either way.
 */
export async function importFileOffThread(db: CareerTalkDB, file: Blob): Promise<ImportResult> {
  let worker: Worker | undefined;
  try {
    if (typeof Worker === 'undefined') throw new Error('no workers');
    worker = new Worker(new URL('../io/import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return importFromFile(db, file);
  }
  const w = worker;
  return new Promise<ImportResult>((resolve) => {
    let started = false;
    w.onmessage = (event: MessageEvent<ImportResult>) => {
      started = true;
      w.terminate();
      resolve(event.data);
    };
    // The worker script failed to load or crashed before answering: import here instead.
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (!started) resolve(importFromFile(db, file));
    };
    w.postMessage({ file, locale: browser.i18n.getUILanguage() });
  });
}
