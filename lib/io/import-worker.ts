// Must come first: gives this worker the `t()` the import code uses.
import { loadWorkerMessages } from './worker-i18n';
import { getDb } from '../db/schema';
import { importFromFile } from '../db/transfer';

/**
 * The whole import of one file, off the page's main thread: reading, the nesting scan,
 * JSON.parse, validation, planning the rows and the one IndexedDB transaction that adds
 * them. A 100,000-item file takes seconds of work, none of it blocking the page; the pages
 * open on the database see the new rows through Dexie's cross-context change events.
 */
self.onmessage = async (event: MessageEvent<{ file: Blob; locale: string }>) => {
  const { file, locale } = event.data;
  await loadWorkerMessages(locale);
  try {
    (self as unknown as Worker).postMessage(await importFromFile(getDb(), file));
  } catch (error) {
    (self as unknown as Worker).postMessage({ ok: false, errors: [String((error as Error)?.message ?? error)] });
  }
};
