import type { ActionItem } from '../plan/types';
import type { Formality, Language } from '../plan/language';
import { asClause } from './phrasing';

/**
 * The words an email needs besides its template text, per language: placeholder labels
 * for missing fields ("[Name der Führungskraft]"), the meeting length, how far the action
 * items are, the owner-phrased next steps, status words and the standard agenda. English
 * is the reference; the others are written for their language (German "Ich übernehme: …",
 * French "Je m’en charge : …"), not word for word.
 */

/** Fields whose absence is reported (and shown as a placeholder), in the order the UI lists them. */
export const FIELD_ORDER = [
  'managerName',
  'managerEmail',
  'myName',
  'company',
  'currentRole',
  'vision',
  'meetingDate',
  'meetingTime',
  'goals',
  'takeaways',
  'actionItems',
  'dueDates',
  'ownerName',
] as const;
export type FieldId = (typeof FIELD_ORDER)[number] | 'dueDate' | 'nextSteps';

export interface EmailPhrases {
  label: Record<FieldId, string>;
  duration(minutes: number): string;
  progress(done: number, total: number): string;
  status: Record<ActionItem['status'], string>;
  /** The owner as a third person sees it, for `{{owner}}`. */
  me: string;
  myManager: string;
  /** Who does it, as the line's subject: "You", "Sie", "Vous"… (the manager reads the email). */
  subject(owner: ActionItem['owner'], name: string): string;
  /** A next step phrased by owner, with its due date (or the due-date placeholder). */
  sentence(owner: ActionItem['owner'], name: string, text: string, due: string): string;
  allDone: string;
  defaultAgenda(role: string): string[];
}

const trimEnd = (text: string) => text.trim().replace(/[.;,\s]+$/, '');

const EN: EmailPhrases = {
  label: {
    managerName: "Manager's name",
    managerEmail: "Manager's email",
    myName: 'Your name',
    company: 'Company',
    currentRole: 'Current role',
    vision: 'Long-term vision',
    meetingDate: 'Meeting date',
    meetingTime: 'Meeting time',
    goals: 'Goals',
    takeaways: 'Key takeaways',
    actionItems: 'Action items',
    dueDates: 'Action item due dates',
    ownerName: "Action item owner's name",
    dueDate: 'Due date',
    nextSteps: 'Next steps',
  },
  duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 hour' : `${m / 60} hours`) : `${m} minutes`),
  progress: (done, total) => `${done} of ${total} action item${total === 1 ? '' : 's'} done`,
  status: { open: 'not started yet', 'in-progress': 'in progress', done: 'done' },
  me: 'Me',
  myManager: 'My manager',
  subject: (owner, name) => (owner === 'me' ? 'I' : owner === 'manager' ? 'You' : name),
  sentence: (owner, name, text, due) => `${EN.subject(owner, name)} will ${asClause(text)} by ${due}.`,
  allDone: 'Everything we agreed on is done, so I would like to talk about what comes next.',
  defaultAgenda: (role) => [
    role ? `My current role as ${role}: what is going well and where I would like to grow` : 'My current role: what is going well and where I would like to grow',
    'My long-term interests and where I would like to be in two to five years',
    'My development goals and the concrete support I would like to ask for',
    'Your feedback on my strengths and on what I could develop next',
  ],
};

function de(formal: boolean): EmailPhrases {
  const you = formal ? 'Sie' : 'Du';
  const p: EmailPhrases = {
    label: {
      managerName: 'Name der Führungskraft',
      managerEmail: 'E-Mail der Führungskraft',
      myName: 'Ihr Name',
      company: 'Unternehmen',
      currentRole: 'Aktuelle Rolle',
      vision: 'Langfristige Vision',
      meetingDate: 'Gesprächstermin',
      meetingTime: 'Uhrzeit',
      goals: 'Ziele',
      takeaways: 'Erkenntnisse',
      actionItems: 'Aufgaben',
      dueDates: 'Fälligkeitsdaten der Aufgaben',
      ownerName: 'Name der verantwortlichen Person',
      dueDate: 'Fälligkeitsdatum',
      nextSteps: 'Nächste Schritte',
    },
    duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 Stunde' : `${m / 60} Stunden`) : `${m} Minuten`),
    progress: (done, total) => `${done} von ${total} ${total === 1 ? 'Aufgabe' : 'Aufgaben'} erledigt`,
    status: { open: 'noch nicht begonnen', 'in-progress': 'in Arbeit', done: 'erledigt' },
    me: 'Ich',
    myManager: 'Meine Führungskraft',
    subject: (owner, name) => (owner === 'me' ? 'Ich' : owner === 'manager' ? you : name),
    sentence: (owner, name, text, due) => {
      const who = owner === 'me' ? 'Ich übernehme' : owner === 'manager' ? (formal ? 'Sie übernehmen' : 'Du übernimmst') : `${name} übernimmt`;
      return `${who}: ${trimEnd(text)}, bis zum ${due}.`;
    },
    allDone: 'Alles, was wir vereinbart haben, ist erledigt – deshalb würde ich gern besprechen, wie es weitergeht.',
    defaultAgenda: (role) => [
      role ? `Meine aktuelle Rolle als ${role}: was gut läuft und wo ich mich weiterentwickeln möchte` : 'Meine aktuelle Rolle: was gut läuft und wo ich mich weiterentwickeln möchte',
      'Meine langfristigen Interessen und wo ich in zwei bis fünf Jahren stehen möchte',
      'Meine Entwicklungsziele und die konkrete Unterstützung, um die ich bitten möchte',
      formal ? 'Ihr Feedback zu meinen Stärken und dazu, was ich als Nächstes entwickeln könnte' : 'Dein Feedback zu meinen Stärken und dazu, was ich als Nächstes entwickeln könnte',
    ],
  };
  return p;
}

