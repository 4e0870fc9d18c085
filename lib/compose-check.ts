import { browser } from 'wxt/browser';
import { COMPOSE_CHECK, type ComposeCheckMessage } from './webmail/protocol';
import type { ComposeCheck } from './webmail/report';

/** The hosts our webmail content scripts run on (the manifest's content_scripts matches). */
const WEBMAIL_URLS = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];
const PART = (v: unknown) => v === null || (typeof v === 'string' && /^[a-zA-Z0-9_-]{1,40}$/.test(v));

/** Validates the content script's answer (anything crossing a boundary is checked). */
export function parseComposeCheck(raw: unknown): ComposeCheck | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  if (c.webmail !== 'gmail' && c.webmail !== 'outlook') return null;
  if (typeof c.composes !== 'number' || !Number.isInteger(c.composes) || c.composes < 0 || c.composes > 1000) return null;
  if (c.focused !== 'compose' && c.focused !== 'floating' && c.focused !== 'none') return null;
  if (typeof c.report !== 'string' || c.report.length > 100_000) return null;
  let parts: ComposeCheck['parts'] = null;
  if (c.parts !== null) {
    const p = c.parts as Record<string, unknown> | undefined;
    if (!p || typeof p !== 'object' || !['root', 'body', 'subject', 'to', 'send'].every((k) => PART(p[k]))) return null;
    parts = { root: p.root as string | null, body: p.body as string | null, subject: p.subject as string | null, to: p.to as string | null, send: p.send as string | null };
  }
  return { webmail: c.webmail, composes: c.composes, focused: c.focused, parts, report: c.report };
}

/**
 * Asks the webmail tab the person is looking at for its Compose check; null when that tab is not
 * Gmail or Outlook (or its content script is not there, e.g. the tab was open before an update).
 */
export async function askComposeCheck(): Promise<ComposeCheck | null> {
  try {
    // Host permissions for the webmail sites let the popup see which active tab is one.
    // The popup's own window first; else the webmail tab shown most recently in any window.
    const [here] = await browser.tabs.query({ active: true, currentWindow: true, url: WEBMAIL_URLS });
    const shown = here ? [] : await browser.tabs.query({ active: true, url: WEBMAIL_URLS });
    const tab = here ?? shown.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (tab?.id === undefined) return null;
    const message: ComposeCheckMessage = { type: COMPOSE_CHECK };
    return parseComposeCheck(await browser.tabs.sendMessage(tab.id, message));
  } catch {
    return null;
  }
}
