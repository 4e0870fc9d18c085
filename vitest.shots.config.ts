import { defineConfig } from 'vitest/config';

// `npm run screenshots`: the README's pictures, taken from the real build in Chromium.
// Kept out of `npm test` so tracked images only change when asked.
export default defineConfig({
  test: {
    include: ['tests/screenshots/**/*.shots.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
