import type { Language } from '../plan/language';

/**
 * The headings and phrases of the plan summary ("Insert plan summary"), in the plan's
 * email language: the summary is pasted into pages and documents others read.
 */
export interface SummaryWords {
  title: string;
  withManager: (name: string) => string;
  atCompany: (company: string) => string;
  goals: string;
  nextSteps: string;
  nothingYet: string;
  about: string;
  currentRole: string;
  meeting: string;
  minutes: (n: number) => string;
  strengths: string;
  areasToImprove: string;
  interests: string;
  energizers: string;
  underusedSkills: string;
  vision: string;
  paths: string;
  moves: Record<string, string>;
  gaps: string;
  interviews: string;
  agenda: string;
  managerStrengths: string;
  growth: string;
  opportunities: string;
  meetingNotes: string;
  takeaways: string;
  checkIns: string;
  notes: string;
  someone: string;
  /** "by May 14" after an action. */
  by: (date: string) => string;
  /** After a heading: ":" (French: a no-break space first). */
  colon: string;
}

export const SUMMARY_WORDS: Record<Language, SummaryWords> = {
  en: {
    title: 'Career development plan',
    withManager: (n) => `with ${n}`,
    atCompany: (c) => `at ${c}`,
    goals: 'Goals',
    nextSteps: 'Next steps',
    nothingYet: 'No goals or next steps yet.',
    about: 'About',
    currentRole: 'Current role',
    meeting: 'Meeting',
    minutes: (n) => `${n} minutes`,
    strengths: 'Strengths',
    areasToImprove: 'Areas to improve',
    interests: 'Interests',
    energizers: 'What gives me energy',
    underusedSkills: 'Underused skills',
    vision: 'In two to five years',
    paths: 'Career paths',
    moves: { lateral: 'lateral move', vertical: 'step up', 'other-function': 'other function' },
    gaps: 'gaps',
    interviews: 'Informational interviews',
    agenda: 'Agenda',
    managerStrengths: 'What my manager sees as strengths',
    growth: 'Where I could grow',
    opportunities: 'Opportunities',
    meetingNotes: 'Meeting notes',
    takeaways: 'Key takeaways',
    checkIns: 'Check-ins',
    notes: 'Notes',
    someone: 'Someone',
    by: (d) => ` by ${d}`,
    colon: ':',
  },
  de: {
    title: 'Entwicklungsplan',
    withManager: (n) => `mit ${n}`,
    atCompany: (c) => `bei ${c}`,
    goals: 'Ziele',
    nextSteps: 'Nächste Schritte',
    nothingYet: 'Noch keine Ziele oder nächsten Schritte.',
    about: 'Überblick',
    currentRole: 'Aktuelle Rolle',
    meeting: 'Gespräch',
    minutes: (n) => `${n} Minuten`,
    strengths: 'Stärken',
    areasToImprove: 'Entwicklungsfelder',
    interests: 'Interessen',
    energizers: 'Was mir Energie gibt',
    underusedSkills: 'Ungenutzte Fähigkeiten',
    vision: 'In zwei bis fünf Jahren',
    paths: 'Karrierewege',
    moves: { lateral: 'seitwärts', vertical: 'aufwärts', 'other-function': 'andere Funktion' },
    gaps: 'Lücken',
    interviews: 'Informationsgespräche',
    agenda: 'Agenda',
    managerStrengths: 'Meine Stärken aus Sicht meiner Führungskraft',
    growth: 'Wo ich wachsen kann',
    opportunities: 'Möglichkeiten',
    meetingNotes: 'Gesprächsnotizen',
    takeaways: 'Erkenntnisse',
    checkIns: 'Check-ins',
    notes: 'Notizen',
    someone: 'Jemand',
    by: (d) => `, bis zum ${d}`,
    colon: ':',
  },
  fr: {
    title: 'Plan de développement',
    withManager: (n) => `avec ${n}`,
    atCompany: (c) => `chez ${c}`,
    goals: 'Objectifs',
    nextSteps: 'Prochaines étapes',
    nothingYet: 'Pas encore d’objectifs ni de prochaines étapes.',
    about: 'En bref',
    currentRole: 'Poste actuel',
    meeting: 'Entretien',
    minutes: (n) => `${n} minutes`,
    strengths: 'Points forts',
    areasToImprove: 'Axes d’amélioration',
    interests: 'Centres d’intérêt',
    energizers: 'Ce qui me donne de l’énergie',
    underusedSkills: 'Compétences sous-utilisées',
    vision: 'Dans deux à cinq ans',
    paths: 'Parcours possibles',
    moves: { lateral: 'mobilité latérale', vertical: 'évolution verticale', 'other-function': 'autre fonction' },
    gaps: 'écarts',
    interviews: 'Entretiens d’information',
    agenda: 'Ordre du jour',
    managerStrengths: 'Mes points forts selon mon manager',
    growth: 'Où je peux progresser',
    opportunities: 'Opportunités',
    meetingNotes: 'Notes d’entretien',
    takeaways: 'Points à retenir',
    checkIns: 'Points d’étape',
    notes: 'Notes',
    someone: 'Quelqu’un',
    by: (d) => `, d’ici le ${d}`,
    colon: '\u00a0:',
  },
  es: {
    title: 'Plan de desarrollo profesional',
    withManager: (n) => `con ${n}`,
    atCompany: (c) => `en ${c}`,
    goals: 'Objetivos',
    nextSteps: 'Próximos pasos',
    nothingYet: 'Aún no hay objetivos ni próximos pasos.',
    about: 'Resumen',
    currentRole: 'Puesto actual',
    meeting: 'Reunión',
    minutes: (n) => `${n} minutos`,
    strengths: 'Puntos fuertes',
    areasToImprove: 'Áreas de mejora',
    interests: 'Intereses',
    energizers: 'Lo que me da energía',
    underusedSkills: 'Habilidades poco aprovechadas',
    vision: 'Dentro de dos a cinco años',
    paths: 'Trayectorias',
    moves: { lateral: 'movimiento lateral', vertical: 'un nivel más', 'other-function': 'otra función' },
    gaps: 'carencias',
    interviews: 'Entrevistas informativas',
    agenda: 'Orden del día',
    managerStrengths: 'Mis puntos fuertes según mi responsable',
    growth: 'Dónde puedo crecer',
    opportunities: 'Oportunidades',
    meetingNotes: 'Notas de la reunión',
    takeaways: 'Conclusiones',
    checkIns: 'Seguimientos',
    notes: 'Notas',
    someone: 'Alguien',
    by: (d) => `, antes del ${d}`,
    colon: ':',
  },
};
