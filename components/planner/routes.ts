import { STAGES, type StageId } from '@/lib/plan/progress';
import { t, type MessageKey } from '@/lib/i18n';

/** Every page of the planner: the guide's stages, then templates and data. */
export type PlannerRoute = StageId | 'history' | 'templates' | 'data';

/** Pages after the guide's stages; their names are UI text (looked up when shown). */
export const EXTRA_ROUTES: { id: PlannerRoute; nameKey: MessageKey }[] = [
  { id: 'history', nameKey: 'plannerRouteHistory' },
  { id: 'templates', nameKey: 'plannerRouteTemplates' },
  { id: 'data', nameKey: 'plannerRouteData' },
];

export const ALL_ROUTES: { id: PlannerRoute }[] = [...STAGES, ...EXTRA_ROUTES];

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
  const extra = EXTRA_ROUTES.find((r) => r.id === route);
  const stage = STAGES.find((s) => s.id === route);
  return extra ? t(extra.nameKey) : stage ? t(stage.nameKey) : route;
}
