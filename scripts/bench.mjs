#!/usr/bin/env node
// `npm run bench`: builds the extension once into .output/bench, then runs every module in
// scripts/bench/*.mjs that exports `async function run(ctx)`, and prints their numbers.
// A module returns an array of { name, value, unit, target? } rows (or prints its own lines).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBenchContext } from './bench/lib/context.mjs';

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
    env: { ...process.env, CAREERTALK_OUT_DIR: outDir, CAREERTALK_E2E: '1' },
  });
}
const extensionDir = process.env.CAREERTALK_EXT_DIR ? resolve(process.env.CAREERTALK_EXT_DIR) : resolve(outDir, 'chrome-mv3');

const ctx = createBenchContext({ root, extensionDir, chromiumPath, log: (...a) => console.log('  ', ...a) });
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
ctx.close();
if (!process.env.CAREERTALK_EXT_DIR) rmSync(outDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