function fr(formal: boolean): EmailPhrases {
  return {
    label: {
      managerName: 'Nom du manager',
      managerEmail: 'E-mail du manager',
      myName: 'Votre nom',
      company: 'Entreprise',
      currentRole: 'Poste actuel',
      vision: 'Vision à long terme',
      meetingDate: 'Date de l’entretien',
      meetingTime: 'Heure de l’entretien',
      goals: 'Objectifs',
      takeaways: 'Points à retenir',
      actionItems: 'Actions',
      dueDates: 'Échéances des actions',
      ownerName: 'Nom de la personne responsable',
      dueDate: 'Échéance',
      nextSteps: 'Prochaines étapes',
    },
    duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 heure' : `${m / 60} heures`) : `${m} minutes`),
    progress: (done, total) => `actions terminées\u00a0: ${done} sur ${total}`,
    status: { open: 'pas encore commencée', 'in-progress': 'en cours', done: 'terminée' },
    me: 'Moi',
    myManager: 'Mon manager',
    subject: (owner, name) => (owner === 'me' ? 'Moi' : owner === 'manager' ? (formal ? 'Vous' : 'Toi') : name),
    sentence: (owner, name, text, due) => {
      const who = owner === 'me' ? 'Je m’en charge' : owner === 'manager' ? (formal ? 'Vous vous en chargez' : 'Tu t’en charges') : `${name} s’en charge`;
      return `${who}\u00a0: ${trimEnd(text)}, d’ici le ${due}.`;
    },
    allDone: 'Tout ce que nous avions convenu est fait\u00a0; j’aimerais donc parler de la suite.',
    defaultAgenda: (role) => [
      role ? `Mon poste actuel de ${role}\u00a0: ce qui fonctionne bien et où j’aimerais progresser` : 'Mon poste actuel\u00a0: ce qui fonctionne bien et où j’aimerais progresser',
      'Mes aspirations à long terme et où j’aimerais être dans deux à cinq ans',
      'Mes objectifs de développement et le soutien concret que j’aimerais demander',
      formal ? 'Votre retour sur mes points forts et sur ce que je pourrais développer ensuite' : 'Ton retour sur mes points forts et sur ce que je pourrais développer ensuite',
    ],
  };
}

function es(formal: boolean): EmailPhrases {
  return {
    label: {
      managerName: 'Nombre de tu responsable',
      managerEmail: 'Correo de tu responsable',
      myName: 'Tu nombre',
      company: 'Empresa',
      currentRole: 'Puesto actual',
      vision: 'Visión a largo plazo',
      meetingDate: 'Fecha de la reunión',
      meetingTime: 'Hora de la reunión',
      goals: 'Objetivos',
      takeaways: 'Conclusiones',
      actionItems: 'Acciones',
      dueDates: 'Fechas límite de las acciones',
      ownerName: 'Nombre de la persona responsable',
      dueDate: 'Fecha límite',
      nextSteps: 'Próximos pasos',
    },
    duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 hora' : `${m / 60} horas`) : `${m} minutos`),
    progress: (done, total) => `acciones hechas: ${done} de ${total}`,
    status: { open: 'sin empezar', 'in-progress': 'en curso', done: 'hecha' },
    me: 'Yo',
    myManager: 'Mi responsable',
    subject: (owner, name) => (owner === 'me' ? 'Yo' : owner === 'manager' ? (formal ? 'Usted' : 'Tú') : name),
    sentence: (owner, name, text, due) => {
      const who = owner === 'me' ? 'Me encargo yo' : owner === 'manager' ? (formal ? 'Se encarga usted' : 'Te encargas tú') : `Se encarga ${name}`;
      return `${who}: ${trimEnd(text)}, antes del ${due}.`;
    },
    allDone: 'Todo lo que acordamos está hecho, así que me gustaría hablar de los siguientes pasos.',
    defaultAgenda: (role) => [
      role ? `Mi puesto actual como ${role}: qué va bien y en qué me gustaría crecer` : 'Mi puesto actual: qué va bien y en qué me gustaría crecer',
      'Mis intereses a largo plazo y dónde me gustaría estar dentro de dos a cinco años',
      'Mis objetivos de desarrollo y el apoyo concreto que me gustaría pedir',
      formal ? 'Su opinión sobre mis puntos fuertes y sobre qué podría desarrollar a continuación' : 'Tu opinión sobre mis puntos fuertes y sobre qué podría desarrollar a continuación',
    ],
  };
}

const CACHE = new Map<string, EmailPhrases>();

export function emailPhrases(lang: Language, formality: Formality = 'formal'): EmailPhrases {
  if (lang === 'en') return EN;
  const key = `${lang}:${formality}`;
  let p = CACHE.get(key);
  if (!p) {
    const formal = formality !== 'informal';
    p = lang === 'de' ? de(formal) : lang === 'fr' ? fr(formal) : es(formal);
    CACHE.set(key, p);
  }
  return p;
}
