import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/** Where the running copy of the webmail script leaves its off switch: the isolated world's own global scope. */
const RUNNING = Symbol.for('careertalk.webmail.running');
type Registry = { [RUNNING]?: () => void };

/**
 * The webmail content script's lifetime, which the page cannot end.
 *
 * WXT's context learns that a newer copy of the script started from a DOM event named
 * "<extension id>:<script>:wxt:content-script-started" (and, unless told not to, posts that name to
 * the page with window.postMessage). Any page can dispatch that event and switch the script off, and
 * the post tells every page the extension id. So this context never posts, and trusts the event only
 * where the page gains nothing from sending it:
 * - a newer copy injected into the same tab (install/update, lib/background/reinject.ts) runs in the
 *   same isolated world, where it finds the older copy's off switch in the shared global scope -
 *   a scope page scripts cannot see - and uses it;
 * - the DOM event is still sent (for copies elsewhere), but acted on only by a copy whose extension is
 *   gone (browser.runtime.id unset after an update or uninstall): such a copy can do nothing useful.
 *
 * Only what the webmail code uses (listeners and the end of the context): the content-script build
 * puts this class in place of WXT's own (an alias in wxt.config.ts), which with its location watcher
 * and logger was ~2.5 KB of each webmail script.
 */
export class WebmailContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: WxtContext['options'],
  ) {
    const started = `${browser.runtime.id}:${contentScriptName}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(started));
    const registry = globalThis as Registry;
    registry[RUNNING]?.();
    const stop = () => this.notifyInvalidated();
    registry[RUNNING] = stop;
    this.onInvalidated(() => {
      if (registry[RUNNING] === stop) delete registry[RUNNING];
    });
    this.addEventListener(document, started, () => {
      if (browser.runtime?.id == null) stop();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return !this.signal.aborted;
  }

  /** Runs `cb` when the script ends (a newer copy started, or the extension went away). */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A listener removed when the script ends. */
  addEventListener<E extends Event>(target: EventTarget, type: string, handler: (e: E) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.controller.abort();
  }
}

/** WXT's content-script entry constructs `ContentScriptContext` from this module in the webmail build. */
export { WebmailContext as ContentScriptContext };

/**
 * The page-safe context for a content script: the one WXT made when the build put ours in place
 * (wxt.config.ts), else one built from the options WXT was given.
 */
export function webmailContext(given: WxtContext | WebmailContext): WebmailContext {
  return given instanceof WebmailContext ? given : new WebmailContext(import.meta.env.ENTRYPOINT, given.options);
}
