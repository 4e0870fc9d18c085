import type { WebmailAdapter } from './adapter';

/**
 * Tells a sent draft from a discarded one. A compose counts as sent when it leaves the page
 * shortly after the person used its Send control (a click on it, Enter or Space on it, or
 * Ctrl/Cmd+Enter in the compose). Only events the browser marks `isTrusted` count: the
 * webmail page can dispatch events, but it cannot make them look like the person's own.
 */

/** Webmails close a sent compose at once; a compose closed much later was closed for another reason. */
export const SEND_TO_CLOSE_MS = 10_000;

export class SendWatch {
  private armedAt = new WeakMap<HTMLElement, number>();

  constructor(
    private adapter: WebmailAdapter,
    private now: () => number = () => performance.now(),
  ) {}

  /** For `mouseup` and `click` on the document, in the capture phase. */
  onPointer = (e: MouseEvent): void => {
    if (!e.isTrusted || e.button !== 0) return;
    this.armIfOnSend(e.target);
  };

  /** For `keydown` on the document, in the capture phase. */
  onKeydown = (e: KeyboardEvent): void => {
    if (!e.isTrusted) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      const compose = this.composeOf(e.target);
      if (compose) this.armedAt.set(compose, this.now());
    } else if (e.key === 'Enter' || e.key === ' ') {
      this.armIfOnSend(e.target);
    }
  };

  /** Called when a compose left the page: was it sent? */
  wasSent(compose: HTMLElement): boolean {
    const at = this.armedAt.get(compose);
    return at !== undefined && this.now() - at <= SEND_TO_CLOSE_MS;
  }

  private composeOf(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? this.adapter.composeRootOf(target) : null;
  }

  private armIfOnSend(target: EventTarget | null): void {
    const compose = this.composeOf(target);
    const send = compose && this.adapter.findSend(compose);
    if (compose && send && send.contains(target as Node)) this.armedAt.set(compose, this.now());
  }
}
