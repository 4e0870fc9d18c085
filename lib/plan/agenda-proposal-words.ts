import type { Formality, Language } from './language';

/**
 * The words of a proposed agenda (components/planner/propose-agenda.ts). The agenda goes to the
 * manager in the Agenda email and the invite, so it is written in the plan's email language and
 * its way of addressing the manager (Sie / du, vous / tu, usted / tú), not the interface's.
 * Pure data, so it is checked in Node tests in every language.
 */
export interface AgendaProposalWords {
  and: string;
  role: string;
  roleAs: (role: string) => string;
  vision: (vision: string) => string;
  interests: (interests: string) => string;
  visionInterests: (vision: string, interests: string) => string;
  longTerm: string;
  goalsList: (requests: string) => string;
  goals: string;
  feedback: string;
}

const en: AgendaProposalWords = {
  and: 'and',
  role: 'My current role: what is going well and what I have learned',
  roleAs: (r) => `My current role as ${r}: what is going well and what I have learned`,
  vision: (v) => `Where I would like to be in two to five years: ${v}`,
  interests: (i) => `Areas I am interested in exploring: ${i}`,
  visionInterests: (v, i) => `My long-term interests (${i}) and where I would like to be in two to five years: ${v}`,
  longTerm: 'My long-term career interests',
  goalsList: (r) => `My development goals and what I would like to ask for: ${r}`,
  goals: 'My development goals and how you could help with them',
  feedback: 'Your feedback: where you see my strengths, and one area to develop for more impact',
};

const deShared = {
  and: 'und',
  role: 'Meine aktuelle Rolle: was gut läuft und was ich gelernt habe',
  roleAs: (r: string) => `Meine aktuelle Rolle als ${r}: was gut läuft und was ich gelernt habe`,
  vision: (v: string) => `Wo ich in zwei bis fünf Jahren stehen möchte: ${v}`,
  interests: (i: string) => `Themen, die ich näher kennenlernen möchte: ${i}`,
  visionInterests: (v: string, i: string) => `Meine langfristigen Interessen (${i}) und wo ich in zwei bis fünf Jahren stehen möchte: ${v}`,
  longTerm: 'Meine langfristigen beruflichen Interessen',
};
const frShared = {
  and: 'et',
  role: 'Mon poste actuel\u00a0: ce qui fonctionne bien et ce que j’ai appris',
  roleAs: (r: string) => `Mon poste actuel de ${r}\u00a0: ce qui fonctionne bien et ce que j’ai appris`,
  vision: (v: string) => `Où j’aimerais être dans deux à cinq ans\u00a0: ${v}`,
  interests: (i: string) => `Les domaines que j’aimerais explorer\u00a0: ${i}`,
  visionInterests: (v: string, i: string) => `Mes centres d’intérêt à long terme (${i}) et où j’aimerais être dans deux à cinq ans\u00a0: ${v}`,
  longTerm: 'Mes aspirations professionnelles à long terme',
  goalsList: (r: string) => `Mes objectifs de développement et ce que j’aimerais demander\u00a0: ${r}`,
};
const esShared = {
  and: 'y',
  role: 'Mi puesto actual: qué va bien y qué he aprendido',
  roleAs: (r: string) => `Mi puesto actual como ${r}: qué va bien y qué he aprendido`,
  vision: (v: string) => `Dónde me gustaría estar dentro de dos a cinco años: ${v}`,
  interests: (i: string) => `Áreas que me interesa explorar: ${i}`,
  visionInterests: (v: string, i: string) => `Mis intereses a largo plazo (${i}) y dónde me gustaría estar dentro de dos a cinco años: ${v}`,
  longTerm: 'Mis intereses profesionales a largo plazo',
};

export const AGENDA_PROPOSAL_WORDS: Record<Language, Record<Formality, AgendaProposalWords>> = {
  en: { formal: en, informal: en },
  de: {
    formal: {
      ...deShared,
      goalsList: (r) => `Meine Entwicklungsziele und worum ich Sie bitten möchte: ${r}`,
      goals: 'Meine Entwicklungsziele und wie Sie mich dabei unterstützen könnten',
      feedback: 'Ihr Feedback: wo Sie meine Stärken sehen und ein Bereich, in dem ich wirksamer werden kann',
    },
    informal: {
      ...deShared,
      goalsList: (r) => `Meine Entwicklungsziele und worum ich dich bitten möchte: ${r}`,
      goals: 'Meine Entwicklungsziele und wie du mich dabei unterstützen könntest',
      feedback: 'Dein Feedback: wo du meine Stärken siehst und ein Bereich, in dem ich wirksamer werden kann',
    },
  },
  fr: {
    formal: {
      ...frShared,
      goals: 'Mes objectifs de développement et la façon dont vous pourriez m’y aider',
      feedback: 'Votre retour\u00a0: où vous voyez mes points forts, et un axe à développer pour gagner en impact',
    },
    informal: {
      ...frShared,
      goals: 'Mes objectifs de développement et la façon dont tu pourrais m’y aider',
      feedback: 'Ton retour\u00a0: où tu vois mes points forts, et un axe à développer pour gagner en impact',
    },
  },
  es: {
    formal: {
      ...esShared,
      goalsList: (r) => `Mis objetivos de desarrollo y lo que me gustaría pedirle: ${r}`,
      goals: 'Mis objetivos de desarrollo y cómo podría ayudarme con ellos',
      feedback: 'Su opinión: dónde ve mis puntos fuertes y un área que desarrollar para tener más impacto',
    },
    informal: {
      ...esShared,
      goalsList: (r) => `Mis objetivos de desarrollo y lo que me gustaría pedirte: ${r}`,
      goals: 'Mis objetivos de desarrollo y cómo podrías ayudarme con ellos',
      feedback: 'Tu opinión: dónde ves mis puntos fuertes y un área que desarrollar para tener más impacto',
    },
  },
};
