import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,build,bench,tests/unit,tests/firefox}/**/*.test.{ts,tsx}'],
    // The Firefox suite itself runs in a real browser (vitest.firefox.config.ts).
    exclude: [...configDefaults.exclude, '**/*.firefox.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
