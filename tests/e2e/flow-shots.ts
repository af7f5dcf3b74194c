import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { testInLanguage } from './fixtures';

// The check-in and the break, light and dark, in English (browser en-US) and Spanish (browser es-ES),
// into screenshots/flow/: the popup (384×600) with the dot in each quadrant, the exercise list, and
// a break ready, running (breathing, and a step-by-step exercise), at its done moment and with
// "how do you feel now". Registered by screenshots.shots.ts.
const OUT = 'screenshots/flow';

const LANGUAGES = [
  { name: 'en', locale: 'en-US', ui: 'en' },
  { name: 'es', locale: 'es-ES', ui: 'es' },
] as const;

const QUADRANTS = [
  ['high-pleasant', 0.85, 0.15],
  ['high-unpleasant', 0.15, 0.15],
  ['low-unpleasant', 0.15, 0.85],
  ['low-pleasant', 0.85, 0.85],
] as const;

async function shoot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
}

export function registerFlowShots(): void {
  for (const language of LANGUAGES) {
    const test = testInLanguage(language);
    for (const scheme of ['light', 'dark'] as const) {
      test(`check-in and break, ${language.name}, ${scheme}`, async ({ openPage }) => {
        test.setTimeout(120_000);
        await mkdir(OUT, { recursive: true });
        const suffix = `${language.name}-${scheme}`;

        const popup = await openPage('popup.html');
        await popup.setViewportSize({ width: 384, height: 600 });
        await popup.emulateMedia({ colorScheme: scheme });
        await shoot(popup, `popup-unplaced-${suffix}`);
        const box = await popup.getByTestId('mood-pad').boundingBox();
        if (!box) throw new Error('the mood pad is not visible');
        for (const [name, x, y] of QUADRANTS) {
          await popup.mouse.click(box.x + box.width * x, box.y + box.height * y);
          await popup.locator('.quadrant-words').waitFor();
          await popup.waitForTimeout(200);
          await shoot(popup, `popup-${name}-${suffix}`);
        }
        await popup.close();

        const page = await openPage('break.html?origin=popup');
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('.exercise-option').first().waitFor();
        await shoot(page, `break-list-${suffix}`, true);

        for (const id of ['box_breathing', 'stretch_move'] as const) {
          await page.goto(page.url().replace(/break\.html.*/, `break.html?origin=popup&exercise=${id}`));
          await page.locator('.quick-choice').nth(2).click();
          await shoot(page, `break-ready-${id}-${suffix}`);
          await page.locator('.start').click();
          await page.locator('.player').waitFor();
          await page.waitForTimeout(1_500);
          await shoot(page, `break-running-${id}-${suffix}`);
        }
        await page.locator('.player-controls button').nth(1).click();
        await page.locator('.done-moment').waitFor();
        await page.waitForTimeout(1_800);
        await shoot(page, `break-done-${suffix}`);
        await page.locator('.after-ask').waitFor();
        await shoot(page, `break-after-${suffix}`);
      });
    }
  }
}
