#!/usr/bin/env node
// `npm run bench`: builds the extension once into .output/bench, then runs every module in
// scripts/bench/*.mjs that exports `async function run(ctx)`, and prints their numbers.
// A module returns an array of { name, value, unit, target? } rows (or prints its own lines).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

const outDir = resolve(root, '.output/bench');
if (!process.env.CAREERTALK_EXT_DIR) {
  console.log('Building the extension into .output/bench …');
  execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CAREERTALK_OUT_DIR: outDir },
  });
}
const extensionDir = process.env.CAREERTALK_EXT_DIR ? resolve(process.env.CAREERTALK_EXT_DIR) : resolve(outDir, 'chrome-mv3');

const profiles = [];
/**
 * Launches headless Chromium (with or without the extension). Every http(s) request is aborted
 * unless the module serves it with context.route, so nothing leaves the machine.
 */
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
  }
  return { context, worker, extensionId };
}

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
};

const ctx = { root, extensionDir, launch, stats, log: (...a) => console.log('  ', ...a) };
// `npm run bench -- popup` runs only the modules whose file name contains "popup".
const only = process.argv[2];
const modules = readdirSync(resolve(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.mjs') && (!only || f.includes(only)))
  .sort();
let failed = false;
for (const file of modules) {
  const mod = await import(pathToFileURL(resolve(root, 'scripts/bench', file)).href);
  if (typeof mod.run !== 'function') continue;
  console.log(`\n=== ${file} ===`);
  try {
    const rows = (await mod.run(ctx)) ?? [];
    for (const r of rows) {
      const value = typeof r.value === 'number' ? (Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2)) : String(r.value);
      const verdict = r.target ? `  (target ${r.target}${r.ok === undefined ? '' : r.ok ? ': met' : ': NOT met'})` : '';
      console.log(`  ${r.name}: ${value} ${r.unit ?? ''}${verdict}`);
    }
  } catch (err) {
    failed = true;
    console.error(`  ${file} failed:`, err);
  }
}
for (const p of profiles) rmSync(p, { recursive: true, force: true });
if (!process.env.CAREERTALK_EXT_DIR) rmSync(outDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
