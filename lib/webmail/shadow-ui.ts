import type { WebmailContext } from './context';

/** One UI in its own shadow root on the webmail page (the compose button, the floating button). */
export interface ShadowUi<T> {
  readonly shadowHost: HTMLElement;
  /** What `onMount` returned, while mounted. */
  readonly mounted: T | undefined;
  mount(): void;
  remove(): void;
}

export interface ShadowUiOptions<T> {
  /** Tag of the host (a custom element name, so it can hold a shadow root). */
  name: string;
  /** Puts the host into the page. */
  append: (host: HTMLElement) => void;
  css: string;
  mode: ShadowRootMode;
  onMount: (container: HTMLElement) => T;
}

/**
 * What WXT's `createShadowRootUi` did for us, without the parts we never used (auto-mount,
 * anchor lookup by selector or XPath, CSS splitting, stylesheet fetch): with their dependencies
 * those were ~8 KB of each content script, which has a 40 KB budget. Same DOM as before
 * (host > shadow > html > head > style, body), the host reset with `all: initial`, key events
 * kept inside (the webmail's keyboard shortcuts must not see what is typed in our menu), and
 * removed when the script's context ends.
 */
export function createShadowUi<T>(ctx: WebmailContext, o: ShadowUiOptions<T>): ShadowUi<T> {
  const host = document.createElement(o.name);
  const shadow = host.attachShadow({ mode: o.mode });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}${o.css}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of ['keydown', 'keyup', 'keypress']) body.addEventListener(type, (e) => e.stopPropagation());
  let mounted: T | undefined;
  const remove = () => {
    host.remove();
    body.replaceChildren();
    mounted = undefined;
  };
  ctx.onInvalidated(remove);
  return {
    shadowHost: host,
    get mounted() {
      return mounted;
    },
    mount() {
      o.append(host);
      mounted = o.onMount(body);
    },
    remove,
  };
}
