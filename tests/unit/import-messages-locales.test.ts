import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { samplePlan, sampleTemplate } from './import-fixtures';
import { buildExportFile, serializeExport } from '../../lib/io/export';
import { jsonErrorPosition, parseImportText, tooLargeMessage } from '../../lib/io/validate-json';
import { validateExportFile } from '../../lib/io/validate-export';
import { importSummary, readImportFile, type ImportCounts } from '../../lib/io/import';
import { IMPORTED_MARKS, importedName, withoutImportedMark } from '../../lib/io/import-match';
import { isMessage, wordMessage, type Message } from '../../lib/message';
import { newActionItem } from '../../lib/plan/factory';
import { localeMessage, type TestLocale } from '../setup/locale';
import en from '../../public/_locales/en/messages.json';

/**
 * Every message the import can say (validation problems, the summary, the names of copies)
 * is a key worded in each interface language: each case below is run, its messages worded in
 * en, de, fr and es, and no key is shown raw, no `$1` is left, and no piece of the English
 * wording appears in another language. Every key that lib/io's code uses is produced by at
 * least one case, so a new message cannot stay English unnoticed.
 */

const LANGS: TestLocale[] = ['en', 'de', 'fr', 'es'];
const LOCALE_TAGS: Record<TestLocale, string> = { en: 'en', de: 'de', fr: 'fr', es: 'es' };
const word = (m: Message, lang: TestLocale) => wordMessage(m, (key, subs) => localeMessage(lang, key, subs), LOCALE_TAGS[lang]);

const validFile = () => {
  const { plan, items } = samplePlan();
  return JSON.parse(serializeExport(buildExportFile({ plans: [plan], actionItems: items, templates: [sampleTemplate()] }))) as Record<string, any>;
};

/** Each change breaks the sample export in one way; together they reach every problem the validator knows. */
const BROKEN: Record<string, (f: Record<string, any>) => void> = {
  'text is a number': (f) => (f.plans[0].company = 5),
  'text is null': (f) => (f.plans[0].company = null),
  'text is a list': (f) => (f.plans[0].company = []),
  'text is an object': (f) => (f.plans[0].company = {}),
  'text is true': (f) => (f.plans[0].company = true),
  'number is text': (f) => (f.plans[0].meetingMinutes = 'half an hour'),
  'number out of range': (f) => (f.plans[0].meetingMinutes = 0),
  'boolean is text': (f) => (f.plans[0].reminders.enabled = 'yes'),
  'list is missing': (f) => delete f.plans,
  'bad date': (f) => (f.actionItems[0].due = '14/03/2025'),
  'bad date and time': (f) => (f.plans[0].createdAt = 'yesterday'),
  'bad local date and time': (f) => (f.plans[0].meetingAt = '2025-03-12 10:00'),
  'not one of the values': (f) => (f.plans[0].goals[0].kind = 'raise'),
  'one field missing': (f) => delete f.plans[0].managerEmail,
  'many fields missing': (f) => (f.plans[0].meeting = { notes: '' }),
  'repeated id': (f) => f.plans[0].goals.push({ ...f.plans[0].goals[0] }),
  'key not allowed': (f) => (f.plans[0].checkIns[0].progress = { ['constructor']: 'x' }),
  'progress is not text': (f) => (f.plans[0].checkIns[0].progress = { [f.actionItems[0].id]: 3 }),
  'bad id': (f) => (f.plans[0].goals[0].id = 'goal 1'),
  'text too long': (f) => (f.plans[0].notes = [{ id: 'n1', text: 'x'.repeat(20_001) }]),
  'too many entries': (f) => (f.plans[0].notes = Array.from({ length: 501 }, (_, i) => ({ id: `n${i}`, text: '' }))),
  'two addresses': (f) => (f.plans[0].managerEmail = 'a@example.com, b@example.com'),
  'empty template name': (f) => (f.templates[0].name = ' '),
  'template name too long': (f) => (f.templates[0].name = 'N'.repeat(200)),
  'built-in template name': (f) => (f.templates[0].name = 'Meeting request'),
  'built-in template id': (f) => (f.templates[0].id = 'recap'),
  'template body error': (f) => (f.templates[0].body = 'Hello\n{{#goals}}'),
  'template subject error': (f) => (f.templates[0].subject = '{{salary}}'),
  'action item of another plan': (f) => (f.actionItems[0].planId = 'elsewhere'),
  'too many action items in a plan': (f) => {
    f.actionItems = Array.from({ length: 2_001 }, (_, i) => newActionItem(f.plans[0].id, i, { text: '' }));
  },
  '21 problems': (f) => (f.plans[0].notes = Array.from({ length: 21 }, () => ({ id: 5, text: '' }))),
  '25 problems': (f) => (f.plans[0].notes = Array.from({ length: 25 }, () => ({ id: 5, text: '' }))),
  'not an object': () => {},
  'nothing at all': () => {},
  'another format': (f) => (f.format = 'something-else'),
  'no format': (f) => delete f.format,
  'newer version': (f) => (f.version = 2),
  'older version': (f) => (f.version = 0),
};

