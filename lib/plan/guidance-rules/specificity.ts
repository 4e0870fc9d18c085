import type { MessageKey } from '../../i18n';
import type { Language } from '../language';
import { re } from './scan';

/**
 * What "vague" looks like in each language, and which concrete forms to propose for the
 * theme a goal mentions. The proposals are message keys (the UI words them); the patterns
 * are the language's own phrases, not translations of the English ones.
 */

/** Phrases that name a direction but not something a manager can say yes to. Longest, most telling first. */
export const VAGUE: Record<Language, RegExp[]> = {
  en: [
    re('\\bmore (?:leadership|management|managerial) (?:experience|opportunities|skills|exposure|responsibilit(?:y|ies))\\b'),
    re('\\b(?:more|greater|better|increased|increase my|improve my|get more) visibility\\b'),
    re('\\bmore (?:responsibilit(?:y|ies)|ownership|autonomy|influence|impact|exposure|challenges?|experience|opportunities)\\b'),
    re('\\b(?:develop|improve|grow|build|expand|broaden|strengthen|upgrade) (?:my )?(?:skills?|skill ?set|abilities|knowledge|career|capabilities)\\b'),
    re('\\b(?:get|become|be) better at\\b'),
    re('\\b(?:learn|know) more\\b'),
    re('\\b(?:be|become) (?:a )?(?:better|more senior|more valuable|more effective|a leader)\\b'),
    re('\\b(?:take|move|go) (?:my career |things )?to the next level\\b'),
    re('\\b(?:move|step|get|transition) into (?:management|leadership|a leadership role|a management role)\\b'),
    re('\\bexplore (?:other|different|new) (?:roles|areas|functions|teams|options|opportunities|paths)\\b'),
    re('\\b(?:personal|professional|career) (?:growth|development)\\b'),
    re('\\b(?:grow|growth|grow more|develop|develop myself|improve|improve myself|progress|advance|step up|stretch myself|upskill|level up)\\b'),
    re('\\bleadership\\b'),
    re('\\bvisibility\\b'),
  ],
  de: [
    re('\\bmehr (?:Führungserfahrung|Führungsverantwortung|Verantwortung|Eigenverantwortung|Sichtbarkeit|Einfluss|Wirkung|Erfahrung|Herausforderungen?|Gestaltungsspielraum|Möglichkeiten|Autonomie)\\b'),
    re('\\b(?:meine |mein )?(?:Fähigkeiten|Kompetenzen|Kenntnisse|Skills|Wissen)\\s+(?:\\p{L}+\\s+)?(?:weiterentwickeln|entwickeln|ausbauen|erweitern|verbessern|stärken|vertiefen)\\b'),
    re('\\bbesser in \\p{L}+(?: \\p{L}+)? werden\\b'),
    re('\\bbesser werden\\b'),
    re('\\bmehr (?:lernen|dazulernen)\\b'),
    re('\\b(?:den nächsten Schritt (?:machen|gehen)|(?:aufs|auf das) nächste Level|die nächste Stufe)\\b'),
    re('\\b(?:in die Führung|ins Management|in eine Führungsrolle) (?:gehen|wechseln|kommen|aufsteigen)\\b'),
    re('\\bFührungskraft werden\\b'),
    re('\\bandere (?:Rollen|Bereiche|Teams|Möglichkeiten|Aufgaben|Funktionen) (?:kennenlernen|erkunden|ausprobieren)\\b'),
    re('\\b(?:persönliche|berufliche|fachliche) (?:Weiterentwicklung|Entwicklung)\\b'),
    re('\\b(?:mich )?(?:beruflich )?(?:weiterentwickeln|weiterbilden|wachsen|vorankommen)\\b'),
    re('\\b(?:Weiterentwicklung|Wachstum)\\b'),
    re('\\b(?:Führungserfahrung|Führung)\\b'),
    re('\\bSichtbarkeit\\b'),
  ],
  fr: [
    re("\\bplus d['’]?(?:expérience|exposition|impact|influence|autonomie|opportunités) (?:en )?(?:management|leadership|managériale?)\\b"),
    re("\\bplus de (?:responsabilités?|visibilité|autonomie|leadership|management|impact|influence|défis|expérience|opportunités)\\b"),
    re("\\bplus d['’](?:autonomie|impact|influence|expérience|opportunités|exposition)\\b"),
    re('\\b(?:développer|améliorer|renforcer|élargir|approfondir) (?:mes |ses )?(?:compétences|connaissances|capacités|savoir-faire)\\b'),
    re('\\bmonter en compétences?\\b'),
    re('\\b(?:devenir|être) (?:meilleure?|plus senior|plus efficace|une? leader)\\b'),
    re("\\b(?:en apprendre|apprendre) (?:plus|davantage)\\b"),
    re("\\bpasser (?:au niveau supérieur|à l['’]étape suivante|un cap)\\b"),
    re('\\b(?:passer|devenir) (?:manager|chef d[’\']équipe|responsable)\\b'),
    re("\\bexplorer d['’]autres (?:postes|métiers|rôles|domaines|équipes|opportunités|fonctions)\\b"),
    re('\\bdéveloppement (?:personnel|professionnel)\\b'),
    re('\\b(?:progresser|évoluer|grandir|me développer|m[’\']améliorer|monter en grade)\\b'),
    re('\\bleadership\\b'),
    re('\\bvisibilité\\b'),
  ],
  es: [
    re('\\bmás (?:experiencia|oportunidades) (?:de|en) (?:liderazgo|gestión|dirección)\\b'),
    re('\\bmás (?:responsabilidad(?:es)?|visibilidad|autonomía|liderazgo|impacto|influencia|retos|experiencia|oportunidades|exposición)\\b'),
    re('\\b(?:desarrollar|mejorar|ampliar|reforzar|fortalecer) (?:mis )?(?:habilidades|competencias|conocimientos|capacidades)\\b'),
    re('\\bmejorar en \\p{L}+\\b'),
    re('\\b(?:ser|volverme) (?:mejor|más senior|más eficaz|un líder|una líder)\\b'),
    re('\\baprender más\\b'),
    re('\\b(?:llevar mi carrera al|pasar al|dar el) (?:siguiente|próximo) (?:nivel|paso)\\b'),
    re('\\bpasar a (?:ser )?(?:manager|mánager|jefe|jefa|responsable)\\b'),
    re('\\bexplorar otr[oa]s (?:roles|puestos|áreas|equipos|oportunidades|funciones)\\b'),
    re('\\bdesarrollo (?:personal|profesional)\\b'),
    re('\\b(?:crecer(?: profesionalmente)?|progresar|avanzar|evolucionar|desarrollarme|mejorar)\\b'),
    re('\\bliderazgo\\b'),
    re('\\bvisibilidad\\b'),
  ],
};

