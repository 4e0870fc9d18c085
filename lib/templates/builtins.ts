import type { EmailKind } from '../plan/types';
import type { Language } from '../plan/language';

/**
 * The four emails of a career development conversation, in our own words,
 * following the guide's order: ask for the meeting, send the talking points,
 * thank and recap within 24 hours, then report progress a few weeks later; plus the
 * request for an informational interview the guide recommends while researching paths.
 * Each reads as a finished email with a full plan, and still reads well with an
 * empty one (missing values show as [placeholders]).
 */

export type BuiltinTemplateId = 'meeting-request' | 'agenda' | 'recap' | 'check-in' | 'informational-interview';

export interface TemplateDef {
  id: string;
  name: string;
  kind?: EmailKind;
  subject: string;
  body: string;
  builtin: boolean;
  /** For a user template: the built-in it was duplicated from. */
  basedOn?: string;
  /** For a user template: the language it is written in (absent: any language). */
  language?: Language;
  /** False for emails to someone other than the manager: To is not filled with the manager's address. */
  toManager?: boolean;
}

const MEETING_REQUEST = `Hi {{managerFirstName}},

Could we set aside {{meetingLength}} for a career development conversation? I would like to talk about how I can keep growing at {{company}} and where my development could take me over the next few years.

Your view would help me a lot. I will send a short list of talking points beforehand, so you know what I have in mind.

Would some time in the coming week or two work for you?

Thank you,
{{myName}}`;

// About 120 words with a typical plan: the day and time, the guide's four parts (each goal
// once, flagged goals left out), and two or three questions. Feedback is asked for once.
const AGENDA = `Hi {{managerFirstName}},

Thanks for making time for our career development conversation on {{meetingWhen}}. Here is what I would like to cover:

{{#agenda}}
- {{text}}
{{/agenda}}

Questions I would like your view on:

{{#questions}}
- {{text}}
{{/questions}}

See you then,
{{myName}}`;

const RECAP = `Hi {{managerFirstName}},

Thank you for our career development conversation on {{meetingDate}}. It helped to hear how you see my work and where it could go.

What I am taking away:

{{#takeaways}}
- {{text}}
{{/takeaways}}

What we agreed:

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

I will keep you posted{{#nextCheckInDate}} and check in around {{nextCheckInDate}}{{/nextCheckInDate}}{{^nextCheckInDate}} and check in again in a few weeks{{/nextCheckInDate}}.

Thanks again,
{{myName}}`;

// Opens with the real time since the meeting, groups the items by where they stand, carries
// the person's own check-in notes, and words what others still have to do as what comes next.
const CHECK_IN = `Hi {{managerFirstName}},

It has been {{sinceMeeting}} since our career development conversation on {{meetingDate}}, so here is a short update on what we agreed.

{{#checkInNotes}}
{{checkInNotes}}

{{/checkInNotes}}
{{#noItems}}
What we agreed:

{{#actionItems}}
- {{line}}
{{/actionItems}}

{{/noItems}}
{{#hasDone}}
Done:

{{#doneItems}}
- {{line}}
{{/doneItems}}

{{/hasDone}}
{{#hasInProgress}}
Under way:

{{#inProgressItems}}
- {{line}}
{{/inProgressItems}}

{{/hasInProgress}}
{{#hasStillOpen}}
Still open:

{{#stillOpenItems}}
- {{line}}
{{/stillOpenItems}}

{{/hasStillOpen}}
{{#hasUpcoming}}
Coming up:

{{#upcomingItems}}
- {{sentence}}
{{/upcomingItems}}

{{/hasUpcoming}}
Is there anything you would like me to focus on differently, or an opportunity coming up where I could put this into practice?

Thank you,
{{myName}}`;

// The guide recommends informational interviews with people in roles one is curious about.
// Written to that colleague, not the manager: filled from the first career path in the plan.
const INFORMATIONAL_INTERVIEW = `Hi {{contactFirstName}},

I am {{myName}}, {{currentRole}} here at {{company}}. I am exploring where my career could go, and the {{pathRole}} role is one I would like to understand better.

Would you have 20 minutes in the next couple of weeks to tell me about your work? I would love to hear what a typical week looks like, which skills matter most{{#pathQualifications}} beyond the ones on paper{{/pathQualifications}}, and how you got into the role.

I am not applying for anything; I would simply like to learn from your experience.

Thank you,
{{myName}}`;

export const BUILTIN_TEMPLATES: TemplateDef[] = [
  {
    id: 'meeting-request',
    name: 'Meeting request',
    kind: 'meeting-request',
    subject: 'Career development conversation: {{meetingLength}} in the next couple of weeks?',
    body: MEETING_REQUEST,
    builtin: true,
  },
  {
    id: 'agenda',
    name: 'Agenda',
    kind: 'agenda',
    subject: 'Talking points for our career development conversation',
    body: AGENDA,
    builtin: true,
  },
  {
    id: 'recap',
    name: 'Thank-you recap',
    kind: 'recap',
    subject: 'Thank you, and a recap of our career development conversation',
    body: RECAP,
    builtin: true,
  },
  {
    id: 'check-in',
    name: 'Check-in update',
    kind: 'check-in',
    subject: 'Update on my development plan',
    body: CHECK_IN,
    builtin: true,
  },
  {
    id: 'informational-interview',
    name: 'Informational interview request',
    subject: 'Could I ask you about the {{pathRole}} role?',
    body: INFORMATIONAL_INTERVIEW,
    builtin: true,
    toManager: false,
  },
];

export function builtinTemplate(id: string): TemplateDef | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
