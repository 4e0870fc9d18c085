import { withoutControls } from './control-chars';
import { isOneAddressOrEmpty } from '../plan/email-address';
import { isLanguage, type Language } from '../plan/language';
import type { Plan } from '../plan/types';
import { msg, type Message } from '../message';

/**
 * A calendar invite (RFC 5545) for the career development conversation.
 *
 * The plan stores the meeting as a local wall-clock time (`YYYY-MM-DDTHH:mm`).
 * We keep that intent: DTSTART/DTEND carry a TZID naming the person's IANA time
 * zone, and the file holds a VTIMEZONE for it, so calendars show the meeting at
 * the time the person typed. The VTIMEZONE describes the zone's UTC offset at the
 * meeting (one observance is enough for a single, non-recurring event); when a
 * DST change falls inside the meeting, or the zone is UTC, we write UTC times
 * instead, which are exact either way.
 *
 * The invite goes to the manager: its title and description are in the plan's email
 * language. Why it cannot be made is for the person: a message key for the interface.
 */

export interface IcsOptions {
  /** IANA zone the meeting time is in; defaults to this browser's zone. */
  timeZone?: string;
  /** DTSTAMP; defaults to now. */
  now?: Date;
  /** The language of a plan that has no email language of its own (the interface language); English if not given. */
  defaultLanguage?: Language;
}

export type IcsResult = { ok: true; ics: string; filename: string; start: Date; end: Date } | { ok: false; error: Message };

type InvitePlan = Pick<Plan, 'id' | 'meetingAt' | 'meetingMinutes' | 'myName' | 'managerName' | 'managerEmail' | 'company' | 'agenda' | 'currentRole'> &
  Partial<Pick<Plan, 'emailLanguage'>>;

/** The invite's words in each email language: our own wording, for the manager's calendar. */
const INVITE_WORDS: Record<
  Language,
  { title: string; both: (a: string, b: string) => string; with: (name: string) => string; intro: (minutes: number) => string; agenda: string; cut: string }
> = {
  en: {
    title: 'Career development conversation',
    both: (a, b) => `Career development conversation: ${a} and ${b}`,
    with: (name) => `Career development conversation with ${name}`,
    intro: (n) => `A ${n}-minute conversation about growth and development (not a performance review).`,
    agenda: 'Agenda:',
    cut: '(The agenda is longer: the full version is in the Agenda email and the .ics invite.)',
  },
  de: {
    title: 'Entwicklungsgespräch',
    both: (a, b) => `Entwicklungsgespräch: ${a} und ${b}`,
    with: (name) => `Entwicklungsgespräch mit ${name}`,
    intro: (n) => `Ein Gespräch von ${n} Minuten über berufliche Entwicklung und Wachstum (keine Leistungsbeurteilung).`,
    agenda: 'Agenda:',
    cut: '(Die Agenda ist länger: Die vollständige Fassung steht in der Agenda-E-Mail und in der .ics-Einladung.)',
  },
  fr: {
    title: 'Entretien de développement de carrière',
    both: (a, b) => `Entretien de développement de carrière\u00a0: ${a} et ${b}`,
    with: (name) => `Entretien de développement de carrière avec ${name}`,
    intro: (n) => `Un échange de ${n}\u00a0minutes sur l’évolution et le développement professionnels (et non une évaluation des performances).`,
    agenda: 'Ordre du jour\u00a0:',
    cut: '(L’ordre du jour est plus long\u00a0: la version complète se trouve dans l’e-mail d’ordre du jour et dans l’invitation .ics.)',
  },
  es: {
    title: 'Conversación de desarrollo profesional',
    both: (a, b) => `Conversación de desarrollo profesional: ${a} y ${b}`,
    with: (name) => `Conversación de desarrollo profesional con ${name}`,
    intro: (n) => `Una conversación de ${n} minutos sobre crecimiento y desarrollo profesional (no es una evaluación del desempeño).`,
    agenda: 'Orden del día:',
    cut: '(El orden del día es más largo: la versión completa está en el correo del orden del día y en la invitación .ics.)',
  },
};

/** The note that ends a web calendar event whose agenda had to be cut (see calendar-links.ts), in the invite's language. */
export const inviteCutNote = (language: Language): string => INVITE_WORDS[language].cut;

