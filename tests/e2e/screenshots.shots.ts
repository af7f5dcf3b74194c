import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateHistory } from '../tools/seed-data';
import { expect, launchExtension, test } from './fixtures';
import { seedHistory } from './seed';
import { registerCareShots } from './care-shots';
import { registerFlowShots } from './flow-shots';
import { registerDesignShots } from './design-shots';
import { registerStoreShots } from './store-shots';

// `npm run screenshots`: a PNG of every page of the production build, light and dark, in screenshots/.
const OUT = 'screenshots';

const PAGES: { name: string; path: string; size: { width: number; height: number } }[] = [
  { name: 'popup', path: 'popup.html', size: { width: 384, height: 600 } },
  { name: 'journal', path: 'journal.html', size: { width: 1280, height: 800 } },
  { name: 'options', path: 'options.html', size: { width: 1280, height: 800 } },
  { name: 'break-choose', path: 'break.html', size: { width: 1280, height: 800 } },
  {
    name: 'break',
    path: 'break.html?exercise=box_breathing&origin=reminder',
    size: { width: 1280, height: 800 },
  },
  { name: 'help', path: 'help.html', size: { width: 1280, height: 800 } },
  { name: 'about-numbness', path: 'about-numbness.html', size: { width: 1280, height: 800 } },
];

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page, ${scheme}`, async ({ openPage }) => {
    await mkdir(OUT, { recursive: true });
    for (const { name, path, size } of PAGES) {
      const page = await openPage(path);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `${name}-${scheme}`);
      await page.close();
    }
  });
}

// Store listing pictures (1280×800, English and Spanish) into screenshots/store/.
registerStoreShots();

// The care pages in English and Spanish into screenshots/care/.
registerCareShots();

// The check-in and the break, step by step, in English and Spanish into screenshots/flow/.
registerFlowShots();
// Journal, insights, options, welcome and help in English and Spanish into screenshots/design/.
registerDesignShots();

// The journal as someone a year in sees it: seeded with generated history ending now. The timeline
// loads more days as it scrolls, so it is pictured as a tall window rather than a "full page".
for (const scheme of ['light', 'dark'] as const) {
  test(`journal with a year of data, ${scheme}`, async ({ openPage, worker }) => {
    await mkdir(OUT, { recursive: true });
    const offset = -new Date().getTimezoneOffset();
    await seedHistory(
      worker,
      generateHistory({ days: 400, seed: 5, perDay: 8, end: Date.now(), utcOffsetMin: offset }),
    );
    const journal = await openPage('journal.html');
    await journal.setViewportSize({ width: 1280, height: 1800 });
    await journal.emulateMedia({ colorScheme: scheme });
    await expect(journal.getByRole('article').first()).toBeVisible();
    await journal.screenshot({ path: `${OUT}/journal-data-${scheme}.png` });
    await journal.close();

    const insights = await openPage('journal.html#insights');
    await insights.setViewportSize({ width: 1280, height: 800 });
    await insights.emulateMedia({ colorScheme: scheme });
    await expect(insights.getByRole('figure').first()).toBeVisible();
    await shoot(insights, `journal-insights-${scheme}`);
  });
}

// Options → Your data while a long export runs: the progress line and Cancel. The CPU is slowed
// (Chromium's own throttling) so the export lasts long enough to be pictured.
for (const locale of ['en', 'es'] as const) {
  const inLocale = test.extend({
    context: async ({ userDataDir }, use) => {
      const context = await launchExtension(userDataDir, { locale });
      await use(context);
      await context.close();
    },
  });
  for (const scheme of ['light', 'dark'] as const) {
    inLocale(`export in progress, ${locale}, ${scheme}`, async ({ context, worker, openPage }) => {
      test.setTimeout(180_000); // seeding 9,000 records and a throttled CPU take their time
      await mkdir(OUT, { recursive: true });
      await seedHistory(worker, generateHistory({ days: 900, seed: 3, perDay: 10, end: Date.now() }));
      const page = await openPage('options.html');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 30 });
      const download = locale === 'en' ? 'Download everything (JSON)' : 'Descargar todo (JSON)';
      await page.getByRole('button', { name: download }).click();
      await expect(page.locator('.export-progress progress')).toBeVisible({ timeout: 30_000 });
      await page.locator('.export-progress').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/export-progress-${locale}-${scheme}.png` });
      // Only the picture: Cancel is proven in utils/data's export tests, and under this throttling the export may end first.
    });
  }
}
