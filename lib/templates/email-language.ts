import type { ActionItem } from '../plan/types';
import type { Formality, Language } from '../plan/language';
import { asClause } from './phrasing';
import { asPhrase, joinList } from './sentences';

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
  'careerPath',
  'contactName',
] as const;
export type FieldId = (typeof FIELD_ORDER)[number] | 'dueDate' | 'nextSteps' | 'sinceMeeting';

/** What the guide's four agenda parts hold for one email (see lib/plan/agenda-proposal.ts). */
export interface AgendaWords {
  role: string;
  vision: string;
  interests: string[];
  /** The kept goals' concrete requests, each once. */
  requests: string[];
}

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
  /** A next step phrased by owner, with its due date (or the due-date placeholder); no `due`: a date still to agree. */
  sentence(owner: ActionItem['owner'], name: string, text: string, due?: string): string;
  /** `{{due}}` of an item whose date the person chose to agree later. */
  agreedDate: string;
  allDone: string;
  /** `{{meetingWhen}}`: the day and the time in one ("Tuesday, March 10 at 2:00 PM"). */
  when(day: string, time: string): string;
  /** `{{sinceMeeting}}`: "a day", "three weeks", "two months" in the form the check-in's opening needs. */
  since(n: number, unit: 'day' | 'week' | 'month'): string;
  /** After an item in the check-in: whose it is when not the person's (" (you)", " (thank you)", " (Priya)"). */
  whose(owner: ActionItem['owner'], done: boolean, name: string): string;
  /** The conjunction of a list ("a, b and c"). */
  and: string;
  /** The person's words as part of one of our sentences (English lower-cases an ordinary first word; German keeps it). */
  phrase(text: string): string;
  /** The agenda the email shows when the person wrote none: the guide's four parts, filled from the plan where it can. */
  agenda(parts: AgendaWords): string[];
  /** Two questions for the manager when the person typed fewer than two. */
  questions(pathRole: string): string[];
}

/** Small numbers as words, for "three weeks" ("trois semaines"…); 1 is each language's article. */
const numberWords = (list: string) => list.split(' ');
const NUMBERS: Record<'en' | 'de' | 'fr' | 'es', string[]> = {
  en: numberWords('_ one two three four five six seven eight nine ten eleven twelve'),
  de: numberWords('_ eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'),
  fr: numberWords('_ un deux trois quatre cinq six sept huit neuf dix onze douze'),
  es: numberWords('_ uno dos tres cuatro cinco seis siete ocho nueve diez once doce'),
};
const count = (lang: keyof typeof NUMBERS, n: number) => NUMBERS[lang][n] ?? String(n);
/** Spanish "y" becomes "e" before an i sound ("Python e inteligencia artificial"). */
const esAnd = (items: string[]) => (/^h?i(?![aeiouáéíóú])/i.test(items.filter(Boolean).at(-1) ?? '') ? 'e' : 'y');
/** French elides "de" before a vowel or a mute h: "poste d’analyste", "poste de chef de projet". */
const frOf = (text: string) => (/^[aeiouyhàâäéèêëîïôöûùü]/i.test(text) ? `d’${text}` : `de ${text}`);
const tidyPhrase = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[.!;,:\s]+$/, '');

