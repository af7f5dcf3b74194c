import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,build,bench,tests/unit}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
