import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { FIREFOX_PATH } from './firefox';

/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'careertalk@careertalk.app';
/** The moz-extension:// host is pinned (pref below), so every session's pages have stable URLs. */
export const EXTENSION_UUID = '3c9a6f2e-5b1d-4e8a-9c47-2f60d1b8a5e3';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * Hosts Firefox itself contacts (remote settings), whatever the prefs say. They are blocked like
 * everything else and listed in `browserOwnRequests`, but do not count as the extension's.
 */
const FIREFOX_OWN_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

export interface FirefoxSession {
  browser: Browser;
  /** An extension page kept open: reaches the extension's APIs, its IndexedDB and its background page. */
  ext: Page;
  /** Requests that tried to leave the machine from a page or from the extension (every one is blocked). */
  outbound: string[];
  /** What Firefox itself tried to contact (also blocked); reported, not failed on. */
  browserOwnRequests: string[];
  /** Folder Firefox saves downloads into without asking. */
  downloadsDir: string;
  /** A new tab whose requests go through the session's fixtures and blockers. */
  newTab(): Promise<Page>;
  /** Opens an extension page (popup.html, planner.html#goals, ...) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  openPopup(): Promise<Page>;
  openPlanner(hash?: string): Promise<Page>;
  /** Navigates an existing tab to an extension page (page.goto loses track of moz-extension navigations). */
  navigate(page: Page, url: string): Promise<void>;
  /** Runs JavaScript in the browser's own (chrome) window, with system privileges. */
  chromeEval<T>(expression: string): Promise<T>;
  /** What a person's click on the extension (toolbar button, context-menu item) gives it: activeTab on this tab. */
  grantActiveTab(page: Page): Promise<void>;
  /** Serves an HTML fixture for every URL starting with `urlPrefix` (e.g. 'https://mail.google.com/'). */
  serve(urlPrefix: string, html: string, headers?: Record<string, string>): void;
  /** Console errors and warnings, and uncaught errors, from the extension's pages, background page and content scripts. */
  consoleProblems(): string[];
  close(): Promise<void>;
}

export function firefoxExtensionDir(): string {
  return inject('firefoxExtensionDir');
}

export function fixture(name: string): string {
  return readFileSync(join('tests/fixtures', name), 'utf8');
}

/**
 * A proxy that refuses everything and writes down where each request wanted to go. Firefox is
 * pointed at it for every scheme and host, so a request from any context (tabs, extension pages,
 * the background page, content scripts) that no fixture answered is blocked and recorded.
 */
async function startBlackholeProxy(record: (target: string) => void): Promise<Server> {
  const server = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * Launches Debian's firefox-esr headless (puppeteer-core over WebDriver BiDi) with the built
 * MV2 extension installed as a temporary add-on, in a fresh profile.
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  const outbound: string[] = [];
  const browserOwnRequests: string[] = [];
  const proxy = await startBlackholeProxy((target) => {
    const host = target.replace(/^\w+:\/\//, '').split('/')[0];
    (FIREFOX_OWN_HOST.test(host) ? browserOwnRequests : outbound).push(target);
  });
  const port = (proxy.address() as { port: number }).port;
  const downloadsDir = mkdtempSync(join(tmpdir(), 'careertalk-ff-downloads-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1200, height: 900 },
    // System access lets WebDriver BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Console output of content processes (extension pages, background page, content scripts) on stdout.
      'devtools.console.stdout.content': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });

  const output: string[] = [];
  const child = browser.process();
  child?.stdout?.on('data', (d: Buffer) => output.push(String(d)));
  child?.stderr?.on('data', (d: Buffer) => output.push(String(d)));

  await browser.installExtension(firefoxExtensionDir());

  const fixtures: { prefix: string; html: string; headers: Record<string, string> }[] = [];
  const onRequest = (req: HTTPRequest) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return void req.continue();
    const hit = fixtures.find((f) => url.startsWith(f.prefix));
    if (hit) {
      // (resourceType() is not available over BiDi; a page's document request is a navigation.)
      const isDocument = req.isNavigationRequest();
      return void req.respond(
        isDocument
          ? { status: 200, contentType: 'text/html; charset=utf-8', headers: hit.headers, body: hit.html }
          : { status: 404, contentType: 'text/plain', body: '' },
      );
    }
    outbound.push(url);
    return void req.abort();
  };

  const newTab = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', onRequest);
    return page;
  };
  // page.goto loses track of moz-extension:// navigations; the raw BiDi command does not.
  // Both members used here are puppeteer internals of its BiDi browser (not in its types).
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  const navigate = async (page: Page, url: string) => {
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  };
  const openExtensionPage = async (path: string) => {
    const page = await newTab();
    await navigate(page, `${EXTENSION_ORIGIN}/${path}`);
    return page;
  };

  const ext = await openExtensionPage('popup.html');

  const chromeEval = async <T>(expression: string): Promise<T> => {
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { context: string }[] } };
    const context = tree.result.contexts[0].context;
    const reply = (await bidi.send('script.evaluate', { target: { context }, expression, awaitPromise: true })) as {
      result: { type: string; result?: { value?: T }; exceptionDetails?: { text: string } };
    };
    if (reply.result.type !== 'success') throw new Error(`chrome script failed: ${reply.result.exceptionDetails?.text}`);
    return reply.result.result?.value as T;
  };

  return {
    browser,
    ext,
    outbound,
    browserOwnRequests,
    downloadsDir,
    newTab,
    openExtensionPage,
    openPopup: () => openExtensionPage('popup.html'),
    openPlanner: (hash = '') => openExtensionPage(`planner.html${hash}`),
    navigate,
    chromeEval,
    async grantActiveTab(page) {
      await page.bringToFront();
      // The same call Firefox makes when a person clicks one of the extension's menu items.
      await chromeEval(`WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.tabManager.addActiveTabPermission(gBrowser.selectedTab)`);
    },
    serve(urlPrefix, html, headers = {}) {
      fixtures.push({ prefix: urlPrefix, html, headers });
    },
    consoleProblems() {
      const text = output.join('');
      const lines = text.split('\n');
      const problems: string[] = [];
      for (const [i, line] of lines.entries()) {
        // Uncaught errors and rejections name their source; keep the extension's.
        if (/^JavaScript (error|warning): /.test(line) && line.includes(EXTENSION_ORIGIN) && !/Script terminated by timeout/.test(line)) {
          problems.push(line);
        }
        // console.error / console.warn from content processes print their arguments quoted;
        // Firefox's own chrome-side loggers print "console.error: Name:" unquoted.
        if (/^console\.(error|warn): ["(\[{]/.test(line)) problems.push([line, lines[i + 1] ?? ''].join('\n'));
      }
      return problems;
    },
    async close() {
      await browser.close().catch(() => undefined);
      proxy.close();
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}
