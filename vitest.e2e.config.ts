import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium with the built extension.
// Files run one at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
