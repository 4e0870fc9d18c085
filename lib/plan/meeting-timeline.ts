import type { AgendaItem, AgendaSection } from './types';

/**
 * The meeting's time, split across its parts the way the guide runs it: open with the purpose
 * and thanks, go through the agenda, and keep the last minutes to close (takeaways, next steps).
 */
export interface MeetingPart {
  kind: 'open' | 'agenda' | 'close';
  /** The agenda item for an 'agenda' part ('' for a default topic when the agenda is empty). */
  agendaId: string;
  /** The agenda item's text, or '' for the opening, the close and default topics. */
  text: string;
  section: AgendaSection | '';
  /** Seconds from the start of the meeting. */
  start: number;
  seconds: number;
}

/** The guide's four topics, used when the agenda is still empty. */
const DEFAULT_SECTIONS: AgendaSection[] = ['current-role', 'long-term', 'goals', 'feedback'];

export function meetingParts(agenda: AgendaItem[], minutes: number): MeetingPart[] {
  const total = Math.max(5, Math.round(minutes || 30)) * 60;
  // About a tenth to open and a sixth to close, never less than a minute and two minutes.
  const open = Math.max(60, Math.round((total * 0.1) / 60) * 60);
  const close = Math.max(120, Math.round((total * 0.17) / 60) * 60);
  const items = agenda.length
    ? agenda.map((a) => ({ agendaId: a.id, text: a.text.trim(), section: a.section }))
    : DEFAULT_SECTIONS.map((section) => ({ agendaId: '', text: '', section }));
  const middle = Math.max(0, total - open - close);
  const each = Math.floor(middle / items.length);
  const parts: MeetingPart[] = [{ kind: 'open', agendaId: '', text: '', section: '', start: 0, seconds: open }];
  let start = open;
  items.forEach((item, i) => {
    // The seconds that do not divide evenly go to the first topic.
    const seconds = each + (i === 0 ? middle - each * items.length : 0);
    parts.push({ kind: 'agenda', ...item, start, seconds });
    start += seconds;
  });
  parts.push({ kind: 'close', agendaId: '', text: '', section: '', start, seconds: total - start });
  return parts;
}

export interface TimelinePosition {
  /** Index of the part that is on now (the close once the time is over). */
  index: number;
  /** Seconds left in that part (0 once over). */
  left: number;
  /** Seconds past the planned end of the meeting (0 while within it). */
  over: number;
}

export function positionAt(parts: MeetingPart[], elapsed: number): TimelinePosition {
  const end = parts.at(-1)!.start + parts.at(-1)!.seconds;
  const index = Math.max(0, parts.findIndex((p) => elapsed < p.start + p.seconds));
  if (elapsed >= end) return { index: parts.length - 1, left: 0, over: Math.floor(elapsed - end) };
  const part = parts[index];
  return { index, left: Math.ceil(part.start + part.seconds - elapsed), over: 0 };
}

/** 75 → "1:15", 3600 → "60:00". */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
