/**
 * Dates formatted with Intl, one formatter per locale and options. Building an
 * Intl.DateTimeFormat (which `toLocaleString` does on every call) is far slower than
 * using one, and the planner formats dates on every render (a keystroke's re-render too).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown locale tag must not break the page: fall back to the default locale.
      f = new Intl.DateTimeFormat(undefined, options);
    }
    if (formatters.size > 50) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/**
 * `date` in `locale` (the runtime's default when omitted), as `date.toLocaleString(locale, options)`
 * words it when `options` name at least one date or time field (as every caller's do).
 */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions, locale?: string): string {
  return formatter(locale, options).format(date);
}
