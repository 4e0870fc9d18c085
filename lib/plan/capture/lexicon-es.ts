import * as cal from './calendar';
import { months, num, numbers, weekdays, type Lexicon, type OwnerOrAsk } from './lexicon';

const MONTH = months([
  ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo'], ['junio', 'jun'],
  ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
]);
const WEEKDAY = weekdays([['lunes'], ['martes'], ['miércoles'], ['jueves'], ['viernes'], ['sábado'], ['domingo']]);
const NUM = numbers([
  [1, ['un', 'una', 'uno']], [2, ['dos']], [3, ['tres']], [4, ['cuatro']], [5, ['cinco']], [6, ['seis']], [7, ['siete']],
  [8, ['ocho']], [9, ['nueve']], [10, ['diez']], [11, ['once']], [12, ['doce']], [15, ['quince']],
]);

const LEAD = String.raw`(?:(?:para\s+el|para|antes\s+del|antes\s+de|hasta\s+el|a\s+mas\s+tardar\s+el|como\s+(?:muy\s+)?tarde\s+el|el)\s+)?`;
const YEAR = String.raw`(?:\s+(?:de\s+)?(\d{4}))?`;
const UNIT = (u: string) => (u.startsWith('dia') ? 'day' : u.startsWith('semana') ? 'week' : 'month') as cal.Unit;
const CLITIC = String.raw`(?:(?:me|te|le|les|lo|la|los|las|se|nos)\s+)?`;

/**
 * Spanish often drops the subject: the verb's ending says who. A future tense in -ré is
 * "I will" (escribiré), in -rás "you will" (presentarás); "usted" with -rá is the manager too.
 */
function ownerFromVerb(folded: string, lower: string): { owner: OwnerOrAsk; end: number } | undefined {
  const subject = /^(yo|tu|tú|usted)\s+/u.exec(lower);
  const end = subject ? subject[0].length : 0;
  const rest = lower.slice(end);
  const verb = new RegExp(String.raw`^${CLITIC}[\p{L}]+r(é|ás|á)(?![\p{L}])`, 'u').exec(rest);
  if (verb) {
    if (verb[1] === 'é') return { owner: 'me', end };
    if (verb[1] === 'ás') return { owner: 'manager', end };
    return { owner: subject?.[1] === 'usted' ? 'manager' : 'ask', end };
  }
  // A bare "va a…" may be "usted" or someone else: ask.
  if (!subject && new RegExp(String.raw`^${CLITIC}va\s+a\s`, 'u').test(folded)) return { owner: 'ask', end: 0 };
  return undefined;
}

