import type { Formality, Language } from '../plan/language';
import type { BuiltinTemplateId } from './builtins';

/**
 * The built-in emails in German, French and Spanish, written for each language (our own
 * wording, natural business register), not translated sentence by sentence. English lives
 * in builtins.ts.
 *
 * `<<formal|informal>>` picks the polite form (Sie / vous / usted, the default) or the
 * familiar one (du / tu / tú) the person chose for the plan; it is resolved before the
 * template is parsed, so the person never sees it (a duplicate gets the resolved text).
 */

interface Source {
  subject: string;
  body: string;
}

const DE: Record<BuiltinTemplateId, Source> = {
  'meeting-request': {
    subject: 'Entwicklungsgespräch: {{meetingLength}} in der kommenden Woche?',
    body: `Hallo <<{{managerName}}|{{managerFirstName}}>>,

<<hätten Sie|hättest du>> in der kommenden Woche {{meetingLength}} Zeit für ein Entwicklungsgespräch? Ich möchte mit <<Ihnen|dir>> darüber sprechen, wie ich mich bei {{company}} weiterentwickeln kann und wohin mein Weg längerfristig führen könnte.

Ich habe mir Gedanken über meine Ziele für die nächsten Jahre gemacht, und <<Ihre|deine>> Einschätzung dazu wäre mir sehr wertvoll. Vorab <<schicke ich Ihnen|schicke ich dir>> eine kurze Liste mit den Punkten, die ich ansprechen möchte.

<<Sagen Sie mir gern, welcher Termin Ihnen passt.|Sag mir gern, welcher Termin dir passt.>>

Viele Grüße
{{myName}}`,
  },
  agenda: {
    subject: 'Gesprächspunkte für unser Entwicklungsgespräch',
    body: `Hallo <<{{managerName}}|{{managerFirstName}}>>,

danke, dass <<Sie sich|du dir>> am {{meetingWhen}} Zeit für unser Entwicklungsgespräch <<nehmen|nimmst>>. Darüber möchte ich gern sprechen:

{{#agenda}}
- {{text}}
{{/agenda}}

Fragen, zu denen mich <<Ihre|deine>> Sicht interessiert:

{{#questions}}
- {{text}}
{{/questions}}

Bis dahin, viele Grüße
{{myName}}`,
  },
  recap: {
    subject: 'Danke – und eine Zusammenfassung unseres Entwicklungsgesprächs',
    body: `Hallo <<{{managerName}}|{{managerFirstName}}>>,

vielen Dank für unser Entwicklungsgespräch am {{meetingDate}}. Es hat mir geholfen zu hören, wie <<Sie meine Arbeit sehen|du meine Arbeit siehst>> und wohin sie führen kann.

Das nehme ich mit:

{{#takeaways}}
- {{text}}
{{/takeaways}}

Das haben wir vereinbart:

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

Ich halte <<Sie|dich>> auf dem Laufenden{{#nextCheckInDate}} und melde mich um den {{nextCheckInDate}} wieder{{/nextCheckInDate}}{{^nextCheckInDate}} und melde mich in ein paar Wochen wieder{{/nextCheckInDate}}.

Nochmals danke und viele Grüße
{{myName}}`,
  },
  'check-in': {
    subject: 'Zwischenstand zu meinem Entwicklungsplan',
    body: `Hallo <<{{managerName}}|{{managerFirstName}}>>,

unser Entwicklungsgespräch am {{meetingDate}} ist jetzt {{sinceMeeting}} her – Zeit für einen kurzen Zwischenstand zu dem, was wir vereinbart haben.

{{#checkInNotes}}
{{checkInNotes}}

{{/checkInNotes}}
{{#noItems}}
Das haben wir vereinbart:

{{#actionItems}}
- {{line}}
{{/actionItems}}

{{/noItems}}
{{#hasDone}}
Erledigt:

{{#doneItems}}
- {{line}}
{{/doneItems}}

{{/hasDone}}
{{#hasInProgress}}
In Arbeit:

{{#inProgressItems}}
- {{line}}
{{/inProgressItems}}

{{/hasInProgress}}
{{#hasStillOpen}}
Noch offen:

{{#stillOpenItems}}
- {{line}}
{{/stillOpenItems}}

{{/hasStillOpen}}
{{#hasUpcoming}}
Als Nächstes:

{{#upcomingItems}}
- {{sentence}}
{{/upcomingItems}}

{{/hasUpcoming}}
Gibt es etwas, worauf ich mich aus <<Ihrer|deiner>> Sicht stärker konzentrieren sollte, oder eine anstehende Gelegenheit, bei der ich das Gelernte einsetzen kann?

Viele Grüße
{{myName}}`,
  },
  'informational-interview': {
    subject: 'Eine Frage zur Rolle {{pathRole}}',
    body: `Hallo {{contactFirstName}},

ich bin {{myName}}, {{currentRole}} bei {{company}}. Ich überlege gerade, wohin sich meine Laufbahn entwickeln könnte, und möchte die Rolle {{pathRole}} besser verstehen.

<<Hätten Sie|Hättest du>> in den nächsten zwei Wochen 20 Minuten Zeit, mir von <<Ihrer|deiner>> Arbeit zu erzählen? Mich interessiert, wie eine typische Woche aussieht, welche Fähigkeiten am meisten zählen{{#pathQualifications}} – auch über die formalen Anforderungen hinaus –{{/pathQualifications}} und wie <<Sie|du>> zu dieser Rolle gekommen <<sind|bist>>.

Ich bewerbe mich auf nichts; ich möchte einfach von <<Ihrer|deiner>> Erfahrung lernen.

Vielen Dank und viele Grüße
{{myName}}`,
  },
};