/** The plan's email language, else the default (the interface language). */
export const inviteLanguage = (plan: Partial<Pick<Plan, 'emailLanguage'>>, defaultLanguage: Language = 'en'): Language =>
  isLanguage(plan.emailLanguage) ? plan.emailLanguage : defaultLanguage;

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export function buildMeetingIcs(plan: InvitePlan, options: IcsOptions = {}): IcsResult {
  const m = WALL.exec(plan.meetingAt ?? '');
  if (!m) return { ok: false, error: msg('icsNeedsDate') };
  const wall = { y: +m[1], mo: +m[2], d: +m[3], h: m[4] ? +m[4] : 9, mi: m[5] ? +m[5] : 0 };
  if (wall.mo < 1 || wall.mo > 12 || wall.d < 1 || wall.d > 31 || wall.h > 23 || wall.mi > 59) {
    return { ok: false, error: msg('icsBadDate', plan.meetingAt) };
  }
  const minutes = Math.max(5, Math.min(24 * 60, Math.round(plan.meetingMinutes || 30)));
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  let start: Date;
  try {
    start = new Date(zonedToUtc(wall, timeZone));
  } catch {
    return { ok: false, error: msg('icsBadTimeZone', timeZone) };
  }
  const end = new Date(start.getTime() + minutes * 60_000);
  const now = options.now ?? new Date();

  const offStart = offsetMinutes(start.getTime(), timeZone);
  const offEnd = offsetMinutes(end.getTime(), timeZone);
  const useTzid = offStart === offEnd && !/^(UTC|Etc\/UTC|Etc\/GMT|GMT)$/i.test(timeZone);

  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CareerTalk//Career conversation planner//EN', 'CALSCALE:GREGORIAN'];
  if (useTzid) {
    const off = formatOffset(offStart);
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${escapeText(timeZone)}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${off}`,
      `TZOFFSETTO:${off}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
  }
  lines.push('BEGIN:VEVENT', `UID:${uidPart(plan.id)}-meeting@careertalk.invalid`, `DTSTAMP:${utcStamp(now)}`);
  if (useTzid) {
    lines.push(`DTSTART;TZID=${paramValue(timeZone)}:${wallStamp(start, offStart)}`);
    lines.push(`DTEND;TZID=${paramValue(timeZone)}:${wallStamp(end, offStart)}`);
  } else {
    lines.push(`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`);
  }
  const language = inviteLanguage(plan, options.defaultLanguage);
  lines.push(`SUMMARY:${escapeText(meetingTitle(plan, language))}`);
  const description = meetingDescription(plan, minutes, language);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const email = plan.managerEmail.trim();
  if (email) {
    if (!isOneAddressOrEmpty(email)) {
      return { ok: false, error: msg('icsBadManagerEmail', email) };
    }
    const cn = plan.managerName.trim() ? `;CN=${paramValue(plan.managerName.trim())}` : '';
    lines.push(`ATTENDEE${cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${email}`);
  }
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  const ics = lines.map(foldLine).join('\r\n') + '\r\n';
  return { ok: true, ics, filename: `career-conversation-${m[1]}-${m[2]}-${m[3]}.ics`, start, end };
}

export function meetingTitle(plan: Pick<Plan, 'myName' | 'managerName'>, language: Language = 'en'): string {
  const words = INVITE_WORDS[language];
  const me = plan.myName.trim();
  const manager = plan.managerName.trim();
  if (me && manager) return words.both(me, manager);
  if (me || manager) return words.with(me || manager);
  return words.title;
}

export function meetingDescription(plan: Pick<Plan, 'agenda' | 'currentRole' | 'company'>, minutes: number, language: Language = 'en'): string {
  const words = INVITE_WORDS[language];
  const items = plan.agenda.map((a) => a.text.trim()).filter(Boolean);
  const intro = words.intro(minutes);
  if (!items.length) return intro;
  return [intro, '', words.agenda, ...items.map((t, i) => `${i + 1}. ${t}`)].join('\n');
}

/** The plan id in a UID: only letters, digits, '.', '_' and '-' are kept as they are; anything else is percent-encoded. */
export function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline; other control characters are dropped. */
export function escapeText(value: string): string {
  return withoutControls(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A parameter value: quoted (DQUOTE cannot appear inside, control characters neither). */
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n\t\u0000-\u001f]/g, ' ');
  return /[;:,]/.test(clean) || /\s/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = enc.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The wall-clock time of an instant at a fixed UTC offset, as a local DATE-TIME. */
function wallStamp(d: Date, offset: number): string {
  return utcStamp(new Date(d.getTime() + offset * 60_000)).slice(0, -1);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and
 * the reminders' rebuild asks for offsets a few times per plan (1,000 plans took a second).
 * An unknown zone throws here, as before, and is not cached.
 */
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

/** UTC offset of a zone at an instant, in minutes (east positive), from Intl. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the zone's clocks show the given wall time. In a repeated
 * (autumn) hour, the earlier one; in a skipped (spring) hour, the time just after the gap.
 */
export function zonedToUtc(wall: { y: number; mo: number; d: number; h: number; mi: number }, timeZone: string): number {
  const guess = Date.UTC(wall.y, wall.mo - 1, wall.d, wall.h, wall.mi);
  const matches = (t: number) => guess - t === offsetMinutes(t, timeZone) * 60_000;
  const candidates = [-1, 0, 1].map((dayShift) => guess - offsetMinutes(guess + dayShift * 43_200_000, timeZone) * 60_000);
  const valid = candidates.filter(matches).sort((a, b) => a - b);
  if (valid.length) return valid[0];
  return guess - Math.min(...candidates.map((t) => offsetMinutes(t, timeZone))) * 60_000;
}
