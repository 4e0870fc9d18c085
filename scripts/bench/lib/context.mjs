// The measuring kit shared by `npm run bench` and the budget test in `npm test`:
// launching headless Chromium with or without the built extension, and statistics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const stats = {
  median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  },
  p95(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
  },
  /** Interquartile range: the run-to-run spread of this machine, used as its noise. */
  iqr(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
    return q(0.75) - q(0.25);
  },
};

/**
 * `launch()` starts headless Chromium (with or without the extension). Every http(s)
 * request is aborted unless the caller serves it with context.route: nothing leaves the machine.
 * `close()` removes the temporary profiles.
 */
/**
 * The first-run welcome tab (lib/background/first-run.ts) is a planner page that would follow
 * every seeded record and every save of the page being measured, live, in the background:
 * closed as soon as it opens (it opens a moment after install), so only the measured page runs.
 */
async function closeWelcome(context, extensionId) {
  const welcome = `chrome-extension://${extensionId}/planner.html`;
  for (let waited = 0; waited < 5000; waited += 50) {
    const page = context.pages().find((p) => p.url().startsWith(welcome));
    if (page) return page.close();
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function createBenchContext({ root, extensionDir, chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium', log = () => {} }) {
  const profiles = [];
  async function launch({ withExtension = true } = {}) {
    const profile = mkdtempSync(join(tmpdir(), 'careertalk-bench-'));
    profiles.push(profile);
    const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];
    if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
    const context = await chromium.launchPersistentContext(profile, { headless: true, executablePath: chromiumPath, viewport: { width: 1200, height: 900 }, args });
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    let worker;
    let extensionId;
    if (withExtension) {
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      extensionId = new URL(worker.url()).host;
      await closeWelcome(context, extensionId);
    }
    return { context, worker, extensionId };
  }
  return {
    root,
    extensionDir,
    launch,
    stats,
    log,
    close() {
      for (const p of profiles) rmSync(p, { recursive: true, force: true });
    },
  };
}