const FR: Record<BuiltinTemplateId, Source> = {
  'meeting-request': {
    subject: 'Entretien de développement : {{meetingLength}} la semaine prochaine ?',
    body: `Bonjour {{managerFirstName}},

<<Pourriez-vous|Pourrais-tu>> m’accorder {{meetingLength}} pour un entretien de développement professionnel ? J’aimerais échanger avec <<vous|toi>> sur la façon dont je peux continuer à progresser chez {{company}} et sur les perspectives qui s’offrent à moi à plus long terme.

J’ai réfléchi à mes objectifs pour les prochaines années, et <<votre|ton>> regard sur ces sujets me serait précieux. <<Je vous enverrai|Je t’enverrai>> au préalable une courte liste des points que je souhaite aborder.

<<Auriez-vous|Aurais-tu>> un créneau dans la semaine à venir ? <<Dites-moi ce qui vous convient le mieux.|Dis-moi ce qui te convient le mieux.>>

<<Bien cordialement,|Merci et à bientôt,>>
{{myName}}`,
  },
  agenda: {
    subject: 'Points à aborder lors de notre entretien de développement',
    body: `Bonjour {{managerFirstName}},

Merci de m’accorder du temps pour notre entretien de développement du {{meetingWhen}}. Voici ce que j’aimerais aborder :

{{#agenda}}
- {{text}}
{{/agenda}}

Les questions sur lesquelles j’aimerais <<votre|ton>> avis :

{{#questions}}
- {{text}}
{{/questions}}

<<À bientôt, bien cordialement,|À bientôt,>>
{{myName}}`,
  },
  recap: {
    subject: 'Merci, et compte rendu de notre entretien de développement',
    body: `Bonjour {{managerFirstName}},

Merci pour notre entretien de développement du {{meetingDate}}. Il m’a été utile d’entendre comment <<vous voyez|tu vois>> mon travail et où il pourrait mener.

Ce que je retiens :

{{#takeaways}}
- {{text}}
{{/takeaways}}

Ce que nous avons convenu :

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

Je <<vous|te>> tiendrai au courant{{#nextCheckInDate}} et ferai un point vers le {{nextCheckInDate}}{{/nextCheckInDate}}{{^nextCheckInDate}} et ferai un point d’ici quelques semaines{{/nextCheckInDate}}.

<<Merci encore et bien cordialement,|Merci encore,>>
{{myName}}`,
  },
  'check-in': {
    subject: 'Point d’étape sur mon plan de développement',
    body: `Bonjour {{managerFirstName}},

Cela fait {{sinceMeeting}} que nous avons eu notre entretien de développement, le {{meetingDate}} ; voici un court point sur ce que nous avions convenu.

{{#checkInNotes}}
{{checkInNotes}}

{{/checkInNotes}}
{{#noItems}}
Ce que nous avons convenu :

{{#actionItems}}
- {{line}}
{{/actionItems}}

{{/noItems}}
{{#hasDone}}
Terminé :

{{#doneItems}}
- {{line}}
{{/doneItems}}

{{/hasDone}}
{{#hasInProgress}}
En cours :

{{#inProgressItems}}
- {{line}}
{{/inProgressItems}}

{{/hasInProgress}}
{{#hasStillOpen}}
Toujours ouvert :

{{#stillOpenItems}}
- {{line}}
{{/stillOpenItems}}

{{/hasStillOpen}}
{{#hasUpcoming}}
À venir :

{{#upcomingItems}}
- {{sentence}}
{{/upcomingItems}}

{{/hasUpcoming}}
Y a-t-il un sujet sur lequel <<vous aimeriez|tu aimerais>> que je mette davantage l’accent, ou une occasion à venir où je pourrais mettre cela en pratique ?

<<Bien cordialement,|À bientôt,>>
{{myName}}`,
  },
  'informational-interview': {
    subject: 'Une question sur le poste «\u00a0{{pathRole}}\u00a0»',
    body: `Bonjour {{contactFirstName}},

Je suis {{myName}}, {{currentRole}} chez {{company}}. Je réfléchis à l’évolution de mon parcours, et j’aimerais mieux comprendre le poste «\u00a0{{pathRole}}\u00a0».

<<Auriez-vous|Aurais-tu>> 20 minutes dans les deux prochaines semaines pour me parler de <<votre|ton>> travail ? J’aimerais savoir à quoi ressemble une semaine type, quelles compétences comptent le plus{{#pathQualifications}}, au-delà de celles de la fiche de poste{{/pathQualifications}}, et quel a été <<votre|ton>> parcours jusqu’à ce poste.

Je ne postule à rien ; j’aimerais simplement apprendre de <<votre|ton>> expérience.

<<Merci d’avance et bien cordialement,|Merci d’avance,>>
{{myName}}`,
  },
};

