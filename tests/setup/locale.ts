import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import es from '../../public/_locales/es/messages.json';

/** The four messages files, and the substitution the browser applies, for tests. */
export type TestLocale = 'en' | 'de' | 'fr' | 'es';
const FILES: Record<TestLocale, Record<string, { message: string }>> = { en, de, fr, es };

let current: TestLocale = 'en';

/** Makes the fake browser answer in this language (reset to English before each test). */
export function setTestUiLocale(lang: TestLocale): void {
  current = lang;
}

export function testUiLocale(): TestLocale {
  return current;
}

/** A message in `lang` with `$1`…`$9` filled in, '' for an unknown key (as browser.i18n does). */
export function localeMessage(lang: TestLocale, key: string, subs?: string | (string | number)[]): string {
  const entry = FILES[lang][key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs.map(String) : [subs];
  return entry.message.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

/** `t` of one language, without the browser (for pure code that takes a `Say`, lib/message.ts). */
export const sayIn =
  (lang: TestLocale) =>
  (key: string, ...subs: (string | number)[]): string =>
    localeMessage(lang, key, subs) || key;
