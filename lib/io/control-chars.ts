/**
 * Control characters other than tab and line feed: C0 (carriage return included: callers
 * turn CRLF and CR into LF first), DEL and C1. No output format needs them, and several
 * misread them: a CR LF in an .ics value starts a new property (a second ATTENDEE), one in a
 * mailto: subject can start a new header. Every writer removes them from every field.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function withoutControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** A single-line value (subject, address, id): line breaks become spaces, other controls go. */
export function singleLine(text: string): string {
  return withoutControls(text).replace(/\n/g, ' ');
}
