/**
 * `browser.i18n` for a dedicated worker: extension APIs do not exist there, but the code an
 * import runs (validation messages, storage errors) looks its text up with `t()`. Imported
 * first by the worker entry, this gives it a `chrome` object whose `i18n.getMessage` reads the
 * extension's own messages.json for the language the page asked for, so nothing else changes.
 */

type Messages = Record<string, { message: string }>;
let messages: Messages = {};

function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, n: string) => (n === '$' ? '$' : (values[Number(n) - 1] ?? '')));
}

const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } } };
if (!g.chrome?.runtime?.id) {
  // The polyfill behind `wxt/browser` wants an extension id; this worker belongs to the extension page that made it.
  g.chrome = { runtime: { id: 'careertalk-worker' }, i18n: { getMessage, getUILanguage: () => 'en' } } as typeof g.chrome;
}

/** Loads the messages of `locale` (e.g. "de", "pt_BR"), falling back to its language, then English. */
export async function loadWorkerMessages(locale: string): Promise<void> {
  const tries = [locale.replace('-', '_'), locale.split(/[-_]/)[0], 'en'];
  for (const name of tries) {
    if (!/^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,4})?$/.test(name)) continue;
    try {
      const res = await fetch(`/_locales/${name}/messages.json`);
      if (res.ok) {
        messages = (await res.json()) as Messages;
        return;
      }
    } catch {
      // Try the next one.
    }
  }
}
