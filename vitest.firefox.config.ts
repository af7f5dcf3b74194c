import { defineConfig } from 'vitest/config';

// The Firefox suite (tests/firefox): the production Firefox build in a real Firefox, one browser, in order.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