const ES: Record<BuiltinTemplateId, Source> = {
  'meeting-request': {
    subject: 'Conversación de desarrollo profesional: ¿{{meetingLength}} la próxima semana?',
    body: `Hola, {{managerFirstName}}:

¿<<Podría|Podrías>> reservarme {{meetingLength}} para una conversación sobre mi desarrollo profesional? Me gustaría hablar de cómo puedo seguir creciendo en {{company}} y hacia dónde podría orientar mi carrera a largo plazo.

He estado pensando en mis objetivos para los próximos años y <<su|tu>> punto de vista me ayudaría mucho. Antes de la reunión <<le|te>> enviaré una lista breve con los temas que quiero tratar.

¿<<Le|Te>> vendría bien algún momento de la próxima semana? <<Dígame qué hueco le encaja mejor.|Dime qué hueco te encaja mejor.>>

<<Muchas gracias y un saludo,|¡Gracias!>>
{{myName}}`,
  },
  agenda: {
    subject: 'Temas para nuestra conversación de desarrollo profesional',
    body: `Hola, {{managerFirstName}}:

Gracias por sacar tiempo para nuestra conversación de desarrollo profesional del {{meetingWhen}}. Esto es lo que me gustaría tratar:

{{#agenda}}
- {{text}}
{{/agenda}}

Preguntas sobre las que me gustaría conocer <<su|tu>> opinión:

{{#questions}}
- {{text}}
{{/questions}}

<<Un saludo,|¡Hasta pronto!>>
{{myName}}`,
  },
  recap: {
    subject: 'Gracias, y resumen de nuestra conversación de desarrollo profesional',
    body: `Hola, {{managerFirstName}}:

Gracias por nuestra conversación de desarrollo profesional del {{meetingDate}}. Me ayudó mucho saber cómo <<ve|ves>> mi trabajo y hacia dónde podría ir.

Lo que me llevo:

{{#takeaways}}
- {{text}}
{{/takeaways}}

Lo que acordamos:

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

<<Le|Te>> mantendré al tanto{{#nextCheckInDate}} y <<le|te>> contaré cómo voy hacia el {{nextCheckInDate}}{{/nextCheckInDate}}{{^nextCheckInDate}} y <<le|te>> contaré cómo voy dentro de unas semanas{{/nextCheckInDate}}.

<<Un saludo,|¡Gracias de nuevo!>>
{{myName}}`,
  },
  'check-in': {
    subject: 'Novedades sobre mi plan de desarrollo',
    body: `Hola, {{managerFirstName}}:

Hace {{sinceMeeting}} de nuestra conversación de desarrollo profesional del {{meetingDate}}, así que <<le|te>> envío un breve resumen de cómo va lo que acordamos.

{{#checkInNotes}}
{{checkInNotes}}

{{/checkInNotes}}
{{#noItems}}
Lo que acordamos:

{{#actionItems}}
- {{line}}
{{/actionItems}}

{{/noItems}}
{{#hasDone}}
Hecho:

{{#doneItems}}
- {{line}}
{{/doneItems}}

{{/hasDone}}
{{#hasInProgress}}
En curso:

{{#inProgressItems}}
- {{line}}
{{/inProgressItems}}

{{/hasInProgress}}
{{#hasStillOpen}}
Pendiente:

{{#stillOpenItems}}
- {{line}}
{{/stillOpenItems}}

{{/hasStillOpen}}
{{#hasUpcoming}}
Próximamente:

{{#upcomingItems}}
- {{sentence}}
{{/upcomingItems}}

{{/hasUpcoming}}
¿Hay algo en lo que <<preferiría|preferirías>> que me centrara más, o alguna oportunidad próxima en la que pueda ponerlo en práctica?

<<Un saludo,|¡Hasta pronto!>>
{{myName}}`,
  },
  'informational-interview': {
    subject: '<<¿Podría preguntarle|¿Puedo preguntarte>> por el puesto de {{pathRole}}?',
    body: `Hola, {{contactFirstName}}:

Soy {{myName}}, {{currentRole}} en {{company}}. Estoy explorando hacia dónde podría ir mi carrera y me gustaría entender mejor el puesto de {{pathRole}}.

¿<<Tendría|Tendrías>> 20 minutos en las próximas dos semanas para contarme cómo es <<su|tu>> trabajo? Me encantaría saber cómo es una semana típica, qué habilidades importan más{{#pathQualifications}}, además de las que figuran en la descripción del puesto{{/pathQualifications}}, y cómo <<llegó|llegaste>> a ese puesto.

No busco ningún puesto concreto; solo me gustaría aprender de <<su|tu>> experiencia.

<<Muchas gracias y un saludo,|¡Muchas gracias!>>
{{myName}}`,
  },
};

