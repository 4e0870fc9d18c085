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
