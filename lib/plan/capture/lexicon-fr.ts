import * as cal from './calendar';
import { months, num, numbers, weekdays, type Lexicon } from './lexicon';

const MONTH = months([
  ['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
  ['juillet', 'juil'], ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc'],
]);
const WEEKDAY = weekdays([['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']]);
const NUM = numbers([
  [1, ['un', 'une']], [2, ['deux']], [3, ['trois']], [4, ['quatre']], [5, ['cinq']], [6, ['six']], [7, ['sept']],
  [8, ['huit']], [9, ['neuf']], [10, ['dix']], [11, ['onze']], [12, ['douze']], [15, ['quinze']],
]);

const LEAD = String.raw`(?:(?:d'ici(?:\s+(?:au|a|le))?|avant(?:\s+le)?|pour(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?|jusqu'au|jusqu'a|le)\s+)?`;
const DAY = String.raw`(\d{1,2}|1er)`;
const YEAR = String.raw`(?:\s+(\d{4}))?`;
const dayNum = (g: string | undefined) => (g === '1er' ? 1 : num(g)!);
const UNIT = (u: string) => (u.startsWith('jour') ? 'day' : u.startsWith('semaine') ? 'week' : 'month') as cal.Unit;

export const fr: Lexicon = {
  owners: [
    { re: String.raw`(?:je\s+vais\s+|je\s+dois\s+|je\s+peux\s+|je\s+m'engage\s+a\s+|je\s+m'occupe\s+de\s+|je\s*:\s*|moi\s*:\s*|je\s+|j')`, owner: 'me' },
    { re: String.raw`(?:tu\s+vas\s+|tu\s+peux\s+|tu\s*:\s*|tu\s+|vous\s+allez\s+|vous\s+pouvez\s+|pourriez-vous\s+|vous\s*:\s*|vous\s+)`, owner: 'manager' },
    { re: String.raw`(?:nous\s+allons\s+|nous\s+|on\s+va\s+|on\s+|il\s+va\s+|elle\s+va\s+|il\s+|elle\s+)`, owner: 'ask' },
  ],
  // "Marco va…", "Marco doit…", "Marco enverra…" (a future tense in -ra).
  nameVerbs: String.raw`va|doit|peut|s'occupe\s+de|se\s+charge\s+de|(?=[\p{L}]+ra(?![\p{L}]))`,
  notNames: ['le', 'la', 'les', 'un', 'une', 'il', 'elle', 'on', 'ce', 'cela', 'quelqu\'un', 'equipe', 'puis', 'et', 'aussi', 'merci'],
  dates: [
    { re: String.raw`${LEAD}(\d{4})-(\d{1,2})-(\d{1,2})`, resolve: (g, t) => cal.monthDay(t, num(g[1])!, num(g[2])!, num(g[0])) },
    {
      re: String.raw`${LEAD}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?${DAY}\s+(${MONTH.re})\.?${YEAR}`,
      resolve: (g, t) => cal.monthDay(t, MONTH.get(g[1])!, dayNum(g[0]), num(g[2])),
    },
    {
      re: String.raw`${LEAD}(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![/\d])`,
      resolve: (g, t) => cal.numericDate(t, num(g[0])!, num(g[1])!, num(g[2]), 'day-first'),
    },
    {
      re: String.raw`(?:d'ici\s+(?:au|le)|avant\s+le|pour\s+le|au\s+plus\s+tard\s+le|jusqu'au|le)\s+${DAY}(?![\p{L}\d/:.])`,
      resolve: (g, t) => cal.dayOfMonth(t, dayNum(g[0])),
    },
    {
      re: String.raw`${LEAD}(?:(ce)\s+)?(${WEEKDAY.re})(?:\s+(prochain|qui\s+vient|de\s+la\s+semaine\s+prochaine|de\s+cette\s+semaine))?`,
      resolve: (g, t) =>
        cal.weekday(
          t,
          WEEKDAY.get(g[1])!,
          g[2]?.startsWith('de la') ? 'next-week' : g[2]?.startsWith('de cette') ? 'this-week' : g[2] === 'prochain' ? 'next' : g[0] ? 'this' : 'plain',
        ),
    },
    { re: String.raw`${LEAD}(?:aujourd'hui|ce\s+soir|en\s+fin\s+de\s+journee)`, resolve: (_g, t) => cal.todayPlus(t, 0) },
    { re: String.raw`${LEAD}apres[-\s]demain`, resolve: (_g, t) => cal.todayPlus(t, 2) },
    { re: String.raw`${LEAD}demain(?:\s+(?:matin|soir))?`, resolve: (_g, t) => cal.todayPlus(t, 1) },
    {
      re: String.raw`(?:dans|d'ici|sous|en)\s+(${NUM.re})\s+(jours?|semaines?|mois)`,
      resolve: (g, t) => cal.inUnits(t, NUM.get(g[0])!, UNIT(g[1]!)),
    },
    { re: String.raw`sous\s+huitaine`, resolve: (_g, t) => cal.inUnits(t, 1, 'week') },
    { re: String.raw`sous\s+quinzaine`, resolve: (_g, t) => cal.inUnits(t, 2, 'week') },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+(?:de\s+la\s+|de\s+)semaine\s+prochaine`, resolve: (_g, t) => cal.endOf(t, 'week', 1) },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+(?:de\s+la\s+|de\s+|de\s+cette\s+)semaine`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+du\s+mois\s+prochain`, resolve: (_g, t) => cal.endOf(t, 'month', 1) },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+(?:du|de|de\s+ce)\s+mois(?:-ci)?`, resolve: (_g, t) => cal.endOf(t, 'month') },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+(?:du|de\s+ce)\s+trimestre`, resolve: (_g, t) => cal.endOf(t, 'quarter') },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+(?:de\s+l'|d'|de\s+cette\s+)annee`, resolve: (_g, t) => cal.endOf(t, 'year') },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?fin\s+(?:de\s+|d')?(${MONTH.re})`, resolve: (g, t) => cal.endOfMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`${LEAD}(?:(?:a\s+)?la\s+)?mi-(${MONTH.re})`, resolve: (g, t) => cal.midMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`avant\s+la\s+semaine\s+prochaine`, resolve: (_g, t) => cal.nextWeek(t, true) },
    { re: String.raw`(?:(?:d'ici|pour)\s+)?la\s+semaine\s+prochaine`, resolve: (_g, t) => cal.nextWeek(t, false) },
    { re: String.raw`(?:dans\s+la\s+semaine|cette\s+semaine)`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:le\s+|au\s+)?mois\s+prochain`, resolve: (_g, t) => cal.nextMonth(t) },
    { re: String.raw`${LEAD}ce\s+mois-ci`, resolve: (_g, t) => cal.endOf(t, 'month') },
  ],
};
