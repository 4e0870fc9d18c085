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

danke, dass <<Sie sich am {{meetingDate}} Zeit für unser Entwicklungsgespräch nehmen|du dir am {{meetingDate}} Zeit für unser Entwicklungsgespräch nimmst>>. Hier sind die Punkte, über die ich gern sprechen möchte, damit <<Sie sich vorab Gedanken machen können|du dir vorab Gedanken machen kannst>>:

{{#agenda}}
- {{text}}
{{/agenda}}

Dahinter stehen diese Entwicklungsziele, jeweils mit meinem konkreten Anliegen:

{{#goals}}
- {{line}}
{{/goals}}

Besonders wichtig ist mir <<Ihr|dein>> ehrliches Feedback: wo <<Sie meine Stärken sehen|du meine Stärken siehst>> und woran ich arbeiten könnte, um mehr zu bewirken.

Viele Grüße
{{myName}}`,
  },
  recap: {
    subject: 'Danke – und eine Zusammenfassung unseres Entwicklungsgesprächs',
    body: `Hallo <<{{managerName}}|{{managerFirstName}}>>,

vielen Dank für <<Ihre|deine>> Zeit in unserem Entwicklungsgespräch am {{meetingDate}}. <<Ihre|Deine>> Sicht darauf, wo ich stehe und wohin ich mich entwickeln kann, hat mir sehr geholfen.

Das nehme ich aus unserem Gespräch mit:

{{#takeaways}}
- {{text}}
{{/takeaways}}

Diese nächsten Schritte haben wir vereinbart:

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

Ich bleibe dran und melde mich in einigen Wochen mit einem Zwischenstand{{#nextCheckInDate}}, etwa um den {{nextCheckInDate}}{{/nextCheckInDate}}.

Viele Grüße
{{myName}}`,
  },
  'check-in': {
    subject: 'Zwischenstand zu meinem Entwicklungsplan',
    body: `Hallo <<{{managerName}}|{{managerFirstName}}>>,

seit unserem Entwicklungsgespräch am {{meetingDate}} sind ein paar Wochen vergangen, deshalb hier ein kurzer Zwischenstand zu dem, was wir vereinbart haben ({{checkInProgress}}).

So weit bin ich:

{{#actionItems}}
- {{progressLine}}
{{/actionItems}}

Als Nächstes:

{{#nextSteps}}
- {{sentence}}
{{/nextSteps}}

Gibt es etwas, worauf ich mich aus <<Ihrer|deiner>> Sicht stärker konzentrieren sollte, oder eine anstehende Gelegenheit, bei der ich das Gelernte einsetzen kann?

Viele Grüße
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

Merci de m’accorder du temps pour notre entretien de développement du {{meetingDate}}. Voici les points que j’aimerais aborder, pour que <<vous puissiez|tu puisses>> y réfléchir en amont :

{{#agenda}}
- {{text}}
{{/agenda}}

Les objectifs de développement qui les sous-tendent, chacun avec ma demande concrète :

{{#goals}}
- {{line}}
{{/goals}}

Je tiens surtout à <<votre|ton>> retour sincère : où <<vous voyez|tu vois>> mes points forts, et sur quoi je pourrais travailler pour avoir plus d’impact.

<<Bien cordialement,|À bientôt,>>
{{myName}}`,
  },
  recap: {
    subject: 'Merci, et compte rendu de notre entretien de développement',
    body: `Bonjour {{managerFirstName}},

Merci pour le temps <<que vous avez consacré|que tu as consacré>> à notre entretien de développement du {{meetingDate}}. <<Votre|Ton>> regard sur ma situation actuelle et sur les directions possibles m’a été très utile.

Ce que je retiens de notre échange :

{{#takeaways}}
- {{text}}
{{/takeaways}}

Les prochaines étapes dont nous avons convenu :

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

Je garde le cap et <<vous|te>> ferai un point sur mes progrès d’ici quelques semaines{{#nextCheckInDate}}, vers le {{nextCheckInDate}}{{/nextCheckInDate}}.

<<Bien cordialement,|Merci encore,>>
{{myName}}`,
  },
  'check-in': {
    subject: 'Point d’étape sur mon plan de développement',
    body: `Bonjour {{managerFirstName}},

Quelques semaines se sont écoulées depuis notre entretien de développement du {{meetingDate}} ; voici un court point sur ce que nous avions convenu ({{checkInProgress}}).

Où j’en suis :

{{#actionItems}}
- {{progressLine}}
{{/actionItems}}

La suite :

{{#nextSteps}}
- {{sentence}}
{{/nextSteps}}

Y a-t-il un sujet sur lequel <<vous aimeriez|tu aimerais>> que je mette davantage l’accent, ou une occasion à venir où je pourrais mettre cela en pratique ?

<<Bien cordialement,|À bientôt,>>
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

Gracias por sacar tiempo para nuestra conversación de desarrollo profesional del {{meetingDate}}. Estos son los temas que me gustaría tratar, para que <<pueda|puedas>> pensarlos con antelación:

{{#agenda}}
- {{text}}
{{/agenda}}

Los objetivos de desarrollo que hay detrás, cada uno con lo que me gustaría pedir:

{{#goals}}
- {{line}}
{{/goals}}

Sobre todo, valoraría mucho <<su|tu>> opinión sincera: dónde <<ve|ves>> mis puntos fuertes y en qué podría trabajar para tener más impacto.

<<Un saludo,|¡Hasta pronto!>>
{{myName}}`,
  },
  recap: {
    subject: 'Gracias, y resumen de nuestra conversación de desarrollo profesional',
    body: `Hola, {{managerFirstName}}:

Gracias por el tiempo que <<dedicó|dedicaste>> a nuestra conversación de desarrollo profesional del {{meetingDate}}. <<Su|Tu>> visión de dónde estoy y hacia dónde podría ir me resultó muy útil.

Lo que me llevo de la conversación:

{{#takeaways}}
- {{text}}
{{/takeaways}}

Los próximos pasos que acordamos:

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

Seguiré avanzando y <<le|te>> contaré cómo voy dentro de unas semanas{{#nextCheckInDate}}, hacia el {{nextCheckInDate}}{{/nextCheckInDate}}.

<<Un saludo,|¡Gracias de nuevo!>>
{{myName}}`,
  },
  'check-in': {
    subject: 'Novedades sobre mi plan de desarrollo',
    body: `Hola, {{managerFirstName}}:

Han pasado unas semanas desde nuestra conversación de desarrollo profesional del {{meetingDate}}, así que <<le|te>> envío un breve resumen de cómo va lo que acordamos ({{checkInProgress}}).

Cómo voy:

{{#actionItems}}
- {{progressLine}}
{{/actionItems}}

Lo siguiente:

{{#nextSteps}}
- {{sentence}}
{{/nextSteps}}

¿Hay algo en lo que <<preferiría|preferirías>> que me centrara más, o alguna oportunidad próxima en la que pueda ponerlo en práctica?

<<Un saludo,|¡Hasta pronto!>>
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
