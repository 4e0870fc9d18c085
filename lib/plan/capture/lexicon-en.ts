import * as cal from './calendar';
import { months, num, numbers, weekdays, type Lexicon } from './lexicon';

const MONTH = months([
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
]);
// No "sat"/"sun": they are ordinary words.
const WEEKDAY = weekdays([
  ['monday', 'mon'], ['tuesday', 'tues', 'tue'], ['wednesday', 'wed'], ['thursday', 'thurs', 'thur', 'thu'], ['friday', 'fri'], ['saturday'], ['sunday'],
]);
const NUM = numbers([
  [1, ['a', 'an', 'one']], [2, ['two', 'a couple of']], [3, ['three', 'a few']], [4, ['four']], [5, ['five']], [6, ['six']],
  [7, ['seven']], [8, ['eight']], [9, ['nine']], [10, ['ten']], [11, ['eleven']], [12, ['twelve']],
]);

const LEAD = String.raw`(?:(?:by|before|on|until|till|due(?:\s+(?:on|by))?|no\s+later\s+than|at\s+the\s+latest\s+by|for)\s+)?`;
const ORD = String.raw`(?:st|nd|rd|th)`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const UNIT = (u: string) => (u.startsWith('d') ? 'day' : u.startsWith('w') || u.startsWith('f') ? 'week' : 'month') as cal.Unit;
const PERIOD = (p: string) => p as cal.Period;

export const en: Lexicon = {
  owners: [
    { re: String.raw`(?:i\s+will|i'll|i\s+shall|i\s+am\s+going\s+to|i'm\s+going\s+to|i'm\s+gonna|i\s+can|i\s+need\s+to|i\s+have\s+to|i\s+should|i\s+must|i'd|let\s+me|me\s*:|i)\s+`, owner: 'me' },
    { re: String.raw`(?:you\s+will|you'll|you\s+are\s+going\s+to|you're\s+going\s+to|you\s+can|you\s+need\s+to|you\s+should|could\s+you|can\s+you|will\s+you|you\s*:|you)\s+`, owner: 'manager' },
    { re: String.raw`(?:we\s+will|we'll|we\s+are\s+going\s+to|we're\s+going\s+to|we\s+should|let's|let\s+us|we|he\s+will|she\s+will|they\s+will|he'll|she'll|they'll)\s+`, owner: 'ask' },
  ],
  nameVerbs: String.raw`will|'ll|is\s+going\s+to|to|can|should|needs\s+to|shall|is\s+to`,
  notNames: ['the', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'someone', 'somebody', 'everyone', 'team', 'a', 'an', 'please', 'then', 'also', 'and'],
  dates: [
    { re: String.raw`${LEAD}(\d{4})-(\d{1,2})-(\d{1,2})`, resolve: (g, t) => cal.monthDay(t, num(g[1])!, num(g[2])!, num(g[0])) },
    {
      re: String.raw`${LEAD}(?:the\s+)?(${MONTH.re})\.?\s+(\d{1,2})${ORD}?${YEAR}`,
      resolve: (g, t) => cal.monthDay(t, MONTH.get(g[0])!, num(g[1])!, num(g[2])),
    },
    {
      re: String.raw`${LEAD}(?:the\s+)?(\d{1,2})${ORD}?\s+(?:of\s+)?(${MONTH.re})\.?${YEAR}`,
      resolve: (g, t) => cal.monthDay(t, MONTH.get(g[1])!, num(g[0])!, num(g[2])),
    },
    {
      re: String.raw`${LEAD}(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![/\d])`,
      resolve: (g, t) => cal.numericDate(t, num(g[0])!, num(g[1])!, num(g[2]), 'ask'),
    },
    { re: String.raw`${LEAD}(?:the\s+)?(\d{1,2})${ORD}`, resolve: (g, t) => cal.dayOfMonth(t, num(g[0])!) },
    { re: String.raw`(?:by|before|on|until|till)\s+the\s+(\d{1,2})(?![\d/:.])`, resolve: (g, t) => cal.dayOfMonth(t, num(g[0])!) },
    {
      re: String.raw`${LEAD}(?:(next|this|coming)\s+)?(${WEEKDAY.re})\.?(?:\s+(next|this)\s+week)?`,
      resolve: (g, t) =>
        cal.weekday(t, WEEKDAY.get(g[1])!, g[2] === 'next' ? 'next-week' : g[2] === 'this' ? 'this-week' : g[0] === 'next' ? 'next' : g[0] === 'this' ? 'this' : 'plain'),
    },
    { re: String.raw`${LEAD}(?:today|tonight|end\s+of\s+(?:the\s+)?day|eod|close\s+of\s+business|cob)`, resolve: (_g, t) => cal.todayPlus(t, 0) },
    { re: String.raw`${LEAD}(?:the\s+day\s+after\s+tomorrow)`, resolve: (_g, t) => cal.todayPlus(t, 2) },
    { re: String.raw`${LEAD}(?:tomorrow|tmrw)`, resolve: (_g, t) => cal.todayPlus(t, 1) },
    {
      re: String.raw`(?:in|within)\s+(?:the\s+next\s+)?(${NUM.re})\s+(days?|weeks?|months?)`,
      resolve: (g, t) => cal.inUnits(t, NUM.get(g[0])!, UNIT(g[1]!)),
    },
    { re: String.raw`(${NUM.re})\s+(days?|weeks?|months?)\s+from\s+(?:now|today)`, resolve: (g, t) => cal.inUnits(t, NUM.get(g[0])!, UNIT(g[1]!)) },
    { re: String.raw`(?:in|within)\s+(?:a\s+)?fortnight`, resolve: (_g, t) => cal.inUnits(t, 2, 'week') },
    {
      re: String.raw`${LEAD}(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(week|month|quarter|year)`,
      resolve: (g, t) => cal.endOf(t, PERIOD(g[0]!)),
    },
    { re: String.raw`${LEAD}(?:the\s+)?end\s+of\s+next\s+(week|month|quarter|year)`, resolve: (g, t) => cal.endOf(t, PERIOD(g[0]!), 1) },
    { re: String.raw`${LEAD}(?:eow|(?:the\s+)?week's\s+end)`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:eom|(?:the\s+)?month[-\s]end)`, resolve: (_g, t) => cal.endOf(t, 'month') },
    { re: String.raw`${LEAD}(?:eoq|(?:the\s+)?quarter[-\s]end)`, resolve: (_g, t) => cal.endOf(t, 'quarter') },
    { re: String.raw`${LEAD}(?:eoy|(?:the\s+)?year[-\s]end)`, resolve: (_g, t) => cal.endOf(t, 'year') },
    { re: String.raw`${LEAD}(?:the\s+)?end\s+of\s+(${MONTH.re})`, resolve: (g, t) => cal.endOfMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`${LEAD}(?:mid[-\s]?|the\s+middle\s+of\s+)(${MONTH.re})`, resolve: (g, t) => cal.midMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`(by|before)\s+next\s+week`, resolve: (_g, t) => cal.nextWeek(t, true) },
    { re: String.raw`(?:(?:during|over|in)\s+)?(?:the\s+)?next\s+week`, resolve: (_g, t) => cal.nextWeek(t, false) },
    { re: String.raw`(?:later\s+|by\s+the\s+end\s+of\s+)?this\s+week`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:(?:during|in)\s+)?(?:the\s+)?next\s+month`, resolve: (_g, t) => cal.nextMonth(t) },
    { re: String.raw`${LEAD}this\s+month`, resolve: (_g, t) => cal.endOf(t, 'month') },
  ],
};
