import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { CHROMIUM_PATH } from './chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** Requests that tried to leave the machine (every one is blocked and recorded). */
  outbound: string[];
  openPopup(): Promise<Page>;
  openPlanner(hash?: string): Promise<Page>;
  /** Serves an HTML fixture at a real URL pattern (e.g. 'https://mail.google.com/**'). */
  serve(urlPattern: string, html: string, headers?: Record<string, string>): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function extensionDir(): string {
  return inject('extensionDir');
}

export function fixture(name: string): string {
  return readFileSync(resolve('tests/fixtures', name), 'utf8');
}

/**
 * Launches Debian's Chromium headless with the built extension loaded unpacked.
 * Pass `profileDir` to reopen a profile (data persists across launches), `args` for extra Chromium flags,
 * `uiLanguage` ("de") to run the browser in another interface language.
 * Every http(s) request is aborted and recorded unless a fixture serves it:
 * nothing may leave the machine.
 */
export async function launchExtension(options: { profileDir?: string; args?: string[]; uiLanguage?: string } = {}): Promise<ExtensionSession> {
  const ext = extensionDir();
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'careertalk-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      ...(options.args ?? []),
    ],
    // On Linux, Chromium takes its interface language (browser.i18n.getUILanguage()) from LANGUAGE.
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage, LANG: `${options.uiLanguage}.UTF-8` }, locale: options.uiLanguage } : {}),
  });
  const outbound: string[] = [];
  await context.route(/^https?:\/\//, (route) => {
    outbound.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const openPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    profileDir,
    outbound,
    openPopup: () => openPage('popup.html'),
    openPlanner: (hash = '') => openPage(`planner.html${hash}`),
    async serve(urlPattern, html, headers = {}) {
      await context.route(urlPattern, (route) =>
        route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8', headers }),
      );
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
      // Nothing may leave the machine: every test file fails if anything tried.
      if (outbound.length) throw new Error(`Requests tried to leave the machine:\n${outbound.join('\n')}`);
    },
  };
}
