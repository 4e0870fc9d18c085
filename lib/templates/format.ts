/**
 * One template source, two outputs. Templates are plain text: paragraphs are
 * separated by blank lines, and lines that start with "- " form a list. While a
 * template renders, every value taken from the plan is wrapped in two private-use
 * marker characters, so the formatter below knows which characters are the
 * template's (structure) and which are data (always escaped, never structure:
 * a newline or a leading "- " inside a manager's note cannot start a list).
 */

const DATA_START = '\uE000';
const DATA_END = '\uE001';
/** A line break that came from data: a <br> in HTML, not a new block. */
const DATA_BREAK = '\uE002';
const MARKERS = /[\uE000-\uE002]/g;

/** Wraps a plan value as data. Any marker characters already in it are dropped. */
export function markData(value: string): string {
  return DATA_START + value.replace(MARKERS, '') + DATA_END;
}

/** Removes marker characters from template text (a template cannot forge data). */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface Formatted {
  html: string;
  text: string;
}

/** `gap`: a blank line separates this block from the one before (else a list follows its lead-in line directly). */
type Block = ({ kind: 'p'; lines: string[] } | { kind: 'ul'; items: string[] }) & { gap: boolean };

const LIST_LINE = /^\s*[-*] +/;

/** Splits marked text into paragraphs and lists, following the template's own line breaks only. */
function toBlocks(marked: string): Block[] {
  const normalized = marked
    .replace(/\r\n?/g, '\n')
    // Line breaks inside data are kept, but they don't split blocks.
    .replace(/\uE000([^\uE001]*)\uE001/g, (_m, data: string) => DATA_START + data.replace(/\r\n?|\n/g, DATA_BREAK) + DATA_END);
  const blocks: Block[] = [];
  let current: Block | undefined;
  let gap = false;
  for (const rawLine of normalized.split('\n')) {
    const line = rawLine.replace(/[ \t]+$/, '');
    if (stripMarkers(line).trim() === '') {
      current = undefined;
      gap = true;
      continue;
    }
    if (LIST_LINE.test(line)) {
      const item = line.replace(LIST_LINE, '');
      if (current?.kind !== 'ul') blocks.push((current = { kind: 'ul', items: [], gap }));
      current.items.push(item);
      gap = false;
    } else {
      if (current?.kind !== 'p') blocks.push((current = { kind: 'p', lines: [], gap }));
      current.lines.push(line.replace(/^\s+/, ''));
      gap = false;
    }
  }
  return blocks;
}

function lineToHtml(line: string): string {
  return escapeHtml(line.replace(/[\uE000\uE001]/g, '')).replace(/\uE002/g, '<br>');
}

function lineToText(line: string, indent: string): string {
  return line.replace(/[\uE000\uE001]/g, '').replace(/\uE002/g, '\n' + indent);
}

/** Turns marked template output into an HTML body and a plain-text body. */
export function formatBody(marked: string): Formatted {
  const blocks = toBlocks(marked);
  const html = blocks
    .map((b) =>
      b.kind === 'p'
        ? `<p>${b.lines.map(lineToHtml).join('<br>')}</p>`
        : `<ul>${b.items.map((i) => `<li>${lineToHtml(i)}</li>`).join('')}</ul>`,
    )
    .join('\n');
  const text = blocks
    .map((b, i) => {
      const body = b.kind === 'p' ? b.lines.map((l) => lineToText(l, '')).join('\n') : b.items.map((item) => '- ' + lineToText(item, '  ')).join('\n');
      return (i === 0 ? '' : b.gap ? '\n\n' : '\n') + body;
    })
    .join('');
  return { html, text };
}

/** A subject is one line of plain text. */
export function formatSubject(marked: string): string {
  // No-break spaces stay: French puts one before ":" and "?" so they never start a line.
  return stripMarkers(marked).replace(/(?:(?![\u00a0\u202f])\s)+/g, ' ').trim();
}
