import { scan, set, type FramingRule } from './scan';

/**
 * German. Compounds carry the meaning ("Gehaltserhöhung", "Jahresgehalt"), so words are
 * matched by their parts. Traps that must stay quiet: "der Gehalt an Erfahrung" (content),
 * "Informationsgehalt", "es lohnt sich", "Bezahlung per Kreditkarte", "Beförderung von
 * Paketen", "Bonuspunkte", "Leistung der Datenbank".
 */

/** "Gehalt", "Gehälter", "Gehaltserhöhung", "Gehaltsband", "Gehaltsvorstellung"… */
const GEHALT = /^(gehalt|gehalts\p{L}*|gehaltes|gehälter\p{L}*)$/u;
/** Compounds ending in -gehalt that are pay ("Jahresgehalt"); others are content ("Informationsgehalt"). */
const PAY_GEHALT = /^(grund|jahres|ziel|monats|brutto|netto|einstiegs|fix|mehr|start|anfangs|basis|wunsch|dreizehntes)gehalt(s|es)?$/u;
const LOHN = /^(lohn|lohnes|löhne|löhnen|lohnerhöhung(en)?|lohnsteigerung(en)?|lohngruppe\p{L}*|lohnstufe\p{L}*|lohnverhandlung(en)?|lohnband\p{L}*)$/u;
const PAY_WORDS = /^(\p{L}*vergütung(en)?|entgelt(e|s)?|entgelt(gruppe|stufe|erhöhung)\p{L}*|boni|bonus|bonuszahlung(en)?|bonusziel\p{L}*|jahresbonus|(jahres|leistungs|sonder)prämie(n)?|prämie(n)?|sonderzahlung(en)?|tantieme(n)?|gratifikation(en)?|inflationsausgleich\p{L}*|weihnachtsgeld|urlaubsgeld)$/u;
/** "Bonuspunkte", "Bonusprogramm": customer loyalty, not the person's pay. */
const BONUS_NOT = /^bonus(punkt|programm|karte|system|feature|level)/u;
/** Before "Bezahlung": the person's pay ("faire Bezahlung"), not a checkout ("Bezahlung per Karte"). */
const BEZAHLUNG_BEFORE = set('meine', 'meiner', 'bessere', 'besserer', 'besseren', 'höhere', 'höheren', 'faire', 'fairen', 'gerechte', 'gerechten', 'angemessene', 'angemessenen', 'unsere', 'unserer', 'gleiche', 'gleichen');
const BEZAHLUNG_AFTER = set('ist', 'sollte', 'anpassen', 'erhöhen', 'verbessern', 'verhandeln', 'sprechen', 'reden');

const BEFOERDERUNG = /^beförderung(en)?$/u;
const BEFOERDERUNGS = /^beförderungs(gespräch|runde|zyklus|chance|antrag|möglichkeit|stufe|verfahren)\p{L}*$/u;
const UPGRADE = /^(höherstufung|höhergruppierung)(en)?$/u;
const BEFOERDERT_NEAR = set('werden', 'werde', 'wurde', 'wird', 'zu', 'zum', 'zur', 'mich', 'ich', 'endlich');

const REVIEW_WORDS = /^((leistungs|mitarbeiter|jahres|halbjahres|zwischen)(beurteilung|bewertung|einstufung)(en)?|(mitarbeiter)?jahresgespräch(e|s|es|en)?|leistungsbeurteilungs\p{L}*|beurteilungsgespräch(e|s|en)?|performancebewertung(en)?)$/u;
const PERFORMANCE_AFTER = set('review', 'reviews', 'rating', 'ratings', 'bewertung', 'beurteilung', 'score', 'gespräch', 'einstufung');

export const framingDe: FramingRule = (tokens, text) =>
  scan(tokens, text, ({ i, w, prev, next, next2, add }) => {
    if (GEHALT.test(w)) {
      // "der Gehalt an …" is content ("Gehalt an Erfahrung"), not salary.
      if (next !== 'an') add('pay', i, i);
    } else if (PAY_GEHALT.test(w) || LOHN.test(w)) {
      add('pay', i, i);
    } else if (PAY_WORDS.test(w)) {
      if (!BONUS_NOT.test(w) && !(w === 'bonus' && /^punkt/.test(next))) add('pay', i, i);
    } else if (w === 'bezahlung') {
      if (BEZAHLUNG_BEFORE.has(prev) || BEZAHLUNG_AFTER.has(next)) add('pay', i, i);
    } else if (w === 'mehr' && (next === 'geld' || next === 'verdienen')) {
      add('pay', i, i + 1);
    } else if ((w === 'besser' || w === 'höher') && /^bezahlt(e|en|er|es)?$/.test(next)) {
      add('pay', i, i + 1);
    } else if (BEFOERDERUNG.test(w)) {
      // "Beförderung von Paketen" is transport; "Beförderung von mir" is rare enough to let go.
      if (next !== 'von' && next !== 'der' && next !== 'des') add('promotion', i, i);
    } else if (BEFOERDERUNGS.test(w) || UPGRADE.test(w)) {
      add('promotion', i, i);
    } else if (w === 'befördert') {
      if (next === 'werden' || next === 'zu' || next === 'zum' || next === 'zur') add('promotion', i, next === 'werden' ? i + 1 : i);
      else if (BEFOERDERT_NEAR.has(prev)) add('promotion', i, i);
    } else if (w === 'befördern' || w === 'befördere') {
      if (next === 'mich') add('promotion', i, i + 1);
      else if (next === 'sie' && next2 === 'mich') add('promotion', i, i + 2);
      else if (prev === 'mich') add('promotion', i - 1, i);
    } else if (REVIEW_WORDS.test(w)) {
      add('review', i, i);
    } else if (w === 'performance' && PERFORMANCE_AFTER.has(next)) {
      add('review', i, i + 1);
    } else if ((w === 'beurteilung' || w === 'bewertung') && (/^(meine|meiner)$/.test(prev) || (next === 'meiner' && /^leistung(en)?$/.test(next2)))) {
      add('review', i, next === 'meiner' ? i + 2 : i);
    }
  });
