import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the running copy of the webmail script leaves its off switch: the isolated world's own global scope. */
const RUNNING = Symbol.for('careertalk.webmail.running');
type Registry = { [RUNNING]?: () => void };

/**
 * The webmail content script's lifetime, which the page cannot end.
 *
 * WXT's context learns that a newer copy of the script started from a DOM event named
 * "<extension id>:<script>:wxt:content-script-started" (and, unless told not to, posts that name to
 * the page with window.postMessage). Any page can dispatch that event and switch the script off, and
 * the post tells every page the extension id. So this context neither posts nor trusts the event:
 * - a newer copy injected into the same tab (install/update, lib/background/reinject.ts) runs in the
 *   same isolated world, where it finds the older copy's off switch in the shared global scope -
 *   a scope page scripts cannot see - and uses it;
 * - the DOM event is acted on only by a copy whose extension is gone (browser.runtime.id unset after an
 *   update or uninstall): such a copy can do nothing useful, so a page sending the event gains nothing.
 */
export class WebmailContext extends ContentScriptContext {
  override stopOldScripts(): void {
    const registry = globalThis as Registry;
    registry[RUNNING]?.();
    const stop = () => this.notifyInvalidated();
    registry[RUNNING] = stop;
    this.onInvalidated(() => {
      if (registry[RUNNING] === stop) delete registry[RUNNING];
    });
  }

  override listenForNewerScripts(): void {
    const name = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    const onStarted = () => {
      if (browser.runtime?.id == null) this.notifyInvalidated();
    };
    document.addEventListener(name, onStarted);
    this.onInvalidated(() => document.removeEventListener(name, onStarted));
  }
}

/** The page-safe context for a content script, built from the options WXT was given. */
export function webmailContext(wxtContext: ContentScriptContext): ContentScriptContext {
  return new WebmailContext(import.meta.env.ENTRYPOINT, wxtContext.options);
}
