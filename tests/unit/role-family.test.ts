import { describe, expect, test } from 'vitest';
import { roleFamily } from '../../lib/plan/role-family';
import { roleExample } from '../../components/common/role-examples';

describe('examples from the person’s kind of work', () => {
  test.each([
    ['Backend engineer', 'engineering'],
    ['Senior Software-Entwickler', 'engineering'],
    ['Data analyst', 'data'],
    ['Analista de datos', 'data'],
    ['Account Executive, EMEA', 'sales'],
    ['Responsable commercial', 'sales'],
    ['Logistics coordinator', 'operations'],
    ['Product designer', 'design'],
    ['UX researcher', 'design'],
    ['HR business partner', 'people'],
    ['Chargée de recrutement', 'people'],
    ['Nurse', 'neutral'],
    ['', 'neutral'],
  ])('%s → %s', (role, family) => {
    expect(roleFamily(role)).toBe(family);
  });

  test('a data analyst sees data examples, an unknown role neutral ones, an engineer the engineering ones', () => {
    expect(roleExample('strength', 'Data analyst')).toBe('e.g. Turning messy data into a clear dashboard');
    expect(roleExample('pathRole', 'Data analyst')).toBe('e.g. Analytics lead, Customer team');
    expect(roleExample('goalRequest', '')).toBe('e.g. Lead a small cross-team project next quarter');
    expect(roleExample('strength', 'Backend engineer')).toBe('e.g. Untangling messy production incidents');
  });
});
