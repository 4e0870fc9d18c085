import type { ActionItem, EmailChoices, Plan } from './plan/types';
import type { Language } from './plan/language';
import { reviewEmail, wordFindings, type Finding, type WordedFinding } from './templates/review';
import { t, uiLanguage } from './i18n';

/**
 * The review of a rendered email as the extension's pages and the background run it: the
 * checks follow the email's language; a vague goal's concrete forms come from the interface's
 * messages, so they are offered as replacements only when the interface speaks the email's
 * language (a French suggestion never lands in a German email).
 */
export function reviewRendered(
  email: { subject: string; text: string },
  plan: Plan | undefined,
  items: ActionItem[],
  choices: EmailChoices,
  lang: Language,
): Finding[] {
  return reviewEmail(email, plan, items, choices, { lang, suggestion: lang === uiLanguage() ? (key) => t(key) : undefined });
}

/** The same findings as text in the interface language, for the compose window. */
export function wordedReview(findings: Finding[]): WordedFinding[] {
  return wordFindings(findings, (key, ...subs) => t(key, ...subs));
}
