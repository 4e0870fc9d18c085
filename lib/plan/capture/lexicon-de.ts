import * as cal from './calendar';
import { months, num, numbers, weekdays, type Lexicon } from './lexicon';

const MONTH = months([
  ['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'maerz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
  ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
]);
// Only full weekday names in free text: "So", "Do", "Mi" are everyday words.
const WEEKDAY_FULL = weekdays([['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']]);
const NUM = numbers([
  [1, ['ein', 'eine', 'einem', 'einer', 'einen', 'eines']], [2, ['zwei', 'ein paar']], [3, ['drei']], [4, ['vier']], [5, ['fünf']], [6, ['sechs']],
  [7, ['sieben']], [8, ['acht']], [9, ['neun']], [10, ['zehn']], [11, ['elf']], [12, ['zwölf']], [14, ['vierzehn']],
]);

const LEAD = String.raw`(?:(?:bis\s+spatestens(?:\s+(?:am|zum))?|spatestens(?:\s+(?:am|bis(?:\s+zum)?))?|bis\s+zum|bis\s+zur|bis\s+am|bis|vor\s+dem|vor|am|zum|fur\s+den|fur)\s+)?`;
const YEAR = String.raw`(?:\s+(\d{4}))?`;
const UNIT = (u: string) => (u.startsWith('tag') ? 'day' : u.startsWith('woch') ? 'week' : 'month') as cal.Unit;
const PERIOD: Record<string, cal.Period> = { woche: 'week', monats: 'month', monat: 'month', quartals: 'quarter', quartal: 'quarter', jahres: 'year', jahr: 'year' };

export const de: Lexicon = {
  owners: [
    { re: String.raw`(?:ich\s+werde|ich\s+will|ich\s+muss|ich\s+kann|ich\s+soll|ich\s+kummere\s+mich\s+(?:darum|um)|werde\s+ich|ich\s*:|ich)\s+`, owner: 'me' },
    { re: String.raw`(?:du\s+wirst|du\s+willst|du\s+kannst|kannst\s+du|sie\s+werden|sie\s+konnen|konnen\s+sie|du\s*:|du|sie)\s+`, owner: 'manager' },
    { re: String.raw`(?:wir\s+werden|wir\s+wollen|wir|er\s+wird|er|man)\s+`, owner: 'ask' },
  ],
  nameVerbs: String.raw`wird|soll|muss|kann|will|kummert\s+sich\s+(?:darum|um)`,
  notNames: ['der', 'die', 'das', 'ein', 'eine', 'er', 'es', 'sie', 'man', 'jemand', 'team', 'dann', 'und', 'auch', 'bitte', 'wir', 'ich', 'du'],
  dates: [
    { re: String.raw`${LEAD}(\d{4})-(\d{1,2})-(\d{1,2})`, resolve: (g, t) => cal.monthDay(t, num(g[1])!, num(g[2])!, num(g[0])) },
    {
      re: String.raw`${LEAD}(?:(?:dem|den)\s+)?(\d{1,2})\.?\s*(${MONTH.re})\.?${YEAR}`,
      resolve: (g, t) => cal.monthDay(t, MONTH.get(g[1])!, num(g[0])!, num(g[2])),
    },
    {
      re: String.raw`${LEAD}(?:(?:dem|den)\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?`,
      resolve: (g, t) => cal.numericDate(t, num(g[0])!, num(g[1])!, num(g[2]), 'day-first'),
    },
    {
      re: String.raw`${LEAD}(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![/\d])`,
      resolve: (g, t) => cal.numericDate(t, num(g[0])!, num(g[1])!, num(g[2]), 'day-first'),
    },
    { re: String.raw`(?:bis\s+zum|zum|am|bis)\s+(?:(?:dem|den)\s+)?(\d{1,2})\.(?![\d.])`, resolve: (g, t) => cal.dayOfMonth(t, num(g[0])!) },
    {
      re: String.raw`${LEAD}(?:(nachste[nm]?|kommende[nm]?|diese[nm]?)\s+)?(${WEEKDAY_FULL.re})(?:\s+(nachster|kommender|dieser)\s+woche)?`,
      resolve: (g, t) =>
        cal.weekday(
          t,
          WEEKDAY_FULL.get(g[1])!,
          g[2] === 'dieser' ? 'this-week' : g[2] ? 'next-week' : g[0]?.startsWith('diese') ? 'this' : g[0] ? 'next' : 'plain',
        ),
    },
    {
      re: String.raw`(?:(?:bis\s+)?(?:nachste|kommende)\s+woche|(?:in\s+der\s+)?(?:nachsten|kommenden)\s+woche)\s+(${WEEKDAY_FULL.re})`,
      resolve: (g, t) => cal.weekday(t, WEEKDAY_FULL.get(g[0])!, 'next-week'),
    },
    { re: String.raw`${LEAD}(?:heute(?:\s+abend)?|feierabend|ende\s+des\s+tages)`, resolve: (_g, t) => cal.todayPlus(t, 0) },
    { re: String.raw`${LEAD}ubermorgen`, resolve: (_g, t) => cal.todayPlus(t, 2) },
    { re: String.raw`${LEAD}morgen(?:\s+(?:fruh|abend|nachmittag))?`, resolve: (_g, t) => cal.todayPlus(t, 1) },
    {
      re: String.raw`(?:in|innerhalb(?:\s+von)?|binnen)\s+(${NUM.re})\s+(tag(?:e|en)?|woche(?:n)?|monat(?:e|en|s)?)`,
      resolve: (g, t) => cal.inUnits(t, NUM.get(g[0])!, UNIT(g[1]!)),
    },
    {
      re: String.raw`${LEAD}(?:(?:zum|am)\s+)?ende\s+(?:der|des|dieser|dieses|diesen)\s+(woche|monats|quartals|jahres)`,
      resolve: (g, t) => cal.endOf(t, PERIOD[g[0]!]),
    },
    {
      re: String.raw`${LEAD}(?:(?:zum|am)\s+)?ende\s+(?:der\s+|des\s+)?(?:nachsten|kommenden|nachster|kommender)\s+(woche|monats|quartals|jahres)`,
      resolve: (g, t) => cal.endOf(t, PERIOD[g[0]!], 1),
    },
    { re: String.raw`${LEAD}(?:(?:zum|am)\s+)?(monat|quartal|jahr)e?sende`, resolve: (g, t) => cal.endOf(t, PERIOD[g[0]!]) },
    { re: String.raw`${LEAD}(?:(?:zum|am)\s+)?ende\s+(${MONTH.re})`, resolve: (g, t) => cal.endOfMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`${LEAD}(?:(?:zur|in\s+der)\s+)?mitte\s+(${MONTH.re})`, resolve: (g, t) => cal.midMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`(?:bis\s+(?:zur\s+)?|vor\s+der\s+)(?:nachste[n]?|kommende[n]?)\s+woche`, resolve: (_g, t) => cal.nextWeek(t, true) },
    { re: String.raw`(?:in\s+der\s+|im\s+laufe\s+der\s+)?(?:nachste[n]?|kommende[n]?)\s+woche`, resolve: (_g, t) => cal.nextWeek(t, false) },
    { re: String.raw`(?:(?:noch|im\s+laufe)\s+)?(?:diese[r]?)\s+woche`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:im\s+)?(?:nachste[nm]?|kommende[nm]?)\s+monat`, resolve: (_g, t) => cal.nextMonth(t) },
    { re: String.raw`${LEAD}(?:noch\s+)?(?:diesen|in\s+diesem)\s+monat`, resolve: (_g, t) => cal.endOf(t, 'month') },
  ],
};
