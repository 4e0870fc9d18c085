import { t } from './i18n';
import { TemplateError, TemplateSyntaxError } from './templates';

/**
 * A template error in the interface language. lib/templates says what went wrong as a
 * message key with values (and in English, for logs); this words it for the person,
 * with the line or "Subject:" in front when the error has a place.
 */
export function templateErrorText(e: unknown): string {
  if ((e instanceof TemplateError || e instanceof TemplateSyntaxError) && e.key) {
    const text = t(e.key, ...e.subs);
    if (e.field === 'subject') return t('templatesErrorInSubject', text);
    return e.line ? t('templatesErrorOnLine', e.line, text) : text;
  }
  return e instanceof Error ? e.message : String(e);
}
