import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILTIN_TEMPLATES, renderTemplate } from '../../lib/templates';
import { GOLDEN_PLANS } from '../golden/plans';

/**
 * Golden files: every built-in email rendered for three realistic plans, checked in under
 * tests/golden/<plan>/<email>.txt and read by a person. A wording change shows up as a diff
 * to review, never by accident. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run
 * tests/unit/templates-golden.test.ts, then read the new files before committing them.
 */

const DIR = resolve(__dirname, '../golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden emails', () => {
  for (const golden of GOLDEN_PLANS) {
    for (const tpl of BUILTIN_TEMPLATES) {
      test(`${golden.name}: ${tpl.name}`, () => {
        const r = renderTemplate(tpl, golden.plan, golden.items, { locale: 'en-US', now: golden.now });
        const text = `Subject: ${r.subject}\n\n${r.text}\n${r.missing.length ? `\n(missing: ${r.missing.join(', ')})\n` : ''}`;
        const file = join(DIR, golden.name, `${tpl.id}.txt`);
        if (update || !existsSync(file)) {
          mkdirSync(join(DIR, golden.name), { recursive: true });
          writeFileSync(file, text);
          if (!update) throw new Error(`${file} did not exist: written now, read it and commit it`);
        }
        expect(text).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
