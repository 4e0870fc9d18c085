import Mustache from 'mustache';

/**
 * Mustache, with its parse cache bounded. By default it keeps every template string
 * it has ever parsed; the editor renders the draft on every keystroke, so that
 * cache would grow with each edit for as long as the planner stays open.
 */
const MAX_CACHED = 64;
const cache = new Map<string, unknown>();

Mustache.templateCache = {
  _cache: {},
  set(key: string, value: unknown) {
    cache.delete(key);
    cache.set(key, value);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  },
  get(key: string) {
    return cache.get(key);
  },
  clear() {
    cache.clear();
  },
} as unknown as typeof Mustache.templateCache;

export function cachedTemplateCount(): number {
  return cache.size;
}

export default Mustache;

/** Thrown when a render passes its output cap (see renderCapped). */
export class OutputCapError extends Error {
  constructor(readonly cap: number) {
    super(`Rendered output passed ${cap} characters`);
    this.name = 'OutputCapError';
  }
}

type Tok = unknown[];
interface CountingWriter {
  render(template: string, view: object, partials: object, config: { escape: (value: unknown) => string }): string;
  rawValue(token: Tok): string | undefined;
  escapedValue(token: Tok, context: unknown, config: unknown): string | undefined;
  unescapedValue(token: Tok, context: unknown): string | undefined;
}

/**
 * Mustache.render that stops as soon as the output passes `cap` characters. Everything the
 * output is made of goes through the writer's rawValue (template text) and escapedValue /
 * unescapedValue (values), so counting there bounds the work too: an imported template
 * that repeats lists inside lists cannot hold the service worker or the popup for seconds.
 */
export function renderCapped(template: string, view: object, escape: (value: unknown) => string, cap: number): string {
  const writer = new Mustache.Writer() as unknown as CountingWriter;
  let size = 0;
  const count = (value: string | undefined): string | undefined => {
    if (value) {
      size += value.length;
      if (size > cap) throw new OutputCapError(cap);
    }
    return value;
  };
  const proto = Mustache.Writer.prototype as unknown as CountingWriter;
  writer.rawValue = (token) => count(proto.rawValue.call(writer, token));
  writer.escapedValue = (token, context, config) => count(proto.escapedValue.call(writer, token, context, config));
  writer.unescapedValue = (token, context) => count(proto.unescapedValue.call(writer, token, context));
  return writer.render(template, view, {}, { escape });
}
