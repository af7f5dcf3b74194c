import { defineConfig } from '@playwright/test';

// End-to-end tests drive the production build (.output/chrome-mv3) in a real Chromium.
// Each test starts its own browser with a fresh profile, so tests run in parallel safely.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  projects: [
    { name: 'e2e', testMatch: /.*\.spec\.ts$/ },
    { name: 'screenshots', testMatch: /screenshots\.shots\.ts$/ },
    { name: 'bench', testDir: 'bench', testMatch: /.*\.bench\.ts$/, workers: 1 },
  ],
});
