import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders a component whose code is loaded after the first paint. The popup uses it
 * for parts the person does not need in the first instant (the template engine behind
 * the Copy buttons), so their plan shows before that code is even parsed.
 */
export function Deferred<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    load().then(
      (c) => alive && setComponent(() => c),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (failed) return null;
  return Component ? <Component {...props} /> : <div aria-busy="true" class="deferred-placeholder" />;
}
