import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

let counter = 0;

/**
 * A page's short introduction. In a narrow window (planner.css) it shows its first lines and a
 * "More" button, so the page's own content starts on the first screen; the whole text stays in
 * the page for screen readers and search. The button only appears when lines are actually cut.
 */
export function StageIntro(props: { children: ComponentChildren; class?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [id] = useState(() => `stage-intro-${++counter}`);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setCut(el.scrollHeight > el.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div class={`stage-intro-wrap ${props.class ?? ''}`}>
      <div id={id} ref={box} class={`stage-intro${open ? ' open' : ''}`}>
        {props.children}
      </div>
      {(cut || open) && (
        <button type="button" class="link stage-intro-more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('plannerIntroLess') : t('plannerIntroMore')}
        </button>
      )}
    </div>
  );
}