/** The concrete forms of the guide: lead a small project, a mentor, a certification, training, shadowing. */
export const BASE_SUGGESTIONS: MessageKey[] = [
  'guidanceSuggestProject',
  'guidanceSuggestMentor',
  'guidanceSuggestCertification',
  'guidanceSuggestTraining',
  'guidanceSuggestShadow',
];

export type Theme = 'lead' | 'skill' | 'communication' | 'move';

/** Suggestions per theme; `covers` names the base form a suggestion already stands for. */
export const THEME_SUGGESTIONS: Record<Theme, { key: MessageKey; covers?: MessageKey }[]> = {
  lead: [
    { key: 'guidanceSuggestLeadProject', covers: 'guidanceSuggestProject' },
    { key: 'guidanceSuggestLeadMentor', covers: 'guidanceSuggestMentor' },
    { key: 'guidanceSuggestLeadShadow', covers: 'guidanceSuggestShadow' },
    { key: 'guidanceSuggestLeadMeeting' },
  ],
  skill: [
    { key: 'guidanceSuggestSkillCourse', covers: 'guidanceSuggestTraining' },
    { key: 'guidanceSuggestSkillCertification', covers: 'guidanceSuggestCertification' },
    { key: 'guidanceSuggestSkillTask' },
    { key: 'guidanceSuggestSkillMentor', covers: 'guidanceSuggestMentor' },
  ],
  communication: [
    { key: 'guidanceSuggestCommPresent' },
    { key: 'guidanceSuggestCommCourse', covers: 'guidanceSuggestTraining' },
    { key: 'guidanceSuggestCommShadow', covers: 'guidanceSuggestShadow' },
    { key: 'guidanceSuggestCommMentor', covers: 'guidanceSuggestMentor' },
  ],
  move: [
    { key: 'guidanceSuggestMoveShadow', covers: 'guidanceSuggestShadow' },
    { key: 'guidanceSuggestMoveInterview' },
    { key: 'guidanceSuggestMoveProject' },
  ],
};

