/**
 * One plan as a readable Markdown document: every stage that has content, action
 * items with owner and due date, and the check-in log. Stages with nothing in them
 * are left out so the document reads like notes, not like an empty form.
 *
 * Plan text is user data: Markdown and HTML characters in it are escaped so a
 * viewer shows them as typed (a "<script>" goal stays text, a "# note" is no heading).
 */
import type { ActionItem, AgendaSection, GoalKind, MoveType, Plan, TextEntry } from '../plan/types';
import { planLabel } from '../plan/factory';

/**
 * Escapes Markdown/HTML syntax in inline text and flattens line breaks into the line.
 * Only characters that would change the rendering are escaped, so the raw file stays
 * readable ("R&D", "C++" and "2-3 weeks" are left alone).
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as a paragraph block: each line escaped, line breaks kept. */
function mdBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => mdText(line))
    .join('  \n')
    .trim();
}

const MOVE: Record<MoveType, string> = { lateral: 'Lateral move', vertical: 'Vertical move', 'other-function': 'Different function' };
const GOAL_KIND: Record<GoalKind, string> = {
  'lead-project': 'Lead a project',
  mentor: 'Mentor',
  certification: 'Certification',
  training: 'Training',
  shadowing: 'Shadowing',
  other: 'Other',
};
const SECTION: Record<AgendaSection, string> = {
  'current-role': 'Current role',
  'long-term': 'Long-term interests',
  goals: 'Development goals',
  feedback: 'Feedback',
  other: 'Other',
};

export function ownerLabel(item: Pick<ActionItem, 'owner' | 'ownerName'>, managerName = ''): string {
  if (item.owner === 'me') return 'Me';
  if (item.owner === 'manager') return managerName.trim() || 'My manager';
  return item.ownerName.trim() || 'Someone else';
}

const nonEmpty = (entries: TextEntry[]) => entries.filter((e) => e.text.trim());

export function planToMarkdown(plan: Plan, actionItems: ActionItem[], now: Date = new Date()): string {
  const out: string[] = [];
  // `null` marks a line that has nothing to say; '' is a deliberate blank line.
  const section = (title: string, body: (string | null)[]) => {
    const lines = body.filter((l): l is string => l !== null);
    if (lines.length) out.push(`## ${title}`, '', ...lines, '');
  };
  const list = (entries: TextEntry[]) => nonEmpty(entries).map((e) => `- ${mdText(e.text)}`);
  const field = (label: string, value: string) => (value.trim() ? `- **${label}:** ${mdText(value)}` : null);
  const sub = (title: string, body: (string | null)[]) => {
    const lines = body.filter((l): l is string => l !== null);
    return lines.length ? [`### ${title}`, '', ...lines, ''] : [];
  };

  out.push(`# ${mdText(planLabel(plan))}`, '', `_Career development conversation plan, exported from CareerTalk on ${now.toISOString().slice(0, 10)}._`, '');

  section('About', [
    field('Me', plan.myName),
    field('Current role', plan.currentRole),
    field('Company', plan.company),
    field('Manager', plan.managerName),
    field("Manager's email", plan.managerEmail),
    plan.meetingAt ? `- **Meeting:** ${mdText(plan.meetingAt.replace('T', ' '))} (${plan.meetingMinutes} minutes)` : null,
  ]);

  const sa = plan.selfAssessment;
  section('Self-assessment', [
    ...sub('Strengths', list(sa.strengths)),
    ...sub('Areas to improve', list(sa.areasToImprove)),
    ...sub('Interests', list(sa.interests)),
    ...sub('What gives me energy', list(sa.energizers)),
    ...sub('Underused skills', list(sa.underusedSkills)),
    ...sub('Where I want to be in 2–5 years', sa.vision.trim() ? [mdBlock(sa.vision)] : []),
  ]);

  section('Career paths', [
    ...plan.paths.flatMap((p) =>
      sub(`${mdText(p.role) || 'Untitled role'} (${MOVE[p.moveType]})`, [
        field('Qualifications', p.qualifications),
        field('Gaps', p.gaps),
        field('Notes', p.notes),
        p.sourceUrl ? `- **Source:** ${mdText(p.sourceTitle || p.sourceUrl)} (${mdText(p.sourceUrl)})` : null,
      ]),
    ),
    ...sub(
      'Informational interviews',
      plan.interviews.map((v) => `- **${mdText(v.who) || 'Someone'}**${v.role.trim() ? `, ${mdText(v.role)}` : ''}${v.date ? ` (${v.date})` : ''}${v.learned.trim() ? `: ${mdText(v.learned)}` : ''}`),
    ),
  ]);

  section(
    'Goals and requests',
    plan.goals
      .filter((g) => g.text.trim() || g.request.trim())
      .map((g, i) => `${i + 1}. **${GOAL_KIND[g.kind]}:** ${mdText(g.text) || '(no description)'}${g.request.trim() ? `. Request: ${mdText(g.request)}` : ''}`),
  );

  section(
    'Agenda',
    plan.agenda.filter((a) => a.text.trim()).map((a, i) => `${i + 1}. ${mdText(a.text)} _(${SECTION[a.section]})_`),
  );

  const m = plan.meeting;
  section('Meeting notes', [
    ...sub("Manager's view of my strengths", m.strengthsFeedback.trim() ? [mdBlock(m.strengthsFeedback)] : []),
    ...sub('Where I could grow', m.growthFeedback.trim() ? [mdBlock(m.growthFeedback)] : []),
    ...sub('Opportunities', m.opportunities.trim() ? [mdBlock(m.opportunities)] : []),
    ...sub('Notes', m.notes.trim() ? [mdBlock(m.notes)] : []),
    ...sub('Takeaways', list(m.takeaways)),
  ]);

  const items = [...actionItems].sort((a, b) => a.order - b.order);
  section(
    'Action items',
    items.map(
      (item) =>
        `- [${item.status === 'done' ? 'x' : ' '}] ${mdText(item.text) || '(no description)'}: **${mdText(ownerLabel(item, plan.managerName))}**` +
        `${item.due ? `, due ${item.due}` : ', no due date'}${item.status === 'in-progress' ? ' (in progress)' : ''}`,
    ),
  );

  const byId = new Map(items.map((i) => [i.id, i]));
  section(
    'Check-ins',
    plan.checkIns.flatMap((c) =>
      sub(c.date || 'Undated check-in', [
        ...(c.notes.trim() ? [mdBlock(c.notes), ''] : []),
        ...Object.entries(c.progress)
          .filter(([, note]) => note.trim())
          .map(([id, note]) => `- ${mdText(byId.get(id)?.text ?? 'Removed action item')}: ${mdText(note)}`),
      ]),
    ),
  );

  section('Notes', list(plan.notes));

  // "sent" only for emails that went out; an inserted or copied one is a draft.
  const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  section(
    'Emails',
    plan.emailsSent.map((e) =>
      e.status === 'sent'
        ? `- ${e.kind.replace('-', ' ')}: sent ${utc(e.sentAt || e.at)} (${mdText(e.via)})`
        : `- ${e.kind.replace('-', ' ')}: drafted ${utc(e.at)} (${mdText(e.via)}), not sent yet`,
    ),
  );

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
