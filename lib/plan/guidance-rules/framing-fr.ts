import { scan, set, type FramingRule } from './scan';

/**
 * French. Traps that must stay quiet: "la promotion d'un produit", "campagne de promotion",
 * "la promotion 2019" (a graduating class), "l'augmentation de la couverture de tests",
 * "l'entretien de la base", "de prime abord", "la masse salariale".
 */

const PAY_WORDS = /^(salaire|salaires|rémunération|rémunérations|bonus)$/u;
/** "d'un", "du", "des", "de": what follows is the thing that grows or is promoted. */
const isOf = (word: string) => word === 'de' || word === 'du' || word === 'des' || word.startsWith("d'");
const DETERMINER = set('une', 'mon', 'ma', 'mes', "l'augmentation", 'la', 'les', 'sa', 'prochaine', 'future', 'possible', 'éventuelle', 'demander', 'demande', 'obtenir', 'avoir', 'vraie', 'belle', 'petite', 'grosse');
const SALARIAL = /^(salarial|salariale|salariales|salariaux)$/u;
const SALARIAL_BEFORE = set('augmentation', 'hausse', 'revalorisation', 'grille', 'grilles', 'négociation', 'évolution', 'progression', 'bande', 'niveau', 'rattrapage');
const PRIME_BEFORE = set('une', 'ma', 'mes', 'la', 'les', 'des', 'sa', 'ses', 'cette');
const PRIME_AFTER = set('annuelle', 'annuelles', 'variable', 'exceptionnelle', "d'objectifs", "d'intéressement");

const PROMOTION_BEFORE = set('une', 'ma', 'mon', 'sa', 'prochaine', 'future', 'possible', 'éventuelle', 'obtenir', 'demander', 'avoir', 'vraie', 'cette', 'nouvelle');
const PROMOTION_AFTER = set('interne', 'au', 'à', 'vers', 'comme', 'en');
const PROMU = /^(promu|promue|promus|promues)$/u;
const ETRE = set('être', 'été', 'suis', 'serai', 'sois', 'soit', 'serais', 'est', 'devenir');

export const framingFr: FramingRule = (tokens, text) =>
  scan(tokens, text, ({ i, w, prev, prev2, next, next2, clauseEnds, add }) => {
    if (PAY_WORDS.test(w)) {
      add('pay', i, i);
    } else if (w === 'augmentation' || w === 'augmentations' || w === "l'augmentation" || w === "d'augmentation") {
      if (isOf(next) && /^(salaire|salaires|rémunération|paie|paye)$/.test(next2)) add('pay', i, i + 2);
      else if (isOf(next)) return; // "augmentation de la couverture", "augmentation du trafic"
      else if (SALARIAL.test(next)) add('pay', i, i + 1);
      else if (DETERMINER.has(prev) || clauseEnds) add('pay', i, i);
    } else if (SALARIAL.test(w)) {
      // "la masse salariale" is the company's payroll budget, not the person's pay.
      if (prev !== 'masse' && SALARIAL_BEFORE.has(prev)) add('pay', i - 1, i);
    } else if (w === 'paie' || w === 'paye') {
      if (prev === 'ma' || (prev === 'de' && prev2 === 'fiche') || prev === 'bulletin') add('pay', i, i);
    } else if (w === 'prime' || w === 'primes') {
      // "de prime abord" is an idiom; "une prime", "prime annuelle" are pay.
      if (next !== 'abord' && (PRIME_BEFORE.has(prev) || PRIME_AFTER.has(next))) add('pay', i, i);
    } else if ((w === 'gagner' && next === 'plus') || (w === 'plus' && next === "d'argent")) {
      add('pay', i, i + 1);
    } else if ((w === 'mieux' || w === 'plus') && /^pay(é|ée|és|ées)$/.test(next)) {
      add('pay', i, i + 1);
    } else if (w === 'promotion' || w === 'promotions') {
      if (isOf(next)) return; // "promotion d'un produit", "promotion des ventes"
      if (PROMOTION_BEFORE.has(prev) || PROMOTION_AFTER.has(next)) add('promotion', i, i);
    } else if (PROMU.test(w)) {
      add('promotion', ETRE.has(prev) ? i - 1 : i, i);
    } else if (w === 'promouvoir' && prev === 'me') {
      add('promotion', i - 1, i);
    } else if (w === 'évaluation' || w === 'évaluations' || w === "l'évaluation" || w === "d'évaluation") {
      if (/^(annuelle|annuelles|individuelle|individuelles|semestrielle)$/.test(next)) add('review', i, i + 1);
      else if (isOf(next) && /^(performance|performances|fin|mi|rendement)$/.test(next2)) {
        // "évaluation de fin d'année": the whole phrase is the term.
        add('review', i, next2 === 'fin' && tokens[i + 3]?.word === "d'année" ? i + 3 : i + 2);
      }
      else if (/^(ma|mon)$/.test(prev)) add('review', i, i);
    } else if (w === 'entretien' || w === 'entretiens' || w === "l'entretien") {
      if (/^(annuel|annuels)$/.test(next) || next === "d'évaluation") add('review', i, i + 1);
    } else if (w === 'notation' && (prev === 'ma' || next === 'annuelle')) {
      add('review', i, i);
    } else if (w === 'note' && next === 'annuelle') {
      add('review', i, i + 1);
    } else if (w === 'performance' && /^(review|rating)$/.test(next)) {
      add('review', i, i + 1);
    }
  });
