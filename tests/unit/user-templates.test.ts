import { describe, expect, test } from 'vitest';
import {
  BUILTIN_TEMPLATES,
  checkTemplateName,
  checkTemplateSource,
  TemplateError,
  uniqueTemplateName,
  withBuiltins,
} from '../../lib/templates';
import { checkNameFree, duplicateBaseName, duplicateOf } from '../../lib/templates/user-templates';
import type { UserTemplate } from '../../lib/plan/types';

// The rules for own templates, without a database (lib/db/templates.ts stores them).
const own = (id: string, name: string): UserTemplate => ({ id, name, subject: 's', body: 'b', updatedAt: '2025-01-01T00:00:00.000Z' });

describe('own-template rules', () => {
  test('built-ins first, then the given templates in the given order, marked as own', () => {
    const all = withBuiltins([own('b', 'Zed'), own('a', 'Alpha')]);
    expect(all.map((t) => t.name)).toEqual([...BUILTIN_TEMPLATES.map((b) => b.name), 'Zed', 'Alpha']);
    expect(all.slice(-2).every((t) => t.builtin === false)).toBe(true);
  });

  test('a unique name counts up past taken names, ignoring case', () => {
    expect(uniqueTemplateName('Agenda (my version)', [])).toBe('Agenda (my version)');
    expect(uniqueTemplateName('Agenda (my version)', ['agenda (MY version)', 'Agenda (my version) 2'])).toBe('Agenda (my version) 3');
  });

  test('duplicate names and copies: built-in gets "(my version)" and basedOn, an own copy keeps its basedOn', () => {
    const builtin = BUILTIN_TEMPLATES[1];
    expect(duplicateBaseName(builtin)).toBe(`${builtin.name} (my version)`);
    expect(duplicateOf(builtin, 'x', 'n', 'now')).toMatchObject({ id: 'x', name: 'n', basedOn: builtin.id, kind: builtin.kind, body: builtin.body });
    const mine = { ...withBuiltins([{ ...own('o', 'Mine'), basedOn: 'agenda' }]).at(-1)! };
    expect(duplicateBaseName(mine)).toBe('Mine (copy)');
    expect(duplicateOf(mine, 'y', 'Mine (copy)', 'now').basedOn).toBe('agenda');
    expect(duplicateBaseName({ ...mine, name: 'x'.repeat(100) })).toHaveLength(80);
  });

  test('names: trimmed, not empty, not a built-in, not another own template', () => {
    expect(checkTemplateName('  Short ask ')).toBe('Short ask');
    expect(() => checkTemplateName('   ')).toThrow(TemplateError);
    expect(() => checkTemplateName('agenda')).toThrow(/name of a built-in/);
    expect(() => checkNameFree('short ask', [own('a', 'Short ask')], 'b')).toThrow(/already have a template named "short ask"/);
    expect(() => checkNameFree('Short ask', [own('a', 'Short ask')], 'a')).not.toThrow();
  });

  test('a source that does not validate throws with its line', () => {
    expect(() => checkTemplateSource({ subject: 'Hi', body: 'ok' })).not.toThrow();
    let err: unknown;
    try {
      checkTemplateSource({ subject: 'Hi', body: 'one\n{{#goals}}' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateError);
    expect(err).toMatchObject({ line: 2, message: expect.stringMatching(/^Line 2: /) });
  });
});
