import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { extensionDir } from './harness';

const firefoxOut = resolve(`.output/firefox-${process.pid}`);
const chromeOut = resolve(`.output/release-${process.pid}`);
afterAll(() => {
  rmSync(firefoxOut, { recursive: true, force: true });
  rmSync(chromeOut, { recursive: true, force: true });
});

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

test('the Firefox build passes web-ext lint with no errors', { timeout: 180_000 }, () => {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CAREERTALK_OUT_DIR: firefoxOut },
  });
  const dir = join(firefoxOut, 'firefox-mv2');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.browser_specific_settings.gecko.id).toBe('careertalk@careertalk.app');
  let out = '';
  try {
    out = execFileSync(process.execPath, [resolve('node_modules/web-ext/bin/web-ext.js'), 'lint', '-s', dir, '-o', 'json', '--no-input'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out);
  expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
});

test('the production build has no test hooks: no menu hook in the background, no open shadow root on request', () => {
  // Built by the test above (a production build: CAREERTALK_E2E unset).
  const dir = join(firefoxOut, 'firefox-mv2');
  const code = jsFiles(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(code).not.toContain('__careertalkMenus');
  expect(code).not.toContain('careertalk-test-open-shadow');
  // …while the test build the other e2e tests use does have them (so this test can fail).
  const testBuild = jsFiles(extensionDir()).map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(testBuild).toContain('__careertalkMenus');
  expect(testBuild).toContain('careertalk-test-open-shadow');
});

test('size budgets: each content script under 40 KB minified, popup JavaScript under 60 KB gzipped', { timeout: 180_000 }, () => {
  // Measured on the production build people install: the e2e build carries test hooks.
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CAREERTALK_OUT_DIR: chromeOut, CAREERTALK_E2E: '' },
  });
  const ext = join(chromeOut, 'chrome-mv3');
  const contentScripts = jsFiles(join(ext, 'content-scripts'));
  expect(contentScripts.length).toBeGreaterThanOrEqual(2);
  for (const file of contentScripts) {
    expect({ file, bytes: statSync(file).size }).toEqual({ file, bytes: expect.toSatisfy((n: number) => n < 40 * 1024) });
  }
  // The popup loads popup.html's module scripts and everything they import.
  const html = readFileSync(join(ext, 'popup.html'), 'utf8');
  const entry = [...html.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(ext, rel), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']/g)) {
      visit(m[1].startsWith('chunks/') ? m[1] : join('chunks', m[1]));
    }
  };
  entry.forEach(visit);
  const gzipped = [...seen].reduce((sum, rel) => sum + gzipSync(readFileSync(join(ext, rel))).length, 0);
  expect(seen.size).toBeGreaterThan(0);
  expect(gzipped).toBeLessThan(60 * 1024);
});
