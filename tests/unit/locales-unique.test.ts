import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Each messages.json has every key once. JSON.parse silently keeps the last of two equal keys,
 * so a textual merge that adds the same key twice passes the other locale tests; web-ext lint
 * (the Firefox build) refuses such a file. The files are written two-space indented, one
 * message key per line.
 */
export function duplicateKeys(source: string): string[] {
  const keys = [...source.matchAll(/^ {2}"([^"]+)":\s*\{/gm)].map((m) => m[1]);
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

describe.each(['en', 'de', 'fr', 'es'])('%s messages.json', (lang) => {
  test('no key twice', () => {
    const source = readFileSync(resolve(__dirname, `../../public/_locales/${lang}/messages.json`), 'utf8');
    expect(Object.keys(JSON.parse(source)).length).toBeGreaterThan(100);
    expect(duplicateKeys(source)).toEqual([]);
  });
});

test('a key written twice is found', () => {
  expect(duplicateKeys('{\n  "a": {\n    "message": "x"\n  },\n  "b": {\n    "message": "y"\n  },\n  "a": {\n    "message": "z"\n  }\n}\n')).toEqual(['a']);
});
