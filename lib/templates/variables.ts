/**
 * The variables a template can use, documented for the editor, and the view
 * object built from the active plan that Mustache reads them from.
 *
 * Every value in the view is a string (or a list of objects holding strings), so
 * Mustache never prints `undefined`, `null` or `NaN`. A value the plan lacks
 * becomes a visible placeholder like `[Manager's name]`, and reading it records
 * its label in `missing` so the UI can say what to fill in before sending.
 */

export interface TemplateVariableField {
  name: string;
  description: string;
}

export interface TemplateVariable {
  name: string;
  /** Human label, used in the missing-field list and the placeholder. */
  label: string;
  description: string;
  /** A flag is a section that shows or not ({{#hasDone}}…{{/hasDone}}); it repeats nothing, so it may hold a list. */
  kind: 'text' | 'list' | 'flag';
  /** Optional values render as nothing (not a placeholder) when empty; use them in a section. */
  optional?: boolean;
  /** For lists: the fields of each item, used inside `{{#list}}…{{/list}}`. */
  fields?: TemplateVariableField[];
}

const TEXT: TemplateVariableField[] = [{ name: 'text', description: 'The item' }];
const ACTION_FIELDS: TemplateVariableField[] = [
  { name: 'sentence', description: 'Phrased by owner: "I will … by May 14." / "You will …" / "Priya will …"' },
  { name: 'text', description: 'The action as typed' },
  { name: 'owner', description: '"Me", the manager\'s name, or the named person' },
  { name: 'due', description: 'Due date, formatted for your locale' },
  { name: 'status', description: '"not started yet", "in progress" or "done"' },
  { name: 'progress', description: 'Latest progress note from a check-in (may be empty)' },
  { name: 'progressLine', description: 'The action with its status and latest progress note' },
  { name: 'line', description: 'The action as a sentence, whose it is when not yours, and its latest progress note' },
];

export const templateVariables: TemplateVariable[] = [
  { name: 'managerName', label: "Manager's name", description: "Your manager's full name", kind: 'text' },
  { name: 'managerFirstName', label: "Manager's name", description: "Your manager's first name, for the greeting", kind: 'text' },
  { name: 'managerEmail', label: "Manager's email", description: "Your manager's email address", kind: 'text' },
  { name: 'myName', label: 'Your name', description: 'Your own name, for the sign-off', kind: 'text' },
  { name: 'company', label: 'Company', description: 'The company you work for', kind: 'text' },
  { name: 'currentRole', label: 'Current role', description: 'Your current role', kind: 'text' },
  { name: 'vision', label: 'Long-term vision', description: 'Where you want to be in two to five years', kind: 'text' },
  { name: 'meetingDate', label: 'Meeting date', description: 'The meeting day, e.g. "Tuesday, May 14"', kind: 'text' },
  { name: 'meetingTime', label: 'Meeting time', description: 'The meeting start time, e.g. "2:30 PM"', kind: 'text' },
  { name: 'meetingWhen', label: 'Meeting date', description: 'The meeting day and time, e.g. "Tuesday, May 14 at 2:30 PM"', kind: 'text' },
  { name: 'sinceMeeting', label: 'Meeting date', description: 'How long ago the meeting was, e.g. "three weeks"', kind: 'text' },
  { name: 'meetingLength', label: 'Meeting length', description: 'How long the meeting is, e.g. "30 minutes" (30 minutes unless set)', kind: 'text' },
  { name: 'checkInProgress', label: 'Action items', description: 'How far the action items are, e.g. "2 of 5 action items done"', kind: 'text' },
  { name: 'nextCheckInDate', label: 'Next check-in', description: 'When the next check-in is due (empty when there is no meeting date)', kind: 'text', optional: true },
  { name: 'goals', label: 'Goals', description: 'Your development goals with the concrete request for each', kind: 'list', fields: [
    { name: 'line', description: 'The goal with its request: "Grow as a leader: lead the Q3 migration"' },
    { name: 'text', description: 'The goal in your words' },
    { name: 'request', description: 'The concrete request to your manager' },
  ] },
  { name: 'agenda', label: 'Agenda', description: "The agenda's talking points (a standard agenda when you have not written one)", kind: 'list', fields: TEXT },
  { name: 'questions', label: 'Agenda', description: 'Two or three questions for your manager: agenda lines you wrote as questions, else two from the guide', kind: 'list', fields: TEXT },
  { name: 'interests', label: 'Interests', description: 'Your long-term interests (may be empty)', kind: 'list', optional: true, fields: TEXT },
  { name: 'takeaways', label: 'Key takeaways', description: 'The key takeaways from the meeting', kind: 'list', fields: TEXT },
  { name: 'actionItems', label: 'Action items', description: 'Every action item agreed in the meeting', kind: 'list', fields: ACTION_FIELDS },
  { name: 'myActionItems', label: 'My action items', description: 'Action items you own (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'managerActionItems', label: "Manager's action items", description: 'Action items your manager owns (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'otherActionItems', label: "Others' action items", description: 'Action items someone else owns, with their names (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'checkInNotes', label: 'Check-in notes', description: 'Your notes from the latest check-in (may be empty)', kind: 'text', optional: true },
  { name: 'doneItems', label: 'Action items', description: 'Action items that are done (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'inProgressItems', label: 'Action items', description: 'Action items in progress (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'upcomingItems', label: 'Action items', description: 'Action items not started yet, phrased as what comes next (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'noItems', label: 'Action items', description: 'A section that shows only when there are no action items yet', kind: 'flag', optional: true },
  { name: 'hasDone', label: 'Action items', description: 'A section that shows only when some action items are done: {{#hasDone}}…{{/hasDone}}', kind: 'flag', optional: true },
  { name: 'hasInProgress', label: 'Action items', description: 'A section that shows only when some action items are in progress', kind: 'flag', optional: true },
  { name: 'hasUpcoming', label: 'Action items', description: 'A section that shows only when some action items are not started yet', kind: 'flag', optional: true },
  { name: 'pathRole', label: 'Career path', description: 'The role of your first career path (for an informational interview)', kind: 'text' },
  { name: 'pathQualifications', label: 'Career path', description: "That path's qualifications as you noted them (may be empty)", kind: 'text', optional: true },
  { name: 'contactFirstName', label: "Contact's name", description: 'The first name of the person you logged for an informational interview about that role', kind: 'text' },
  { name: 'stillOpenItems', label: 'Action items', description: 'Open action items whose date has passed, named plainly (may be empty)', kind: 'list', optional: true, fields: ACTION_FIELDS },
  { name: 'hasStillOpen', label: 'Action items', description: 'A section that shows only when some open action items are past their date', kind: 'flag', optional: true },
  { name: 'nextSteps', label: 'Next steps', description: 'What is still open, phrased by owner', kind: 'list', fields: [{ name: 'sentence', description: 'The next step, phrased by owner' }] },
];

export const VARIABLES_BY_NAME = new Map(templateVariables.map((v) => [v.name, v]));

/** Labels that can appear in `missing`, in the order the UI lists them. */
export const MISSING_ORDER = [
  "Manager's name",
  "Manager's email",
  'Your name',
  'Company',
  'Current role',
  'Long-term vision',
  'Meeting date',
  'Meeting time',
  'Goals',
  'Key takeaways',
  'Action items',
  'Action item due dates',
  "Action item owner's name",
  'Career path',
  "Contact's name",
];

export function placeholder(label: string): string {
  return `[${label}]`;
}
