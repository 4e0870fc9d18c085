import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { usePlannerHost } from './planner-host';
import { PlannerApp } from '../../components/planner/PlannerApp';
import { roleExample } from '../../components/common/role-examples';
import { WINDOW_FROM } from '../../components/common/useWindowedRange';
import { createPlan, updatePlanFields } from '../../lib/db/plans';
import type { CareerTalkDB } from '../../lib/db/schema';

// A long goals list is windowed and its rows memoised: a row must still follow what it shows
// from the plan besides its own goal (the role's example request).
let db: CareerTalkDB;
let host: HTMLElement;

usePlannerHost('#goals', (d, h) => {
  db = d;
  host = h;
});

test('windowed goal rows show the new role’s example request after the role changes', async () => {
  const goals = Array.from({ length: WINDOW_FROM + 5 }, (_, i) => ({ id: `g${i}`, kind: 'lead-project' as const, text: '', request: '' }));
  const plan = await createPlan(db, { currentRole: 'Data analyst', goals });
  render(<PlannerApp db={db} />, host);
  const firstRequest = () => host.querySelector<HTMLTextAreaElement>('[data-stage] .list-items textarea');
  const dataExample = roleExample('goalRequest', 'Data analyst');
  const salesExample = roleExample('goalRequest', 'Account executive');
  expect(dataExample).not.toBe(salesExample);
  await vi.waitFor(() => expect(firstRequest()?.placeholder).toBe(dataExample), { timeout: 5000 });

  await updatePlanFields(db, plan.id, { currentRole: 'Account executive' });
  await vi.waitFor(() => expect(firstRequest()?.placeholder).toBe(salesExample), { timeout: 5000 });
}, 20_000);
