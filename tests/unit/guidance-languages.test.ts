import { describe, expect, test } from 'vitest';
import { checkFraming, checkPlanGuidance, checkSpecificity, type SpecificityIssue } from '../../lib/plan/guidance';
import type { Language } from '../../lib/plan/language';
import type { GoalKind } from '../../lib/plan/types';
import { localeMessage } from '../setup/locale';

/**
 * Guidance in German, French and Spanish: each language's own words and inflections are
 * flagged, and its false-positive traps (collected here as they are found) are not.
 */

const terms = (text: string, lang: Language) => checkFraming(text, lang).map((i) => `${i.category}:${i.term.toLowerCase()}`);
const goal = (text: string, request = '', kind: GoalKind = 'other') => ({ text, request, kind });
const wording = (issue: SpecificityIssue, lang: Language) => ({
  message: [localeMessage(lang, issue.messageKey, issue.messageSubs), issue.hintKey && localeMessage(lang, issue.hintKey)].filter(Boolean).join(' '),
  suggestions: issue.suggestionKeys.map((k) => localeMessage(lang, k)),
});

const FRAMING_TRUE: Record<Exclude<Language, 'en'>, [string, string[]][]> = {
  de: [
    ['Ich möchte über eine Gehaltserhöhung sprechen', ['pay:gehaltserhöhung']],
    ['Mein Gehalt liegt unter dem Marktniveau', ['pay:gehalt']],
    ['Gehälter im Team vergleichen', ['pay:gehälter']],
    ['Eine Lohnerhöhung ab Januar', ['pay:lohnerhöhung']],
    ['Mehr Geld für die gleiche Arbeit', ['pay:mehr geld']],
    ['Ich will mehr verdienen', ['pay:mehr verdienen']],
    ['Eine besser bezahlte Stelle finden', ['pay:besser bezahlte']],
    ['Die Vergütung im neuen Team', ['pay:vergütung']],
    ['Mein Bonus für dieses Jahr', ['pay:bonus']],
    ['Boni und Prämien', ['pay:boni', 'pay:prämien']],
    ['Mein Jahresgehalt anpassen', ['pay:jahresgehalt']],
    ['Eine faire Bezahlung', ['pay:bezahlung']],
    ['Die Gehaltsbänder für Senior-Rollen', ['pay:gehaltsbänder']],
    ['Mein Lohn ist zu niedrig', ['pay:lohn']],
    ['Ich möchte befördert werden', ['promotion:befördert werden']],
    ['Über meine Beförderung sprechen', ['promotion:beförderung']],
    ['Befördern Sie mich zur Teamleiterin', ['promotion:befördern sie mich']],
    ['Meine Leistungsbeurteilung vom letzten Jahr', ['review:leistungsbeurteilung']],
    ['Das Ergebnis meines Jahresgesprächs', ['review:jahresgesprächs']],
    ['Mein Performance Review', ['review:performance review']],
    ['Die Bewertung meiner Leistung', ['review:bewertung meiner leistung']],
  ],
  fr: [
    ['Je veux parler de mon salaire', ['pay:salaire']],
    ['Les salaires de l’équipe', ['pay:salaires']],
    ['Demander une augmentation', ['pay:augmentation']],
    ['Une augmentation de salaire l’an prochain', ['pay:augmentation de salaire']],
    ['Ma rémunération actuelle', ['pay:rémunération']],
    ['Une prime de fin d’année', ['pay:prime']],
    ['Mon bonus annuel', ['pay:bonus']],
    ['Être mieux payé', ['pay:mieux payé']],
    ['Je voudrais gagner plus', ['pay:gagner plus']],
    ['Une revalorisation salariale', ['pay:revalorisation salariale']],
    ['La grille salariale du poste', ['pay:grille salariale']],
    ['Ma fiche de paie', ['pay:paie']],
    ['Obtenir une promotion cette année', ['promotion:promotion']],
    ['Une promotion au poste de lead', ['promotion:promotion']],
    ['Je veux être promue', ['promotion:être promue']],
    ['Me promouvoir au rang de manager', ['promotion:me promouvoir']],
    ['Mon évaluation annuelle', ['review:évaluation annuelle']],
    ['L’entretien annuel d’évaluation', ['review:l’entretien annuel']],
    ['Mon évaluation de fin d’année', ['review:évaluation de fin d’année']],
    ['Revoir ma notation', ['review:notation']],
  ],
  es: [
    ['Quiero hablar de mi salario', ['pay:salario']],
    ['Los sueldos del equipo', ['pay:sueldos']],
    ['Pedir un aumento', ['pay:aumento']],
    ['Un aumento de sueldo este año', ['pay:aumento de sueldo']],
    ['Una subida salarial', ['pay:subida salarial']],
    ['Mi retribución variable', ['pay:retribución']],
    ['La banda salarial del puesto', ['pay:banda salarial']],
    ['Quiero ganar más', ['pay:ganar más']],
    ['Un puesto mejor pagado', ['pay:mejor pagado']],
    ['Más dinero por el mismo trabajo', ['pay:más dinero']],
    ['Mi bonus anual', ['pay:bonus']],
    ['Mi remuneración', ['pay:remuneración']],
    ['Conseguir un ascenso', ['promotion:ascenso']],
    ['Quiero que me asciendan', ['promotion:me asciendan']],
    ['Ser ascendida a jefa de equipo', ['promotion:ser ascendida']],
    ['Una promoción interna', ['promotion:promoción']],
    ['Subir de categoría este año', ['promotion:subir de categoría']],
    ['Mi evaluación del desempeño', ['review:evaluación del desempeño']],
    ['La evaluación anual', ['review:evaluación anual']],
  ],
};

