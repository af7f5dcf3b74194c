import { mkdir } from 'node:fs/promises';
import { testInLanguage } from './fixtures';

// The care pages (help, the popup's heavy-word card, About feeling numb), light and dark, in English
// (browser en-US) and Spanish (browser es-ES), into screenshots/care/. Registered by screenshots.shots.ts.
const OUT = 'screenshots/care';

const LANGUAGES = [
  { name: 'en', locale: 'en-US', ui: 'en', filter: 'hopeless', word: 'Hopeless', save: 'Save' },
  { name: 'es', locale: 'es-ES', ui: 'es', filter: 'desesper', word: 'Desesperanza', save: 'Guardar' },
] as const;

export function registerCareShots(): void {
  for (const language of LANGUAGES) {
    const test = testInLanguage(language);
    for (const scheme of ['light', 'dark'] as const) {
      test(`care pages, ${language.name}, ${scheme}`, async ({ openPage }) => {
        await mkdir(OUT, { recursive: true });
        const suffix = `${language.name}-${scheme}`;
        for (const [name, path] of [
          ['help', 'help.html'],
          ['about-numbness', 'about-numbness.html'],
        ] as const) {
          const page = await openPage(path);
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: `${OUT}/${name}-${suffix}.png`, fullPage: true });
          await page.close();
        }
        const popup = await openPage('popup.html');
        await popup.setViewportSize({ width: 384, height: 600 });
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.getByRole('searchbox').fill(language.filter);
        await popup.getByRole('button', { name: language.word, exact: true }).click();
        await popup.getByRole('button', { name: language.save }).click();
        await popup.getByRole('region').first().waitFor();
        await popup.waitForTimeout(300);
        await popup.screenshot({ path: `${OUT}/popup-heavy-${suffix}.png`, fullPage: true });
      });
    }
  }
}