export const es: Lexicon = {
  owners: [
    { re: String.raw`(?:yo\s+)?(?:voy\s+a|me\s+encargo\s+de|me\s+comprometo\s+a|tengo\s+que|puedo)\s+|yo\s*:\s*|yo\s+`, owner: 'me' },
    {
      re: String.raw`(?:tu\s+|usted\s+)?(?:vas\s+a|puedes|tienes\s+que|te\s+encargas\s+de)\s+|usted\s+(?:va\s+a|puede|tiene\s+que|se\s+encarga\s+de)\s+|(?:tu|usted)\s*:\s*|(?:tu|usted)\s+(?=\S)(?!${CLITIC}[\p{L}]+r(?:e|as|a)(?![\p{L}]))`,
      owner: 'manager',
    },
    { re: String.raw`(?:nosotros\s+)?(?:vamos\s+a|nos\s+encargamos\s+de)\s+|nosotros\s+|(?:el|ella)\s+va\s+a\s+`, owner: 'ask' },
  ],
  ownerFromVerb,
  nameVerbs: String.raw`va\s+a|se\s+encarga\s+de|debe|puede|tiene\s+que|(?=${CLITIC}[\p{L}]+ra(?![\p{L}]))`,
  notNames: ['el', 'la', 'los', 'las', 'un', 'una', 'ella', 'alguien', 'equipo', 'luego', 'y', 'tambien', 'gracias', 'yo', 'tu', 'usted'],
  dates: [
    { re: String.raw`${LEAD}(\d{4})-(\d{1,2})-(\d{1,2})`, resolve: (g, t) => cal.monthDay(t, num(g[1])!, num(g[2])!, num(g[0])) },
    {
      re: String.raw`${LEAD}(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+)?(?:dia\s+)?(\d{1,2})\s+(?:de\s+)?(${MONTH.re})\.?${YEAR}`,
      resolve: (g, t) => cal.monthDay(t, MONTH.get(g[1])!, num(g[0])!, num(g[2])),
    },
    {
      re: String.raw`${LEAD}(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![/\d])`,
      resolve: (g, t) => cal.numericDate(t, num(g[0])!, num(g[1])!, num(g[2]), 'day-first'),
    },
    {
      re: String.raw`(?:(?:para|antes\s+del|hasta)\s+el|el)\s+(?:dia\s+)?(\d{1,2})(?![\p{L}\d/:.%])`,
      resolve: (g, t) => cal.dayOfMonth(t, num(g[0])!),
    },
    {
      re: String.raw`${LEAD}(?:(proximo|este)\s+)?(${WEEKDAY.re})(?:\s+(que\s+viene|proximo|de\s+la\s+semana\s+que\s+viene|de\s+la\s+proxima\s+semana|de\s+esta\s+semana))?`,
      resolve: (g, t) =>
        cal.weekday(
          t,
          WEEKDAY.get(g[1])!,
          g[2]?.startsWith('de esta') ? 'this-week' : g[2]?.startsWith('de la') ? 'next-week' : g[2] || g[0] === 'proximo' ? 'next' : g[0] === 'este' ? 'this' : 'plain',
        ),
    },
    { re: String.raw`${LEAD}(?:hoy|esta\s+tarde|esta\s+noche|hoy\s+mismo)`, resolve: (_g, t) => cal.todayPlus(t, 0) },
    { re: String.raw`${LEAD}pasado\s+manana`, resolve: (_g, t) => cal.todayPlus(t, 2) },
    // "mañana" is also "morning" ("el lunes por la mañana"), so only on its own or with a lead-in.
    { re: String.raw`${LEAD}(?<!la\s)manana(?:\s+(?:temprano|por\s+la\s+(?:manana|tarde)))?`, resolve: (_g, t) => cal.todayPlus(t, 1) },
    {
      re: String.raw`(?:en|dentro\s+de)\s+(${NUM.re})\s+(dias?|semanas?|mes(?:es)?)`,
      resolve: (g, t) => cal.inUnits(t, NUM.get(g[0])!, UNIT(g[1]!)),
    },
    { re: String.raw`${LEAD}(?:a\s+)?(?:fin|final|finales)\s+de\s+la\s+semana\s+que\s+viene`, resolve: (_g, t) => cal.endOf(t, 'week', 1) },
    // "el fin de semana" is the weekend; only "finales de semana", "final de la semana" mean its end.
    { re: String.raw`${LEAD}(?:a\s+)?(?:finales\s+de(?:\s+esta|\s+la)?|(?:el\s+)?final\s+de\s+(?:la|esta))\s+semana`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:a\s+)?(?:fin|final|finales)\s+del\s+(?:mes\s+que\s+viene|proximo\s+mes)`, resolve: (_g, t) => cal.endOf(t, 'month', 1) },
    { re: String.raw`${LEAD}(?:a\s+)?(?:fin|final|finales)\s+de(?:l|\s+este)?\s+mes`, resolve: (_g, t) => cal.endOf(t, 'month') },
    { re: String.raw`${LEAD}(?:a\s+)?(?:fin|final|finales)\s+del\s+trimestre`, resolve: (_g, t) => cal.endOf(t, 'quarter') },
    { re: String.raw`${LEAD}(?:a\s+)?(?:fin|final|finales)\s+de(?:\s+este)?\s+ano`, resolve: (_g, t) => cal.endOf(t, 'year') },
    { re: String.raw`${LEAD}(?:a\s+)?(?:fin|final|finales)\s+de\s+(${MONTH.re})`, resolve: (g, t) => cal.endOfMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`${LEAD}(?:a\s+)?mediados\s+de\s+(${MONTH.re})`, resolve: (g, t) => cal.midMonthNamed(t, MONTH.get(g[0])!) },
    { re: String.raw`antes\s+de\s+la\s+(?:semana\s+que\s+viene|proxima\s+semana)`, resolve: (_g, t) => cal.nextWeek(t, true) },
    { re: String.raw`(?:(?:para|durante)\s+)?(?:la\s+)?(?:semana\s+que\s+viene|proxima\s+semana)`, resolve: (_g, t) => cal.nextWeek(t, false) },
    { re: String.raw`(?:durante\s+)?esta\s+semana`, resolve: (_g, t) => cal.endOf(t, 'week') },
    { re: String.raw`${LEAD}(?:el\s+)?(?:mes\s+que\s+viene|proximo\s+mes)`, resolve: (_g, t) => cal.nextMonth(t) },
    { re: String.raw`${LEAD}este\s+mes`, resolve: (_g, t) => cal.endOf(t, 'month') },
  ],
};
