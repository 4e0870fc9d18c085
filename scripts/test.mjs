#!/usr/bin/env node
// Runs the unit tests, then the Chromium end-to-end tests, and prints one closing
// line "N passed, N failed" computed from both runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const vitest = 'node_modules/vitest/vitest.mjs';
mkdirSync('.reports', { recursive: true });

const suites = [
  { name: 'unit', config: 'vitest.config.ts', report: '.reports/unit.json' },
  { name: 'e2e', config: 'vitest.e2e.config.ts', report: '.reports/e2e.json' },
];
const only = process.argv[2];
let passed = 0;
let failed = 0;
let broken = false;
for (const suite of suites) {
  if (only && only !== suite.name) continue;
  rmSync(suite.report, { force: true });
  console.log(`\n=== ${suite.name} tests ===`);
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${suite.report}`],
    { stdio: 'inherit' },
  );
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
  if (run.status !== 0 && report.numFailedTests === 0 && failedFiles.length === 0) broken = true;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