const COUNTS: ImportCounts[] = [
  { plans: 0, plansCopied: 0, actionItems: 0, templates: 0, templatesCopied: 0 },
  { plans: 1, plansCopied: 0, actionItems: 1, templates: 1, templatesCopied: 0 },
  { plans: 3, plansCopied: 2, actionItems: 7, templates: 2, templatesCopied: 1 },
  { plans: 2, plansCopied: 1, actionItems: 0, templates: 3, templatesCopied: 3, plansSkipped: 1, templatesSkipped: 2 },
  { plans: 0, plansCopied: 0, actionItems: 0, templates: 0, templatesCopied: 0, plansSkipped: 2, templatesSkipped: 1 },
  { plans: 0, plansCopied: 0, actionItems: 0, templates: 0, templatesCopied: 0, templatesSkipped: 1 },
];

async function allMessages(): Promise<Record<string, Message[]>> {
  const out: Record<string, Message[]> = {};
  const parse = (name: string, text: string) => {
    const r = parseImportText(text);
    if (r.ok) throw new Error(`${name} parsed`);
    out[name] = r.errors;
  };
  parse('empty', '  ');
  parse('binary', '\u0000PNG\u001a\u0000');
  parse('nested', '['.repeat(40));
  parse('forbidden key', '{"plans":[{"__proto__":{}}]}');
  parse('cut off', '{"format":"careertalk","plans":[');
  parse('not JSON at all', 'Hello, this is a Word document');
  parse('not JSON with a position', '{\n  "format": "careertalk",\n  oops\n}');
  out['too large'] = [tooLargeMessage(50.25 * 1024 * 1024)];
  const unreadable = { size: 10, text: () => Promise.reject(new Error('locked')) } as unknown as Blob;
  const read = await readImportFile(unreadable);
  out['unreadable'] = read.ok ? [] : read.errors;
  for (const [name, change] of Object.entries(BROKEN)) {
    const f = validFile();
    change(f);
    const r = validateExportFile(name === 'not an object' ? [1, 2] : name === 'nothing at all' ? undefined : f);
    if (r.ok) throw new Error(`${name}: accepted`);
    out[name] = r.errors;
  }
  COUNTS.forEach((c, i) => (out[`summary ${i}`] = [importSummary(c)]));
  return out;
}

const keysOf = (m: Message, into = new Set<string>()): Set<string> => {
  into.add(m.key);
  for (const s of m.subs ?? []) if (isMessage(s)) keysOf(s, into);
  return into;
};

/** Keys that the import's code (lib/io/validate-*.ts, import*.ts) says with msg('…'). */
function keysInSource(): Set<string> {
  const dir = join(__dirname, '../../lib/io');
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^(validate-|import).*\.ts$/.test(f))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/msg\(\s*'(\w+)'/g)) keys.add(m[1]);
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(import(?:Kind|Count|Expect)\w+)'/g)) keys.add(m[1]);
  }
  return keys;
}

/** Literal parts of the English messages (without $1…) that are long enough to recognise. */
function englishFragments(keys: Set<string>, lang: TestLocale): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    const message = (en as Record<string, { message: string }>)[key]?.message ?? '';
    if (localeMessage(lang, key) === message) continue;
    for (const part of message.split(/\$\d/)) if (part.trim().length >= 8 && /[a-z] [a-z]/i.test(part)) out.add(part.trim());
  }
  return [...out];
}

