import { expect, test } from 'vitest';
import { formatDate } from '../../lib/date-format';

// The planner formats dates on every render; formatDate keeps one Intl formatter per locale and
// options, and must word dates exactly as toLocaleString / toLocaleDateString did.
const dates = [new Date(2026, 11, 3, 10, 30), new Date(2027, 0, 1, 0, 5), new Date(2026, 5, 30, 23, 59)];
const cases: Intl.DateTimeFormatOptions[] = [
  { weekday: 'long', hour: '2-digit', minute: '2-digit' },
  { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
];
const dayCases: Intl.DateTimeFormatOptions[] = [
  { weekday: 'long', month: 'short', day: 'numeric' },
  { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
];

test.each(['en-US', 'de-DE', 'fr-FR', 'es-ES', undefined])('formatDate words dates as toLocaleString does (%s)', (locale) => {
  for (const d of dates) {
    for (const o of cases) expect(formatDate(d, o, locale)).toBe(d.toLocaleString(locale, o));
    for (const o of dayCases) expect(formatDate(d, o, locale)).toBe(d.toLocaleDateString(locale, o));
  }
});

test('formatDate: an unknown locale tag falls back to the default locale instead of throwing', () => {
  const d = dates[0];
  expect(formatDate(d, cases[0], 'not a locale!')).toBe(d.toLocaleString(undefined, cases[0]));
});
