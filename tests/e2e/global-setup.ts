import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, chromiumMissingMessage } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

/**
 * Builds the Chrome extension once for the whole e2e run, into a folder of its own
 * (parallel runs never share a half-written build), unless CAREERTALK_EXT_DIR
 * points at a build already made. It is the test build (CAREERTALK_E2E=1): the only one with test hooks.
 */
export default function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(chromiumMissingMessage());
  const prebuilt = process.env.CAREERTALK_EXT_DIR;
  if (prebuilt) {
    project.provide('extensionDir', resolve(prebuilt));
    return;
  }
  const outDir = resolve(`.output/e2e-${process.pid}`);
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CAREERTALK_OUT_DIR: outDir, CAREERTALK_E2E: '1' },
  });
  project.provide('extensionDir', resolve(outDir, 'chrome-mv3'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