describe('import messages in every interface language', async () => {
  const cases = await allMessages();
  const used = new Set<string>();
  for (const list of Object.values(cases)) for (const m of list) keysOf(m, used);

  test('every case says something, and every key the import code uses is said by some case', () => {
    for (const [name, list] of Object.entries(cases)) expect(list.length, name).toBeGreaterThan(0);
    const unreached = [...keysInSource()].filter((k) => !used.has(k));
    expect(unreached).toEqual([]);
  });

  test.each(LANGS)('%s: worded in full, no key or $1 left, no English in other languages', (lang) => {
    const fragments = lang === 'en' ? [] : englishFragments(used, lang);
    const problems: string[] = [];
    for (const [name, list] of Object.entries(cases)) {
      for (const m of list) {
        const text = word(m, lang);
        if (/\$\d/.test(text) || /\bimport[A-Z]\w+/.test(text) || /\btemplate[A-Z]\w+/.test(text)) problems.push(`${name}: ${text}`);
        for (const f of fragments) if (text.includes(f)) problems.push(`${name}: "${f}" in ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('examples read naturally in each language', () => {
    const first = (name: string, lang: TestLocale) => word(cases[name][0], lang);
    expect(first('number is text', 'de')).toBe('plans[0].meetingMinutes: sollte eine Zahl sein, ist aber Text');
    expect(first('list is missing', 'fr')).toBe('plans\u00a0: devrait être une liste, mais est absent');
    expect(first('not one of the values', 'es')).toBe(
      'plans[0].goals[0].kind: debería ser uno de los valores "lead-project", "mentor", "certification", "training", "shadowing", "other", pero es "raise"',
    );
    expect(first('too large', 'de')).toMatch(/^Die Datei ist zu groß \(50,3 MB\)\. CareerTalk importiert Dateien bis 32 MB/);
    expect(first('text too long', 'de')).toBe('plans[0].notes[0].text: ist 20.001 Zeichen lang; ein Feld fasst höchstens 20.000');
    expect(first('template body error', 'fr')).toMatch(/^templates\[0\]\.body\u00a0: ligne 2\u00a0: /);
    expect(word(cases['summary 3'][0], 'de')).toBe(
      'Importiert: 2 Pläne (1 davon als Kopie, weil schon vorhanden), 0 Aufgaben, 3 Vorlagen (3 davon als Kopie, weil schon vorhanden). Bereits in CareerTalk vorhanden und übersprungen: 1 Plan und 2 Vorlagen.',
    );
    expect(word(cases['summary 4'][0], 'es')).toBe(
      'No se ha añadido nada: todo el contenido de este archivo ya está en CareerTalk y se ha omitido (2 planes y 1 plantilla).',
    );
    expect(word(cases['summary 1'][0], 'fr')).toBe('Importation terminée\u00a0: 1 plan, 1 action, 1 modèle.');
    expect(cases['binary'].map((m) => word(m, 'de'))).toEqual([expect.stringMatching(/^Dies ist keine CareerTalk-Exportdatei: Sie enthält gar keinen Text/)]);
  });
});

describe('the "(imported)" mark of a copy', () => {
  test.each(LANGS)('%s: its word is one the import recognises, so a copy is never marked twice', (lang) => {
    const mark = localeMessage(lang, 'importImportedMark');
    expect(IMPORTED_MARKS).toContain(mark);
    expect(importedName(`Acme (${mark})`, 'Plan', mark)).toBe(`Acme (${mark})`);
  });

  test('a mark added under another interface language is recognised too', () => {
    expect(withoutImportedMark('Acme (importiert) (imported) 2')).toBe('Acme');
    expect(importedName('Acme (importé)', 'Plan', 'importado')).toBe('Acme (importado)');
    expect(importedName('  ', 'Vorlage', 'importiert')).toBe('Vorlage (importiert)');
  });
});

describe('where JSON.parse stopped, in each engine’s words (kept; its English text is not)', () => {
  const text = '{\n  "format": "careertalk",\n  oops\n}';
  test('Chromium: "at position N", with or without "(line L column C)"', () => {
    expect(jsonErrorPosition(text, 'Expected double-quoted property name in JSON at position 30')).toEqual({ line: 3, column: 3, offset: 30 });
    expect(jsonErrorPosition(text, 'Expected double-quoted property name in JSON at position 30 (line 3 column 3)')).toEqual({ line: 3, column: 3, offset: 30 });
  });
  test('Firefox: "at line L column C of the JSON data"', () => {
    expect(jsonErrorPosition(text, 'JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data')).toEqual({ line: 3, column: 3, offset: 30 });
  });
  test('no position: none invented', () => {
    expect(jsonErrorPosition(text, 'Unexpected token \'o\', "oops" is not valid JSON')).toBeUndefined();
  });
});
