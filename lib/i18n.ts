import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import { languageOf, type Language } from './plan/language';
import { wordMessage, type Message } from './message';

/** Keys of public/_locales/en/messages.json: a typo is a type error. */
export type MessageKey = keyof typeof en;

/**
 * UI text in the person's language. Messages live in public/_locales/<lang>/messages.json;
 * `$1`…`$9` in a message are filled from `subs`. Only the key's type comes from the
 * English file, so no page bundles the strings twice.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The interface language, when it is one CareerTalk speaks; English otherwise. */
export function uiLanguage(): Language {
  try {
    return languageOf(browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

/** A message from lib/ (see lib/message.ts), or text already worded, in the interface language. */
export function tm(m: Message | string): string {
  if (typeof m === 'string') return m;
  let locale = 'en';
  try {
    locale = browser.i18n.getUILanguage() || 'en';
  } catch {
    // No UI language (a worker without one): English number formatting.
  }
  return wordMessage(m, (key, subs) => browser.i18n.getMessage(key, subs), locale);
}
