/**
 * Safe parsing of an import file, before anything looks at its meaning:
 *  1. size: over the limit is rejected before the text is even read or parsed;
 *  2. nesting: a linear scan rejects deeply nested input before JSON.parse builds it
 *     (a hostile file of 10,000 nested arrays would otherwise be parsed and walked);
 *  3. JSON syntax: a clear message with line and column;
 *  4. dangerous keys: `__proto__`, `constructor` and `prototype` are rejected by the
 *     parse reviver, so no such key ever reaches code that copies objects.
 * Each failure is a list of human-readable problems; nothing here touches the database.
 */

/**
 * Big enough for a heavy user's own backup (1,000 full plans export to about 7 MB),
 * small enough that a hostile file is refused before it is read into memory.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** A valid export nests about 6 levels deep; 32 leaves room without allowing abuse. */
export const MAX_NESTING = 32;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: string[] };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

export function tooLargeMessage(bytes: number): string {
  return `The file is too large (${mb(bytes)}). CareerTalk imports files up to ${mb(MAX_IMPORT_BYTES)}; a normal export is much smaller, so this is probably not a CareerTalk export.`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The deepest nesting of arrays/objects, stopping as soon as it passes `limit`.
 * Brackets inside strings are skipped. Returns the offset where the limit was passed, or -1.
 */
export function findExcessNesting(text: string, limit = MAX_NESTING): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return -1;
}

class ForbiddenKeyError extends Error {}

/** Paths of every forbidden key in an already-parsed value (used only to explain a rejection). */
function forbiddenKeyPaths(value: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 5 || value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) {
    const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) out.push(child);
    forbiddenKeyPaths((value as Record<string, unknown>)[key], child, out);
  }
  return out;
}

export const NOT_TEXT_MESSAGE =
  'This is not a CareerTalk export file: it is not text at all (perhaps an image, a PDF or an office document renamed to .json). Choose the .json file that CareerTalk’s Export saved.';

/**
 * An image or other binary file read as text: NUL bytes, or characters that are not valid
 * UTF-8 (read as U+FFFD), or many control characters near the start. Its bytes are never shown.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/[\u0000\uFFFD]/.test(head)) return true;
  const controls = head.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > 8 || controls > head.length / 20;
}

/** Parses the text of an import file, or explains why it cannot be used. */
export function parseImportText(text: string): ParseResult {
  // String length is a lower bound of the UTF-8 size: an O(1) first check, then the exact one.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(text.length)] };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(bytes)] };
  if (!text.trim()) return { ok: false, errors: ['The file is empty. Choose a file exported from CareerTalk (a .json file).'] };
  if (looksBinary(text)) return { ok: false, errors: [NOT_TEXT_MESSAGE] };

  const deep = findExcessNesting(text);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    return {
      ok: false,
      errors: [`The file is nested more than ${MAX_NESTING} levels deep (line ${line}, column ${column}). A CareerTalk export is never nested like this, so the file was not read.`],
    };
  }

  try {
    const value: unknown = JSON.parse(text, function reviver(key, v) {
      if (FORBIDDEN_KEYS.has(key) && !Array.isArray(this)) throw new ForbiddenKeyError(key);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      // Plain JSON.parse stores such keys as ordinary own properties, so re-parsing to locate them is safe.
      const paths = forbiddenKeyPaths(JSON.parse(text));
      return {
        ok: false,
        errors: paths.map(
          (p) => `Not allowed: the key "${p.split(/[.[]/).pop()!.replace(/]$/, '')}" at ${p}. Keys named __proto__, constructor or prototype can be used to tamper with the program, so the file was rejected.`,
        ),
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : undefined;
    const detail = message.replace(/\s*\(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      errors: [
        `This is not a CareerTalk export file: it is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}: ${detail.replace(/[^\P{C}\n]/gu, '')}. Choose a file exported from CareerTalk.`,
      ],
    };
  }
}
