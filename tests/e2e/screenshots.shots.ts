import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test } from './fixtures';

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