const trimEnd = (text: string) => text.trim().replace(/[.;,\s]+$/, '');
const joinWith = (items: string[], and: string) => joinList(items, and);

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
    careerPath: 'Career path',
    contactName: "Contact's name",
    dueDate: 'Due date',
    nextSteps: 'Next steps',
    sinceMeeting: 'Time since the meeting',
  },
  duration: (m) => (m % 60 === 0 ? (m === 60 ? 'an hour' : `${m / 60} hours`) : `${m} minutes`),
  progress: (done, total) => `${done} of ${total} action item${total === 1 ? '' : 's'} done`,
  status: { open: 'not started yet', 'in-progress': 'in progress', done: 'done' },
  me: 'Me',
  myManager: 'My manager',
  subject: (owner, name) => (owner === 'me' ? 'I' : owner === 'manager' ? 'You' : name),
  sentence: (owner, name, text, due) => `${EN.subject(owner, name)} will ${asClause(text)} by ${due ?? EN.agreedDate}.`,
  agreedDate: 'a date we agree on',
  allDone: 'Everything we agreed on is done, so I would like to talk about what comes next.',
  when: (day, time) => `${day} at ${time}`,
  since: (n, unit) => (n === 1 ? `a ${unit}` : `${count('en', n)} ${unit}s`),
  whose: (owner, done, name) => (owner === 'me' ? '' : owner === 'manager' ? (done ? ' (thank you)' : ' (you)') : ` (${name})`),
  and: 'and',
  phrase: asPhrase,
  agenda: ({ role, vision, interests, requests }) => {
    const list = joinWith(interests.map(asPhrase), 'and');
    const v = vision && asPhrase(vision);
    return [
      role ? `My role as ${asPhrase(role)}: what is going well and where I want to grow` : 'My current role: what is going well and where I want to grow',
      v && list
        ? `Long term: ${v} (my interests: ${list})`
        : v
          ? `Where I would like to be in two to five years: ${v}`
          : list
            ? `My long-term interests: ${list}`
            : 'My long-term interests and where I would like to be in two to five years',
      requests.length ? `What I would like to ask for: ${joinWith(requests.map(asPhrase), 'and')}` : 'My development goals and the support I would like to ask for',
      'Your feedback on my strengths and on what I could develop next',
    ];
  },
  questions: (role) => [
    'Which projects, stretch assignments or training coming up could help me get there?',
    role ? `Who would you suggest I talk to about the ${asPhrase(role)} role?` : 'Who would you suggest I talk to about where my career could go here?',
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
      careerPath: 'Karriereweg',
      contactName: 'Name der Kontaktperson',
      dueDate: 'Fälligkeitsdatum',
      nextSteps: 'Nächste Schritte',
      sinceMeeting: 'Zeit seit dem Gespräch',
    },
    duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 Stunde' : `${m / 60} Stunden`) : `${m} Minuten`),
    progress: (done, total) => `${done} von ${total} ${total === 1 ? 'Aufgabe' : 'Aufgaben'} erledigt`,
    status: { open: 'noch nicht begonnen', 'in-progress': 'in Arbeit', done: 'erledigt' },
    me: 'Ich',
    myManager: 'Meine Führungskraft',
    subject: (owner, name) => (owner === 'me' ? 'Ich' : owner === 'manager' ? you : name),
    sentence: (owner, name, text, due) => {
      const who = owner === 'me' ? 'Ich übernehme' : owner === 'manager' ? (formal ? 'Sie übernehmen' : 'Du übernimmst') : `${name} übernimmt`;
      return due === undefined ? `${who}: ${trimEnd(text)}, Termin nach Absprache.` : `${who}: ${trimEnd(text)}, bis zum ${due}.`;
    },
    agreedDate: 'nach Absprache',
    allDone: 'Alles, was wir vereinbart haben, ist erledigt – deshalb würde ich gern besprechen, wie es weitergeht.',
    when: (day, time) => `${day} um ${time}`,
    // For "… ist jetzt drei Wochen her" (accusative: "einen Monat", "eine Woche").
    since: (n, unit) => {
      const [one, many] = unit === 'day' ? ['einen Tag', 'Tage'] : unit === 'week' ? ['eine Woche', 'Wochen'] : ['einen Monat', 'Monate'];
      return n === 1 ? one : `${count('de', n)} ${many}`;
    },
    whose: (owner, done, name) => (owner === 'me' ? '' : owner === 'manager' ? (done ? ' (vielen Dank)' : formal ? ' (Sie)' : ' (du)') : ` (${name})`),
    and: 'und',
    // German nouns keep their capital: the words stay as typed.
    phrase: tidyPhrase,
    agenda: ({ role, vision, interests, requests }) => {
      const list = joinWith(interests.map(tidyPhrase), 'und');
      const v = tidyPhrase(vision);
      return [
        role ? `Meine Rolle als ${tidyPhrase(role)}: was gut läuft und wo ich wachsen möchte` : 'Meine aktuelle Rolle: was gut läuft und wo ich wachsen möchte',
        v && list
          ? `Langfristig: ${v} (meine Interessen: ${list})`
          : v
            ? `Wo ich in zwei bis fünf Jahren stehen möchte: ${v}`
            : list
              ? `Meine langfristigen Interessen: ${list}`
              : 'Meine langfristigen Interessen und wo ich in zwei bis fünf Jahren stehen möchte',
        requests.length ? `Worum ich bitten möchte: ${joinWith(requests.map(tidyPhrase), 'und')}` : 'Meine Entwicklungsziele und die Unterstützung, um die ich bitten möchte',
        formal ? 'Ihr Feedback zu meinen Stärken und dazu, was ich als Nächstes entwickeln könnte' : 'Dein Feedback zu meinen Stärken und dazu, was ich als Nächstes entwickeln könnte',
      ];
    },
    questions: (role) => [
      'Welche anstehenden Projekte, Aufgaben oder Weiterbildungen könnten mich dorthin bringen?',
      role
        ? `Mit wem sollte ich ${formal ? 'Ihrer' : 'deiner'} Meinung nach über die Rolle ${tidyPhrase(role)} sprechen?`
        : `Mit wem sollte ich ${formal ? 'Ihrer' : 'deiner'} Meinung nach darüber sprechen, wohin mein Weg hier führen könnte?`,
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
      careerPath: 'Piste de carrière',
      contactName: 'Nom de la personne à contacter',
      dueDate: 'Échéance',
      nextSteps: 'Prochaines étapes',
      sinceMeeting: 'Temps écoulé depuis l’entretien',
    },
    duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 heure' : `${m / 60} heures`) : `${m} minutes`),
    progress: (done, total) => `actions terminées\u00a0: ${done} sur ${total}`,
    status: { open: 'pas encore commencée', 'in-progress': 'en cours', done: 'terminée' },
    me: 'Moi',
    myManager: 'Mon manager',
    subject: (owner, name) => (owner === 'me' ? 'Moi' : owner === 'manager' ? (formal ? 'Vous' : 'Toi') : name),
    sentence: (owner, name, text, due) => {
      const who = owner === 'me' ? 'Je m’en charge' : owner === 'manager' ? (formal ? 'Vous vous en chargez' : 'Tu t’en charges') : `${name} s’en charge`;
      return due === undefined ? `${who}\u00a0: ${trimEnd(text)}, à une date que nous fixerons ensemble.` : `${who}\u00a0: ${trimEnd(text)}, d’ici le ${due}.`;
    },
    agreedDate: 'date à convenir ensemble',
    allDone: 'Tout ce que nous avions convenu est fait\u00a0; j’aimerais donc parler de la suite.',
    when: (day, time) => `${day} à ${time}`,
    // For "Cela fait trois semaines que…".
    since: (n, unit) => {
      const [one, many] = unit === 'day' ? ['un jour', 'jours'] : unit === 'week' ? ['une semaine', 'semaines'] : ['un mois', 'mois'];
      return n === 1 ? one : `${count('fr', n)} ${many}`;
    },
    whose: (owner, done, name) => (owner === 'me' ? '' : owner === 'manager' ? (done ? ' (merci)' : formal ? ' (vous)' : ' (toi)') : ` (${name})`),
    and: 'et',
    phrase: asPhrase,
    agenda: ({ role, vision, interests, requests }) => {
      const list = joinWith(interests.map(asPhrase), 'et');
      const v = vision && asPhrase(vision);
      return [
        role ? `Mon poste ${frOf(asPhrase(role))}\u00a0: ce qui fonctionne bien et où je veux progresser` : 'Mon poste actuel\u00a0: ce qui fonctionne bien et où je veux progresser',
        v && list
          ? `À long terme\u00a0: ${v} (mes centres d’intérêt\u00a0: ${list})`
          : v
            ? `Où j’aimerais être dans deux à cinq ans\u00a0: ${v}`
            : list
              ? `Mes centres d’intérêt à long terme\u00a0: ${list}`
              : 'Mes aspirations à long terme et où j’aimerais être dans deux à cinq ans',
        requests.length ? `Ce que j’aimerais demander\u00a0: ${joinWith(requests.map(asPhrase), 'et')}` : 'Mes objectifs de développement et le soutien que j’aimerais demander',
        formal ? 'Votre retour sur mes points forts et sur ce que je pourrais développer ensuite' : 'Ton retour sur mes points forts et sur ce que je pourrais développer ensuite',
      ];
    },
    questions: (role) => [
      'Quels projets, missions ou formations à venir pourraient m’aider à y parvenir\u00a0?',
      role
        ? `Avec qui ${formal ? 'me conseilleriez-vous' : 'me conseillerais-tu'} d’échanger sur le poste ${frOf(asPhrase(role))}\u00a0?`
        : `Avec qui ${formal ? 'me conseilleriez-vous' : 'me conseillerais-tu'} d’échanger sur les évolutions possibles de mon parcours ici\u00a0?`,
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
      careerPath: 'Trayectoria profesional',
      contactName: 'Nombre de la persona de contacto',
      dueDate: 'Fecha límite',
      nextSteps: 'Próximos pasos',
      sinceMeeting: 'Tiempo desde la reunión',
    },
    duration: (m) => (m % 60 === 0 ? (m === 60 ? '1 hora' : `${m / 60} horas`) : `${m} minutos`),
    progress: (done, total) => `acciones hechas: ${done} de ${total}`,
    status: { open: 'sin empezar', 'in-progress': 'en curso', done: 'hecha' },
    me: 'Yo',
    myManager: 'Mi responsable',
    subject: (owner, name) => (owner === 'me' ? 'Yo' : owner === 'manager' ? (formal ? 'Usted' : 'Tú') : name),
    sentence: (owner, name, text, due) => {
      const who = owner === 'me' ? 'Me encargo yo' : owner === 'manager' ? (formal ? 'Se encarga usted' : 'Te encargas tú') : `Se encarga ${name}`;
      return due === undefined ? `${who}: ${trimEnd(text)}, en una fecha que acordemos.` : `${who}: ${trimEnd(text)}, antes del ${due}.`;
    },
    agreedDate: 'fecha por acordar',
    allDone: 'Todo lo que acordamos está hecho, así que me gustaría hablar de los siguientes pasos.',
    when: (day, time) => `${day} a las ${time}`,
    // For "Hace tres semanas de…".
    since: (n, unit) => {
      const [one, many] = unit === 'day' ? ['un día', 'días'] : unit === 'week' ? ['una semana', 'semanas'] : ['un mes', 'meses'];
      return n === 1 ? one : `${count('es', n)} ${many}`;
    },
    whose: (owner, done, name) => (owner === 'me' ? '' : owner === 'manager' ? (done ? ' (gracias)' : formal ? ' (usted)' : ' (tú)') : ` (${name})`),
    and: 'y',
    phrase: asPhrase,
    agenda: ({ role, vision, interests, requests }) => {
      const phrases = interests.map(asPhrase);
      const list = joinWith(phrases, esAnd(phrases));
      const v = vision && asPhrase(vision);
      return [
        role ? `Mi puesto como ${asPhrase(role)}: qué va bien y en qué quiero crecer` : 'Mi puesto actual: qué va bien y en qué quiero crecer',
        v && list
          ? `A largo plazo: ${v} (mis intereses: ${list})`
          : v
            ? `Dónde me gustaría estar dentro de dos a cinco años: ${v}`
            : list
              ? `Mis intereses a largo plazo: ${list}`
              : 'Mis intereses a largo plazo y dónde me gustaría estar dentro de dos a cinco años',
        requests.length ? `Lo que me gustaría pedir: ${joinWith(requests.map(asPhrase), esAnd(requests.map(asPhrase)))}` : 'Mis objetivos de desarrollo y el apoyo que me gustaría pedir',
        formal ? 'Su opinión sobre mis puntos fuertes y sobre qué podría desarrollar a continuación' : 'Tu opinión sobre mis puntos fuertes y sobre qué podría desarrollar a continuación',
      ];
    },
    questions: (role) => [
      '¿Qué proyectos, retos o formaciones próximos podrían ayudarme a conseguirlo?',
      role
        ? `¿Con quién me ${formal ? 'recomendaría' : 'recomendarías'} hablar sobre el puesto de ${asPhrase(role)}?`
        : `¿Con quién me ${formal ? 'recomendaría' : 'recomendarías'} hablar sobre hacia dónde podría ir mi carrera aquí?`,
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
