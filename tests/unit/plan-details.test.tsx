import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { usePlannerHost } from './planner-host';
import { PlannerApp } from '../../components/planner/PlannerApp';
import { PLAN_DETAILS_ROUTES } from '../../components/planner/plan-details-state';
import { planSummary } from '../../components/planner/PlanSummary';
import { createPlan } from '../../lib/db/plans';
import { newPlan } from '../../lib/plan/factory';
import type { CareerTalkDB } from '../../lib/db/schema';

let db: CareerTalkDB;
let host: HTMLElement;

usePlannerHost('#', (d, h) => {
  db = d;
  host = h;
});

const toggle = () => host.querySelector<HTMLButtonElement>('.plan-details-toggle');
const fields = () => host.querySelector<HTMLElement>('#plan-details-fields')!;
const heading = () => host.querySelector('[data-stage-focus]')?.textContent ?? host.querySelector('h2.stage-title, #history-title')?.textContent;

describe('Plan details in the planner', () => {
  test('a disclosure: collapsed to one line of key facts, a real button with aria-expanded, open state remembered', async () => {
    await createPlan(db, { myName: 'Alex Rivera', managerName: 'Dana Whitfield', company: 'Northwind', meetingAt: '2026-12-03T10:30', meetingMinutes: 45 });
    history.replaceState(null, '', '#agenda');
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => expect(toggle()).toBeTruthy());
    const button = toggle()!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('plan-details-fields');
    // Its name is the card's title (its whole text); the summary describes it.
    expect(button.textContent).toBe('Plan details');
    const summary = document.getElementById(button.getAttribute('aria-describedby')!)!.textContent!;
    expect(summary).toContain('Alex Rivera');
    expect(summary).toContain('Manager: Dana Whitfield');
    expect(summary).toContain('Northwind');
    expect(summary).toContain('(45 min)');
    expect(summary).toContain("Missing: Manager's email");
    expect(fields().hidden).toBe(true);

    button.click();
    await vi.waitFor(() => expect(toggle()!.getAttribute('aria-expanded')).toBe('true'));
    expect(fields().hidden).toBe(false);
    expect(toggle()!.hasAttribute('aria-describedby')).toBe(false);
    expect(localStorage.getItem('careertalk.planDetailsOpen')).toBe('1');

    // Another stage that uses it: still open (remembered), the fields reachable.
    location.hash = '#recap';
    await vi.waitFor(() => expect(host.querySelector('[data-stage="recap"]')).toBeTruthy());
    expect(toggle()!.getAttribute('aria-expanded')).toBe('true');
    expect(fields().hidden).toBe(false);
    toggle()!.click();
    await vi.waitFor(() => expect(fields().hidden).toBe(true));
    expect(localStorage.getItem('careertalk.planDetailsOpen')).toBe('0');
  });

  test('shown only on the stages whose content needs it', async () => {
    await createPlan(db, { managerName: 'Dana', company: 'Acme' });
    render(<PlannerApp db={db} />, host);
    const shown: Record<string, boolean> = {};
    for (const route of ['self-assessment', 'career-paths', 'goals', 'agenda', 'meeting', 'recap', 'check-ins', 'history', 'templates', 'data']) {
      location.hash = `#${route}`;
      await vi.waitFor(() => expect(host.querySelector(`[data-stage="${route}"], .history, .data-stage`) && heading()).toBeTruthy(), { timeout: 3000 });
      await vi.waitFor(() => expect(!!toggle()).toBe(PLAN_DETAILS_ROUTES.has(route as never)));
      shown[route] = !!toggle();
    }
    expect(shown).toEqual({
      'self-assessment': true,
      'career-paths': false,
      goals: false,
      agenda: true,
      meeting: true,
      recap: true,
      'check-ins': true,
      history: false,
      templates: false,
      data: false,
    });
  });

  test('starting a plan opens its details and puts the caret in Your name', async () => {
    render(<PlannerApp db={db} />, host);
    await vi.waitFor(() => expect([...host.querySelectorAll('button')].some((b) => b.textContent === 'Start my plan')).toBe(true));
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Start my plan')!.click();
    await vi.waitFor(() => expect(toggle()?.getAttribute('aria-expanded')).toBe('true'));
    expect(fields().hidden).toBe(false);
  });

  test('the summary cuts a runaway value and names what is missing', () => {
    const plan = newPlan(new Date(), { myName: 'x'.repeat(5000), emailLanguage: 'de', formality: 'informal' });
    const summary = planSummary(plan);
    expect(summary.length).toBeLessThan(400);
    expect(summary).toContain('Emails in Deutsch (du)');
    expect(summary).toContain("Missing: Manager's name, Manager's email, Company, Meeting date");
    expect(planSummary(newPlan(new Date(), { myName: 'A', managerName: 'B', managerEmail: 'b@x.co', company: 'C', meetingAt: '2026-12-03T10:30' }))).not.toContain('Missing');
  });
});
