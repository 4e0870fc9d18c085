/**
 * The languages CareerTalk speaks: its interface, its built-in emails and its guidance
 * checks. Pure (no browser APIs), so lib/plan and lib/templates can use it in Node tests.
 */

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A BCP 47 tag ("de-AT", "es_419", "fr") to one of our languages; English for anything else. */
export function languageOf(tag: string | undefined | null): Language {
  const base = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/** The locale used for dates and times in an email of this language. */
export const EMAIL_LOCALES: Record<Language, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** How the email addresses the manager: the language's polite form, or the familiar one where the team uses it. */
export type Formality = 'formal' | 'informal';

/** Each language's name in itself, as language pickers show it (the same in every interface language). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };

/** The polite and the familiar way to say "you", for the formality picker. */
export const YOU_FORMS: Record<Exclude<Language, 'en'>, Record<Formality, string>> = {
  de: { formal: 'Sie', informal: 'du' },
  fr: { formal: 'vous', informal: 'tu' },
  es: { formal: 'usted', informal: 'tú' },
};
