/**
 * One plan as a readable Markdown document: every stage that has content, action
 * items with owner and due date, and the check-in log. Stages with nothing in them
 * are left out so the document reads like notes, not like an empty form.
 *
 * Plan text is user data: Markdown and HTML characters in it are escaped so a
 * viewer shows them as typed (a "<script>" goal stays text, a "# note" is no heading).
 *
 * The document is the person's own notes, downloaded from the planner: its headings and
 * labels are in the interface language, looked up with `say` (lib/message.ts).
 */
import type { ActionItem, AgendaSection, EmailKind, GoalKind, MoveType, Plan, TextEntry } from '../plan/types';
import { planLabel } from '../plan/factory';
import { withoutControls } from './control-chars';
import type { MessageKey } from '../i18n';
import type { Say } from '../message';

/**
 * Escapes Markdown/HTML syntax in inline text and flattens line breaks into the line.
 * Only characters that would change the rendering are escaped, so the raw file stays
 * readable ("R&D", "C++" and "2-3 weeks" are left alone).
 */
export function mdText(text: string): string {
  return withoutControls(text)
    .replace(/\n+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as a paragraph block: each line escaped, line breaks kept. */
function mdBlock(text: string): string {
  return withoutControls(text)
    .split('\n')
    .map((line) => mdText(line))
    .join('  \n')
    .trim();
}

const MOVE: Record<MoveType, MessageKey> = { lateral: 'mdMoveLateral', vertical: 'mdMoveVertical', 'other-function': 'stagePathsMoveOtherFunction' };
const GOAL_KIND: Record<GoalKind, MessageKey> = {
  'lead-project': 'stageGoalsKindLeadProject',
  mentor: 'stageGoalsKindMentor',
  certification: 'stageGoalsKindCertification',
  training: 'stageGoalsKindTraining',
  shadowing: 'stageGoalsKindShadowing',
  other: 'stageGoalsKindOther',
};
const SECTION: Record<AgendaSection, MessageKey> = {
  'current-role': 'stageAgendaSectionCurrentRole',
  'long-term': 'stageAgendaSectionLongTerm',
  goals: 'stageAgendaSectionGoals',
  feedback: 'stageAgendaSectionFeedback',
  other: 'stageAgendaSectionOther',
};
const EMAIL: Record<EmailKind, MessageKey> = {
  'meeting-request': 'templateNameMeetingRequest',
  agenda: 'templateNameAgenda',
  recap: 'templateNameRecap',
  'check-in': 'templateNameCheckIn',
};

export function ownerLabel(item: Pick<ActionItem, 'owner' | 'ownerName'>, say: Say, managerName = ''): string {
  if (item.owner === 'me') return say('printSheetMe');
  if (item.owner === 'manager') return managerName.trim() || say('mdMyManager');
  return item.ownerName.trim() || say('stageRecapOwnerOther');
}

const nonEmpty = (entries: TextEntry[]) => entries.filter((e) => e.text.trim());

export function planToMarkdown(plan: Plan, actionItems: ActionItem[], say: Say, now: Date = new Date()): string {
  const out: string[] = [];
  // `null` marks a line that has nothing to say; '' is a deliberate blank line.
  const section = (title: string, body: (string | null)[]) => {
    const lines = body.filter((l): l is string => l !== null);
    if (lines.length) out.push(`## ${mdText(title)}`, '', ...lines, '');
  };
  const list = (entries: TextEntry[]) => nonEmpty(entries).map((e) => `- ${mdText(e.text)}`);
  const sub = (title: string, body: (string | null)[]) => {
    const lines = body.filter((l): l is string => l !== null);
    return lines.length ? [`### ${title}`, '', ...lines, ''] : [];
  };

  // Labels end in the language's colon (French puts a no-break space before it).
  const colon = say('mdColon');
  const label = (key: MessageKey) => `**${mdText(say(key))}${colon}**`;
  const field = (key: MessageKey, value: string) => (value.trim() ? `- ${label(key)} ${mdText(value)}` : null);
  const noDescription = mdText(say('mdNoDescription'));

  out.push(`# ${mdText(planLabel(plan, say('planUntitled')))}`, '', `_${mdText(say('mdExportedFrom', now.toISOString().slice(0, 10)))}_`, '');

  section(say('mdAbout'), [
    field('printSheetMe', plan.myName),
    field('mdCurrentRole', plan.currentRole),
    field('fieldCompany', plan.company),
    field('historyColManager', plan.managerName),
    field('fieldManagerEmail', plan.managerEmail),
    plan.meetingAt ? `- ${label('stageNameMeeting')} ${mdText(say('mdMeetingWhen', plan.meetingAt.replace('T', ' '), plan.meetingMinutes))}` : null,
  ]);

  const sa = plan.selfAssessment;
  section(say('stageSelfTitle'), [
    ...sub(say('stageSelfStrengths'), list(sa.strengths)),
    ...sub(say('stageSelfAreasToImprove'), list(sa.areasToImprove)),
    ...sub(say('stageSelfInterests'), list(sa.interests)),
    ...sub(say('mdEnergizers'), list(sa.energizers)),
    ...sub(say('stageSelfUnderusedSkills'), list(sa.underusedSkills)),
    ...sub(say('mdVision'), sa.vision.trim() ? [mdBlock(sa.vision)] : []),
  ]);

  section(say('stagePathsTitle'), [
    ...plan.paths.flatMap((p) =>
      sub(`${mdText(p.role) || mdText(say('mdUntitledRole'))} (${mdText(say(MOVE[p.moveType]))})`, [
        field('mdQualifications', p.qualifications),
        field('mdGaps', p.gaps),
        field('stagePathsNotes', p.notes),
        p.sourceUrl ? `- ${label('mdSource')} ${mdText(p.sourceTitle || p.sourceUrl)} (${mdText(p.sourceUrl)})` : null,
      ]),
    ),
    ...sub(
      say('stagePathsInterviews'),
      plan.interviews.map(
        (v) =>
          `- **${mdText(v.who) || mdText(say('mdSomeone'))}**${v.role.trim() ? `, ${mdText(v.role)}` : ''}${v.date ? ` (${v.date})` : ''}${v.learned.trim() ? `${colon} ${mdText(v.learned)}` : ''}`,
      ),
    ),
  ]);

  section(
    say('stageGoalsTitle'),
    plan.goals
      .filter((g) => g.text.trim() || g.request.trim())
      .map((g, i) => `${i + 1}. ${label(GOAL_KIND[g.kind])} ${mdText(g.text) || noDescription}${g.request.trim() ? `. ${mdText(say('mdRequest', g.request))}` : ''}`),
  );

  section(
    say('stageAgendaTitle'),
    plan.agenda.filter((a) => a.text.trim()).map((a, i) => `${i + 1}. ${mdText(a.text)} _(${mdText(say(SECTION[a.section]))})_`),
  );

  const m = plan.meeting;
  section(say('mdMeetingNotes'), [
    ...sub(say('mdManagerStrengths'), m.strengthsFeedback.trim() ? [mdBlock(m.strengthsFeedback)] : []),
    ...sub(say('mdGrowth'), m.growthFeedback.trim() ? [mdBlock(m.growthFeedback)] : []),
    ...sub(say('mdOpportunities'), m.opportunities.trim() ? [mdBlock(m.opportunities)] : []),
    ...sub(say('stagePathsNotes'), m.notes.trim() ? [mdBlock(m.notes)] : []),
    ...sub(say('stageMeetingTakeaways'), list(m.takeaways)),
  ]);

  const items = [...actionItems].sort((a, b) => a.order - b.order);
  section(
    say('stageRecapActionItems'),
    items.map(
      (item) =>
        `- [${item.status === 'done' ? 'x' : ' '}] ${mdText(item.text) || noDescription}${colon} **${mdText(ownerLabel(item, say, plan.managerName))}**` +
        `, ${mdText(item.due ? say('mdDue', item.due) : say('mdNoDue'))}${item.status === 'in-progress' ? ` (${mdText(say('mdInProgress'))})` : ''}`,
    ),
  );

  const byId = new Map(items.map((i) => [i.id, i]));
  section(
    say('stageCheckInsTitle'),
    plan.checkIns.flatMap((c) =>
      sub(c.date || mdText(say('mdUndatedCheckIn')), [
        ...(c.notes.trim() ? [mdBlock(c.notes), ''] : []),
        ...Object.entries(c.progress)
          .filter(([, note]) => note.trim())
          .map(([id, note]) => `- ${mdText(byId.get(id)?.text ?? say('mdRemovedItem'))}${colon} ${mdText(note)}`),
      ]),
    ),
  );

  section(say('stagePathsNotes'), list(plan.notes));

  // "sent" only for emails that went out; an inserted or copied one is a draft.
  const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  section(
    say('mdEmails'),
    plan.emailsSent.map(
      (e) =>
        `- ${mdText(
          e.status === 'sent' ? say('mdEmailSent', say(EMAIL[e.kind]), utc(e.sentAt || e.at), e.via) : say('mdEmailDrafted', say(EMAIL[e.kind]), utc(e.at), e.via),
        )}`,
    ),
  );

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