/** False-positive traps: each was (or could easily be) flagged by a naive word list. */
const FRAMING_FALSE: Record<Exclude<Language, 'en'>, string[]> = {
  de: [
    'Projekte mit hohem Gehalt an Erfahrung',
    'Es lohnt sich, Python zu lernen',
    'Die Bezahlung per Kreditkarte im Checkout verbessern',
    'Die Beförderung von Paketen optimieren',
    'Den Informationsgehalt unserer Dashboards erhöhen',
    'Bonuspunkte im Kundenprogramm einführen',
    'Eine Bewertung der Architektur vorbereiten',
    'Die Leistung der Datenbank verbessern',
    'Den Wahrheitsgehalt der Testdaten prüfen',
    'Feedback zu meinen Stärken und Entwicklungsfeldern',
    'Performance-Tuning der Suche',
    'Ein Projekt leiten, das sich lohnt',
  ],
  fr: [
    'La promotion d’un produit',
    'Promotion des ventes pour le lancement',
    'Préparer une campagne de promotion',
    'L’augmentation de la couverture de tests',
    'Augmentation du trafic sur l’API',
    'Évaluer les risques du projet',
    'Évaluation de l’architecture',
    'L’entretien de la base de données',
    'De prime abord, le projet paraît simple',
    'Améliorer les performances de l’API',
    'La promotion 2019 de mon école',
    'Suivre la masse salariale du service',
  ],
  es: [
    'Aumento de la cobertura de tests',
    'Aumento del rendimiento de la base de datos',
    'Promoción de un producto nuevo',
    'Campaña de promoción del lanzamiento',
    'Evaluación de riesgos del proyecto',
    'Revisión del código del equipo',
    'Mejorar el desempeño de la API',
    'El ascenso de Rust en la industria',
    'Pagar a los proveedores a tiempo',
    'Bono de transporte para el equipo',
    'Equipo de nómina',
    'Materia prima para el informe',
  ],
};

