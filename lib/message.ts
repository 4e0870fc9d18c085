import type { MessageKey } from './i18n';

/**
 * Text for the person, said by pure lib/ code without the browser: a message key and the
 * values for its `$1`…`$9`. A value may itself be a message ("should be $1" with $1 = "a
 * list"), so lib/ composes sentences from translated pieces and never from English words.
 * The UI words it in the interface language with `tm()` (lib/i18n.ts); tests word it in
 * any of the four languages. Plain data: it crosses a worker's postMessage unchanged.
 */
export interface Message {
  key: MessageKey;
  subs?: MessageValue[];
}
export type MessageValue = string | number | Message;

/**
 * A key's text with its values filled in, in one language: `t` (lib/i18n.ts) in the extension,
 * any locale in tests. Pure code that writes whole documents (the Markdown export) takes one.
 */
export type Say = (key: MessageKey, ...subs: (string | number)[]) => string;

export const msg = (key: MessageKey, ...subs: MessageValue[]): Message => (subs.length ? { key, subs } : { key });

export const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).key === 'string';

/**
 * The message's text: `lookup` finds a key's text with its values filled in (browser.i18n's
 * getMessage), numbers are written the way `locale` writes them ("1.234,5" in German).
 */
export function wordMessage(m: Message, lookup: (key: MessageKey, subs: string[]) => string, locale = 'en'): string {
  const value = (v: MessageValue): string =>
    typeof v === 'number' ? v.toLocaleString(locale, { maximumFractionDigits: 1 }) : typeof v === 'string' ? v : wordMessage(v, lookup, locale);
  return lookup(m.key, (m.subs ?? []).map(value)) || m.key;
}
