import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * In a narrow window the page list is one row that scrolls sideways: keep the current page's
 * link in view (centred when it can be), without scrolling the page itself.
 */
export function useNavCurrentInView(nav: RefObject<HTMLElement | null>, route: string): void {
  useEffect(() => {
    const list = nav.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [nav, route]);
}
