import { defineConfig } from 'vitest/config';

// Firefox lane: puppeteer-core drives Debian's firefox-esr over WebDriver BiDi with the built
// MV2 extension installed as a temporary add-on. One file at a time (two cores).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
