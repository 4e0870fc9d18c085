import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIREFOX_PATH, firefoxMissingMessage } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxExtensionDir: string;
  }
}

/**
 * Builds the Firefox (MV2) extension once for the whole Firefox run, into a folder of its own,
 * unless CAREERTALK_FIREFOX_EXT_DIR points at a build already made. A missing Firefox fails the
 * run with the install command: the lane never skips.
 */
export default function setup(project: TestProject) {
  if (!existsSync(FIREFOX_PATH)) throw new Error(firefoxMissingMessage());
  const prebuilt = process.env.CAREERTALK_FIREFOX_EXT_DIR;
  if (prebuilt) {
    project.provide('firefoxExtensionDir', resolve(prebuilt));
    return;
  }
  const outDir = resolve(`.output/e2e-firefox-${process.pid}`);
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // The test build, like the Chromium lane's (CAREERTALK_E2E=1): the only one with test hooks.
    env: { ...process.env, CAREERTALK_OUT_DIR: outDir, CAREERTALK_E2E: '1' },
  });
  project.provide('firefoxExtensionDir', resolve(outDir, 'firefox-mv2'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
