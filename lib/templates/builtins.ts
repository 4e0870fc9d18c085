import type { EmailKind } from '../plan/types';
import type { Language } from '../plan/language';

/**
 * The four emails of a career development conversation, in our own words,
 * following the guide's order: ask for the meeting, send the talking points,
 * thank and recap within 24 hours, then report progress a few weeks later.
 * Each reads as a finished email with a full plan, and still reads well with an
 * empty one (missing values show as [placeholders]).
 */

export type BuiltinTemplateId = 'meeting-request' | 'agenda' | 'recap' | 'check-in';

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
}

const MEETING_REQUEST = `Hi {{managerFirstName}},

Could we set aside {{meetingLength}} for a career development conversation? I would like to talk about how I can keep growing here at {{company}} and where my longer-term development could take me.

I have been thinking about my goals for the next few years, and your perspective on them would help me a lot. I will send you a short list of talking points beforehand so you know what I have in mind.

Would some time in the coming week work for you? Please let me know what suits your calendar.

Thank you,
{{myName}}`;

const AGENDA = `Hi {{managerFirstName}},

Thank you for making time for our career development conversation on {{meetingDate}}. Here are the points I would like us to go through, so you can think about them beforehand:

{{#agenda}}
- {{text}}
{{/agenda}}

The development goals behind this, each with what I would like to ask for:

{{#goals}}
- {{line}}
{{/goals}}

Above all I would value your honest feedback: where you see my strengths, and what I could work on to have more impact.

See you then,
{{myName}}`;

const RECAP = `Hi {{managerFirstName}},

Thanks for the time you gave our career development conversation on {{meetingDate}}. Your view of where I stand and where I could go was genuinely useful.

What I took away from our conversation:

{{#takeaways}}
- {{text}}
{{/takeaways}}

The next steps we agreed on:

{{#actionItems}}
- {{sentence}}
{{/actionItems}}

I will keep this moving and check in with you on my progress in a few weeks{{#nextCheckInDate}}, around {{nextCheckInDate}}{{/nextCheckInDate}}.

Best regards,
{{myName}}`;

const CHECK_IN = `Hi {{managerFirstName}},

A few weeks have passed since our career development conversation on {{meetingDate}}, so here is a short update on what we agreed ({{checkInProgress}}).

Progress so far:

{{#actionItems}}
- {{progressLine}}
{{/actionItems}}

What comes next:

{{#nextSteps}}
- {{sentence}}
{{/nextSteps}}

Is there anything you would like me to focus on differently, or an opportunity coming up where I could put this into practice?

Thank you,
{{myName}}`;

export const BUILTIN_TEMPLATES: TemplateDef[] = [
  {
    id: 'meeting-request',
    name: 'Meeting request',
    kind: 'meeting-request',
    subject: 'Career development conversation: {{meetingLength}} in the coming week?',
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
];

export function builtinTemplate(id: string): TemplateDef | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
