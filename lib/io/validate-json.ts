/**
 * Safe parsing of an import file, before anything looks at its meaning:
 *  1. size: over the limit is rejected before the text is even read or parsed;
 *  2. nesting: a linear scan rejects deeply nested input before JSON.parse builds it
 *     (a hostile file of 10,000 nested arrays would otherwise be parsed and walked);
 *  3. JSON syntax: a clear message with line and column;
 *  4. dangerous keys: `__proto__`, `constructor` and `prototype` are rejected by the
 *     parse reviver, so no such key ever reaches code that copies objects.
 * Each failure is a list of problems as message keys (lib/message.ts), which the page words in
 * the interface language; nothing here touches the database.
 */
import { msg, type Message } from '../message';

/**
 * Big enough for a heavy user's own backup (1,000 full plans export to about 7 MB),
 * small enough that a hostile file is refused before it is read into memory.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** A valid export nests about 6 levels deep; 32 leaves room without allowing abuse. */
export const MAX_NESTING = 32;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: Message[] };

/** Megabytes with at most one decimal (the wording writes the decimal the language's way). */
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function tooLargeMessage(bytes: number): Message {
  return msg('importTooLarge', mb(bytes), mb(MAX_IMPORT_BYTES));
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

export const NOT_TEXT_MESSAGE: Message = msg('importNotText');

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
  if (!text.trim()) return { ok: false, errors: [msg('importEmpty')] };
  if (looksBinary(text)) return { ok: false, errors: [NOT_TEXT_MESSAGE] };

  const deep = findExcessNesting(text);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    return { ok: false, errors: [msg('importTooDeep', MAX_NESTING, line, column)] };
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
        errors: paths.map((p) => msg('importForbiddenKey', p.split(/[.[]/).pop()!.replace(/]$/, ''), p)),
      };
    }
    // The engine's own words are English (and may quote the file's bytes): only where it stopped is kept.
    const message = error instanceof Error ? error.message : String(error);
    const where = jsonErrorPosition(text, message);
    if (/end of (JSON input|data)/i.test(message) || (where && where.offset >= text.trimEnd().length)) {
      return { ok: false, errors: [msg('importNotJsonCutOff')] };
    }
    return { ok: false, errors: [where ? msg('importNotJsonAt', where.line, where.column) : msg('importNotJson')] };
  }
}

/**
 * Where JSON.parse stopped, from its message: Chromium says "at position 12" (newer ones also
 * "(line 2 column 3)"), Firefox "at line 2 column 3 of the JSON data".
 */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number; offset: number } | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return { ...lineColumn(text, Number(position[1])), offset: Number(position[1]) };
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return undefined;
  const line = Number(lc[1]);
  const column = Number(lc[2]);
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1 || -1;
  return offset < 0 ? undefined : { line, column, offset: offset + column - 1 };
}