/** Which theme a goal is about, in each language; first match wins. */
export const THEMES: Record<Language, [Theme, RegExp][]> = {
  en: [
    ['lead', re('\\b(?:lead|leader|leadership|manage|management|managerial|team lead|people)\\b')],
    ['skill', re('\\b(?:technical|technology|tech|engineering|coding|code|programming|python|java|javascript|typescript|sql|data|cloud|aws|azure|security|devops|machine learning|ml|ai|analytics|architecture|design)\\b')],
    ['communication', re('\\b(?:communicat\\p{L}*|present\\p{L}*|public speaking|writing|visibility|exposure|network\\p{L}*|influence)\\b')],
    ['move', re('\\b(?:department|function|functional|team|area|product|sales|marketing|finance|operations|lateral|switch|move)\\b')],
  ],
  de: [
    ['lead', re('\\b(?:Führung\\p{L}*|führen|leiten|Leitung|Teamleit\\p{L}*|Management|Personalverantwortung|Leader\\p{L}*)\\b')],
    ['skill', re('\\b(?:technisch\\p{L}*|Technik|Technologie\\p{L}*|Programmier\\p{L}*|Code|Python|Java|JavaScript|TypeScript|SQL|Daten\\p{L}*|Cloud|AWS|Azure|Sicherheit|DevOps|KI|Analyse\\p{L}*|Architektur|Design|Entwicklung von)\\b')],
    ['communication', re('\\b(?:Kommunikation\\p{L}*|kommunizieren|Präsentation\\p{L}*|präsentieren|Vortr\\p{L}*|Schreiben|Sichtbarkeit|Netzwerk\\p{L}*|Einfluss)\\b')],
    ['move', re('\\b(?:Abteilung\\p{L}*|Funktion\\p{L}*|Team\\p{L}*|Bereich\\p{L}*|Produkt\\p{L}*|Vertrieb|Marketing|Finanz\\p{L}*|Betrieb|wechseln|Wechsel)\\b')],
  ],
  fr: [
    ['lead', re('\\b(?:leadership|leader|manager|management|managériale?|encadr\\p{L}*|diriger|piloter|chef d[’\']équipe|responsable)\\b')],
    ['skill', re('\\b(?:technique\\p{L}*|technologie\\p{L}*|programmation|code|python|java|javascript|typescript|sql|données|cloud|aws|azure|sécurité|devops|ia|analyse\\p{L}*|architecture|design)\\b')],
    ['communication', re('\\b(?:communication|communiquer|présent\\p{L}*|prise de parole|rédaction|écrire|visibilité|réseau\\p{L}*|influence)\\b')],
    ['move', re('\\b(?:département|service|fonction\\p{L}*|équipe\\p{L}*|domaine|produit|ventes|commercial|marketing|finance|opérations|mobilité|changer)\\b')],
  ],
  es: [
    ['lead', re('\\b(?:liderazgo|líder|liderar|dirigir|gestión|gestionar|management|jef[ae] de equipo|responsable de equipo|personas a cargo)\\b')],
    ['skill', re('\\b(?:técnic\\p{L}*|tecnología\\p{L}*|programación|programar|código|python|java|javascript|typescript|sql|datos|nube|cloud|aws|azure|seguridad|devops|ia|analítica|análisis|arquitectura|diseño)\\b')],
    ['communication', re('\\b(?:comunicación|comunicar|present\\p{L}*|hablar en público|escritura|escribir|visibilidad|red de contactos|networking|influencia)\\b')],
    ['move', re('\\b(?:departamento|función|funciones|equipo\\p{L}*|área|producto|ventas|marketing|finanzas|operaciones|lateral|cambiar|cambio)\\b')],
  ],
};
