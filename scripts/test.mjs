#!/usr/bin/env node
// Runs the unit tests, then the Chromium end-to-end tests, then the Firefox ones, and prints
// one closing line "N passed, N failed" computed from all runners' JSON reports, after how
// long each lane took.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const vitest = 'node_modules/vitest/vitest.mjs';
mkdirSync('.reports', { recursive: true });

const suites = [
  { name: 'unit', config: 'vitest.config.ts', report: '.reports/unit.json' },
  { name: 'e2e', config: 'vitest.e2e.config.ts', report: '.reports/e2e.json' },
  { name: 'firefox', config: 'vitest.firefox.config.ts', report: '.reports/firefox.json' },
];
const only = process.argv[2];
let passed = 0;
let failed = 0;
let broken = false;
const timings = [];
for (const suite of suites) {
  if (only && only !== suite.name) continue;
  rmSync(suite.report, { force: true });
  console.log(`\n=== ${suite.name} tests ===`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${suite.report}`],
    { stdio: 'inherit' },
  );
  timings.push(`${suite.name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (!existsSync(suite.report)) {
    console.error(`${suite.name} tests did not produce a report (exit ${run.status}).`);
    failed += 1;
    broken = true;
    continue;
  }
  const report = JSON.parse(readFileSync(suite.report, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load (or a failing hook) has no failed tests but a failed suite.
  const failedFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  failed += failedFiles.length;
  // A lane that could not run at all (a missing browser fails its setup) counts as a failure, never a skip.
  if (run.status !== 0 && report.numFailedTests === 0 && failedFiles.length === 0) {
    console.error(`${suite.name} tests exited with ${run.status} without a failed test: counted as one failure.`);
    failed += 1;
  }
}
console.log(`\nTime per lane: ${timings.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
