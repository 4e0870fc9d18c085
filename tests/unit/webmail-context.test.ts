import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext, WebmailContext, webmailContext } from '../../lib/webmail/context';

const started = () => `${browser.runtime.id}:gmail:wxt:content-script-started`;
const live: WebmailContext[] = [];
const make = () => {
  const ctx = new WebmailContext('gmail', {});
  live.push(ctx);
  return ctx;
};
afterEach(() => {
  for (const ctx of live.splice(0)) ctx.notifyInvalidated();
});

describe('the webmail content script context (the one WXT builds in the webmail scripts)', () => {
  test('is what the build hands to WXT under the name it imports', () => {
    expect(ContentScriptContext).toBe(WebmailContext);
    const ctx = make();
    expect(webmailContext(ctx)).toBe(ctx);
  });

  test('a newer copy in the same isolated world ends the older one; its listeners go with it', () => {
    const older = make();
    const seen = vi.fn();
    older.addEventListener(document, 'ct-test', seen);
    const ended = vi.fn();
    older.onInvalidated(ended);
    document.dispatchEvent(new Event('ct-test'));
    expect(seen).toHaveBeenCalledTimes(1);
    const newer = make();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(older.signal.aborted).toBe(true);
    expect(newer.isValid).toBe(true);
    document.dispatchEvent(new Event('ct-test'));
    expect(seen).toHaveBeenCalledTimes(1);
  });

  test('the page sending the "started" event does not switch it off while the extension is there', () => {
    const ctx = make();
    document.dispatchEvent(new CustomEvent(started()));
    document.dispatchEvent(new CustomEvent(started(), { detail: { contentScriptName: 'gmail', messageId: 'x' } }));
    expect(ctx.isValid).toBe(true);
  });

  test('a removed onInvalidated callback is not called', () => {
    const ctx = make();
    const cb = vi.fn();
    const off = ctx.onInvalidated(cb);
    off();
    ctx.notifyInvalidated();
    expect(cb).not.toHaveBeenCalled();
  });
});
