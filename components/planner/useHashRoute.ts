import { useEffect, useState } from 'preact/hooks';
import { routeFromHash, type PlannerRoute } from './routes';

/**
 * The planner page shown, taken from the location hash so links such as
 * `planner.html#recap` (from notifications and the popup) open that stage, and
 * the browser's back button moves between stages.
 */
export function useHashRoute(fallback: PlannerRoute): PlannerRoute {
  const [route, setRoute] = useState<PlannerRoute | undefined>(() => routeFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route ?? fallback;
}