const SOURCES: Partial<Record<Language, Partial<Record<string, Source>>>> = { de: DE, fr: FR, es: ES };

/** French typography: a no-break space before : ; ? ! so they never start a line. */
const frenchSpacing = (text: string) => text.replace(/ ([:;?!])/g, '\u00a0$1');

/** Keeps the polite or the familiar side of every `<<formal|informal>>`. */
export function resolveFormality(text: string, formality: Formality): string {
  return text.replace(/<<([^|>]*)\|([^>]*)>>/g, (_m, formal: string, informal: string) => (formality === 'informal' ? informal : formal));
}

/**
 * The built-in `id` written in `lang` with the chosen formality, or undefined when
 * there is no such version (English, or a built-in not written in that language yet:
 * the caller then uses the English text).
 */
export function localizedBuiltin(id: string, lang: Language, formality: Formality = 'formal'): Source | undefined {
  const source = SOURCES[lang]?.[id];
  if (!source) return undefined;
  const finish = (text: string) => {
    const resolved = resolveFormality(text, formality);
    return lang === 'fr' ? frenchSpacing(resolved) : resolved;
  };
  return { subject: finish(source.subject), body: finish(source.body) };
}

/** Ids of the built-ins written in `lang` (for tests and for the "written in" note). */
export function localizedBuiltinIds(lang: Language): string[] {
  return Object.keys(SOURCES[lang] ?? {});
}
