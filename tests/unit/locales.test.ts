import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateVariables } from '../../lib/templates/variables';

/**
 * Every UI string exists in English, German, French and Spanish, with the same
 * substitutions, and the translations are translations (not the English left in).
 * When you add a key to en/messages.json, add it, translated, to the other three.
 */

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES_DIR = join(__dirname, '../../public/_locales');
const LANGS = ['en', 'de', 'fr', 'es'] as const;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const all = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], Messages>;
const en = all.en;

/** Keys whose message is structure or a proper name, the same in every language. */
const SAME_EVERYWHERE = new Set([
  'extName',
  'popupTitle',
  'commonItemLabel',
  'guidanceTitleColon',
  'guidanceFramingTerms',
  'guidanceTermSeparator',
  'stagePathsMakeCardWhich',
  'meetingModeBriefInterview',
  'meetingModePartMinutes',
  // Import problems: "path: problem", JSON's null, "2 plans (1 as a copy …)".
  'importProblemAt',
  'importKindNull',
  'importCountWithCopies',
  // ":" after a label (French: a no-break space first).
  'mdColon',
  'composeTargetGmail',
]);

/** English words that are also the natural word in that language (German "Agenda", French "Notes"). */
const SAME_WORD: Record<string, Set<string>> = {
  de: new Set(['Plan', 'Agenda', 'Feedback', 'Status', 'Check-ins', 'Check-in']),
  fr: new Set(['Plan', 'minutes', 'Notes', 'Date', 'note', 'Source', '1 plan', '$1 plans', '$1 ($2 minutes)', 'Cycle']),
  es: new Set(['Plan', 'Formal ($1)', '1 plan']),
};

/** `$1`…`$9` and named `$NAME$` substitutions, sorted, so order changes (German word order) are allowed. */
function substitutions(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$(?:\d|[A-Za-z_][A-Za-z0-9_@]*\$)/g)].map((m) => m[0]).sort();
}

describe('locales: de, fr and es carry every English key', () => {
  test('the locale folders are exactly en, de, fr, es', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGS].sort());
  });

  test.each(LANGS.filter((l) => l !== 'en'))('%s has the same keys as en, in any order', (lang) => {
    const keys = Object.keys(all[lang]);
    const missing = Object.keys(en).filter((k) => !(k in all[lang]));
    const extra = keys.filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test.each(LANGS)('%s: no key appears twice (a text merge can add one twice; JSON keeps only the last)', (lang) => {
    const text = readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8');
    const keys = [...text.matchAll(/^  "([^"]+)": \{$/gm)].map((m) => m[1]);
    expect(keys.length).toBe(Object.keys(all[lang]).length);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  test.each(LANGS)('%s: every message is a non-empty string', (lang) => {
    const bad = Object.entries(all[lang]).filter(([, v]) => typeof v?.message !== 'string' || !v.message.trim()).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  test.each(LANGS.filter((l) => l !== 'en'))('%s: the same substitutions ($1, $NAME$) as English', (lang) => {
    const differing = Object.keys(en)
      .filter((k) => all[lang][k])
      .filter((k) => substitutions(all[lang][k].message).join() !== substitutions(en[k].message).join())
      .map((k) => `${k}: ${all[lang][k].message}`);
    expect(differing).toEqual([]);
  });

  test.each(LANGS.filter((l) => l !== 'en'))('%s: named placeholders are declared the same way as in English', (lang) => {
    const differing = Object.keys(en)
      .filter((k) => all[lang][k])
      .filter((k) => JSON.stringify(all[lang][k].placeholders ?? {}) !== JSON.stringify(en[k].placeholders ?? {}));
    expect(differing).toEqual([]);
  });

  test.each(LANGS.filter((l) => l !== 'en'))('%s: no message is left in English', (lang) => {
    const untranslated = Object.keys(en)
      .filter((k) => all[lang][k] && !SAME_EVERYWHERE.has(k))
      .filter((k) => all[lang][k].message === en[k].message && !SAME_WORD[lang].has(en[k].message))
      .map((k) => `${k}: ${en[k].message}`);
    expect(untranslated).toEqual([]);
  });

  test('every template variable is described in the interface language (varDesc_<name>), not only in English', () => {
    const undescribed = templateVariables.map((v) => v.name).filter((name) => !(`varDesc_${name}` in en));
    expect(undescribed).toEqual([]);
  });

  test('the checks above do catch a missing substitution and a copied English text', () => {
    expect(substitutions('Löschen Sie „$1“')).toEqual(['$1']);
    expect(substitutions('$2 von $1, $$ bleibt')).toEqual(['$1', '$2']);
    expect(substitutions('Hallo $NAME$')).toEqual(['$NAME$']);
    expect(substitutions('Ohne Platzhalter').join()).not.toBe(substitutions('Deleted $1').join());
  });

  test('French uses no-break spaces before high punctuation and inside guillemets', () => {
    const loose = Object.entries(all.fr)
      .filter(([, v]) => / [:;?!»]|« /.test(v.message))
      .map(([k, v]) => `${k}: ${v.message}`);
    expect(loose).toEqual([]);
  });
});
