import { STAGES, type StageId } from '@/lib/plan/progress';

/** Every page of the planner: the guide's stages, then templates and data. */
export type PlannerRoute = StageId | 'templates' | 'data';

export const EXTRA_ROUTES: { id: PlannerRoute; name: string }[] = [
  { id: 'templates', name: 'Email templates' },
  { id: 'data', name: 'Export and import' },
];

export const ALL_ROUTES: { id: PlannerRoute; name: string }[] = [...STAGES, ...EXTRA_ROUTES];

/** `#recap` → 'recap'; anything unknown → undefined (the caller picks a default). */
export function routeFromHash(hash: string): PlannerRoute | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#\/?/, '')).trim().toLowerCase();
  } catch {
    return undefined; // a malformed hash (bad %-escape) must not break the page
  }
  return ALL_ROUTES.find((r) => r.id === id)?.id;
}

export function routeName(route: PlannerRoute): string {
  return ALL_ROUTES.find((r) => r.id === route)?.name ?? route;
}