const SPECIFICITY_VAGUE: Record<Exclude<Language, 'en'>, [string, string][]> = {
  de: [
    ['Mehr Führungserfahrung', 'Mehr Führungserfahrung'],
    ['Ich möchte mehr Verantwortung', 'mehr Verantwortung'],
    ['Meine Fähigkeiten weiterentwickeln', 'Meine Fähigkeiten weiterentwickeln'],
    ['Besser in Python werden', 'Besser in Python werden'],
    ['Mehr Sichtbarkeit', 'Mehr Sichtbarkeit'],
    ['Mich beruflich weiterentwickeln', 'Mich beruflich weiterentwickeln'],
    ['Den nächsten Schritt machen', 'Den nächsten Schritt machen'],
    ['In die Führung wechseln', 'In die Führung wechseln'],
    ['Andere Bereiche kennenlernen', 'Andere Bereiche kennenlernen'],
    ['Persönliche Weiterentwicklung', 'Persönliche Weiterentwicklung'],
    ['Wachsen', 'Wachsen'],
  ],
  fr: [
    ['Plus de responsabilités', 'Plus de responsabilités'],
    ['Plus d’expérience en management', 'Plus d’expérience en management'],
    ['Développer mes compétences', 'Développer mes compétences'],
    ['Monter en compétences', 'Monter en compétences'],
    ['Plus de visibilité', 'Plus de visibilité'],
    ['Devenir meilleur', 'Devenir meilleur'],
    ['Passer au niveau supérieur', 'Passer au niveau supérieur'],
    ['Devenir manager', 'Devenir manager'],
    ['Explorer d’autres métiers', 'Explorer d’autres métiers'],
    ['Développement professionnel', 'Développement professionnel'],
    ['Je veux progresser', 'progresser'],
  ],
  es: [
    ['Más experiencia de liderazgo', 'Más experiencia de liderazgo'],
    ['Más responsabilidades', 'Más responsabilidades'],
    ['Desarrollar mis habilidades', 'Desarrollar mis habilidades'],
    ['Mejorar en Python', 'Mejorar en Python'],
    ['Más visibilidad', 'Más visibilidad'],
    ['Ser mejor', 'Ser mejor'],
    ['Llevar mi carrera al siguiente nivel', 'Llevar mi carrera al siguiente nivel'],
    ['Pasar a ser manager', 'Pasar a ser manager'],
    ['Explorar otras áreas', 'Explorar otras áreas'],
    ['Desarrollo profesional', 'Desarrollo profesional'],
    ['Quiero crecer', 'crecer'],
  ],
};

const SPECIFICITY_FINE: Record<Exclude<Language, 'en'>, ReturnType<typeof goal>[]> = {
  de: [
    goal('Die Abrechnungsmigration im 3. Quartal leiten', '', 'lead-project'),
    goal('Zwei Wochen beim Produktmanagement hospitieren', '', 'shadowing'),
    goal('Die CKA-Zertifizierung vor Juni ablegen', '', 'certification'),
    goal('Den Onboarding-Leitfaden des Teams schreiben'),
    goal('Ansprechpartner für die Zahlungs-API werden'),
    goal('Mehr Führungserfahrung', 'Die Migration im 3. Quartal leiten', 'lead-project'),
    goal('Wachsen', 'Zertifizierung AWS Solutions Architect bis März', 'certification'),
    goal('Monatliche Mentoring-Termine mit Sam'),
    goal('Einen Vortrag beim nächsten Demo-Tag halten'),
    goal(''),
  ],
  fr: [
    goal('Piloter la migration de la facturation au T3', '', 'lead-project'),
    goal('Suivre une chef de produit pendant deux semaines', '', 'shadowing'),
    goal('Passer la certification CKA avant juin', '', 'certification'),
    goal('Rédiger le guide d’intégration de l’équipe'),
    goal('Devenir la référence de l’équipe sur l’API de paiement'),
    goal('Plus de responsabilités', 'Piloter la migration du T3', 'lead-project'),
    goal('Progresser', 'Certification AWS Solutions Architect d’ici mars', 'certification'),
    goal('Un mentorat mensuel avec Sam'),
    goal('Présenter au prochain démo day'),
    goal(''),
  ],
  es: [
    goal('Liderar la migración de facturación del T3', '', 'lead-project'),
    goal('Acompañar dos semanas a una product manager', '', 'shadowing'),
    goal('Obtener la certificación CKA antes de junio', '', 'certification'),
    goal('Escribir la guía de incorporación del equipo'),
    goal('Ser la referencia del equipo en la API de pagos'),
    goal('Más responsabilidades', 'Liderar la migración del T3', 'lead-project'),
    goal('Crecer', 'Certificación AWS Solutions Architect antes de marzo', 'certification'),
    goal('Sesiones mensuales de mentoría con Sam'),
    goal('Presentar en la próxima jornada de demos'),
    goal(''),
  ],
};

