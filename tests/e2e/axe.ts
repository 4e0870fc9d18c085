import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (injected with evaluate: extension pages' CSP blocks a
 * <script> tag) and returns the serious and critical violations.
 */
export async function seriousViolations(page: Page, context?: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, context ?? null);
}

export type SchemeViolations = { scheme: 'light' | 'dark'; violations: AxeViolation[] };

/** What a page without serious violations in either colour scheme gives seriousViolationsLightAndDark. */
export const CLEAN_IN_BOTH_SCHEMES: SchemeViolations[] = [
  { scheme: 'light', violations: [] },
  { scheme: 'dark', violations: [] },
];

/** seriousViolations with the page in light and then dark colours; the page is left in light. */
export async function seriousViolationsLightAndDark(page: Page, context?: string): Promise<SchemeViolations[]> {
  const out: SchemeViolations[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    out.push({ scheme, violations: await seriousViolations(page, context) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}
