import type { Page } from 'playwright-core';

/** The Plan details disclosure's button (its name is the card's title; the summary is its description). */
export const planDetailsToggle = (page: Page) => page.getByRole('button', { name: 'Plan details', exact: true });

/** Opens the planner's Plan details card (collapsed unless the person opened it) on a stage that shows it. */
export async function openPlanDetails(page: Page): Promise<void> {
  const toggle = planDetailsToggle(page);
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#plan-details-fields').waitFor();
}