/** The words a tailored suggestion list must contain, per language. */
const LEAD_GOAL: Record<Exclude<Language, 'en'>, string> = {
  de: 'Mehr Führungserfahrung',
  fr: 'Plus d’expérience en management',
  es: 'Más experiencia de liderazgo',
};
const LEAD_SUGGESTION: Record<Exclude<Language, 'en'>, RegExp> = {
  de: /Projekt von Anfang bis Ende leiten/,
  fr: /Piloter un petit projet de bout en bout/,
  es: /Liderar un proyecto pequeño de principio a fin/,
};

describe.each(['de', 'fr', 'es'] as const)('guidance in %s', (lang) => {
  test(`framing: at least 15 true positives and 10 traps`, () => {
    expect(FRAMING_TRUE[lang].length).toBeGreaterThanOrEqual(15);
    expect(FRAMING_FALSE[lang].length).toBeGreaterThanOrEqual(10);
    expect(SPECIFICITY_VAGUE[lang].length).toBeGreaterThanOrEqual(10);
    expect(SPECIFICITY_FINE[lang].length).toBeGreaterThanOrEqual(10);
  });

  test.each(FRAMING_TRUE[lang])('flags: %s', (text, expected) => {
    expect(terms(text, lang)).toEqual(expected);
  });

  test.each(FRAMING_FALSE[lang])('does not flag: %s', (text) => {
    expect(checkFraming(text, lang)).toEqual([]);
  });

  test.each(SPECIFICITY_VAGUE[lang])('specificity flags "%s"', (text, vague) => {
    const issue = checkSpecificity(goal(text), lang);
    expect(issue).toBeDefined();
    expect(issue!.vague).toBe(vague);
    const { message, suggestions } = wording(issue!, lang);
    expect(message).toContain(vague);
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(suggestions.every((s) => s.length > 0)).toBe(true);
  });

  test.each(SPECIFICITY_FINE[lang].map((g) => [g.text || '(empty)', g] as const))('specificity accepts: %s', (_label, g) => {
    expect(checkSpecificity(g, lang)).toBeUndefined();
  });

  test('leadership goals get the leadership suggestions, worded in the language', () => {
    const { suggestions } = wording(checkSpecificity(goal(LEAD_GOAL[lang]), lang)!, lang);
    expect(suggestions.join('\n')).toMatch(LEAD_SUGGESTION[lang]);
    expect(suggestions).toHaveLength(5);
  });

  test('a whole plan is checked in its language', () => {
    const [pay] = FRAMING_TRUE[lang][0];
    const [vague] = SPECIFICITY_VAGUE[lang][0];
    const notes = checkPlanGuidance(
      { goals: [{ id: 'g1', kind: 'other', text: vague, request: '' }], agenda: [{ id: 'a1', section: 'other', text: pay }] },
      lang,
    );
    expect(notes.map((n) => [n.where, n.itemId])).toEqual([
      ['goal', 'g1'],
      ['agenda', 'a1'],
    ]);
  });
});

describe('guidance languages stay apart', () => {
  test('English rules are not applied to a German text, and German rules not to English', () => {
    expect(checkFraming('data augmentation pipeline', 'en')).toEqual([]);
    expect(checkFraming('Ich möchte eine Gehaltserhöhung', 'en')).toEqual([]);
    expect(terms('Ich möchte eine Gehaltserhöhung', 'de')).toEqual(['pay:gehaltserhöhung']);
  });
});
