import { describe, expect, test } from 'vitest';
import { renderSummary } from '../../lib/templates/summary';
import { fullPlan, NOW } from './templates-fixtures';

/** "Insert plan summary" speaks the plan's email language: headings, owners, dates. */
describe('plan summary per language', () => {
  test.each([
    ['de', 'Entwicklungsplan mit Ana Silva bei Northwind', 'Nächste Schritte:', 'Ich: Research the AWS certification, bis zum 20. März. (in Arbeit)'],
    ['fr', 'Plan de développement avec Ana Silva chez Northwind', 'Prochaines étapes\u00a0:', 'Moi\u00a0: Research the AWS certification, d’ici le 20 mars. (en cours)'],
    ['es', 'Plan de desarrollo profesional con Ana Silva en Northwind', 'Próximos pasos:', 'Yo: Research the AWS certification, antes del 20 de marzo. (en curso)'],
  ] as const)('%s', (lang, title, heading, line) => {
    const { plan, items } = fullPlan();
    const locale = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES' }[lang];
    const short = renderSummary(plan, items, 'short', { lang, locale, now: NOW }).text;
    expect(short.split('\n')[0]).toBe(title);
    expect(short).toContain(heading);
    expect(short).toContain(`- ${line}`);
    const full = renderSummary(plan, items, 'full', { lang, locale, now: NOW }).text;
    expect(full).not.toMatch(/\b(?:Strengths|Next steps|Key takeaways|will|minutes\))\b/);
  });

  test('English stays as it was', () => {
    const { plan, items } = fullPlan();
    expect(renderSummary(plan, items, 'short', { locale: 'en-US', now: NOW }).text).toContain('I will research the AWS certification by March 20. (in progress)');
  });
});
