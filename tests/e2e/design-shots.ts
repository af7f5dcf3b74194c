import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Checkin } from '@/utils/db/records';
import { generateHistory } from '../tools/seed-data';
import { expect, testInLanguage } from './fixtures';
import { seedLocked } from './lock-seed';
import { writeRecord } from './db';
import { seedHistory } from './seed';

// The journal (empty and with data, 1280 and 800 wide), insights, the summary to print (on screen, in
// print and as a PDF), options (each section), welcome and help, light and dark, English and Spanish,
// the factor surfaces (popup row, options section, insights section), and every page at 200 % zoom,
// into screenshots/design/ (or $SHOTS_DIR). Registered by screenshots.shots.ts.
const OUT = process.env.SHOTS_DIR ?? 'screenshots/design';
/** Only these page groups, e.g. SHOTS_ONLY=journal,options; all when unset. */
const ONLY = process.env.SHOTS_ONLY?.split(',') ?? null;
const wanted = (group: string) => !ONLY || ONLY.includes(group);

const LANGUAGES = [
  { name: 'en', locale: 'en-US', ui: 'en' },
  { name: 'es', locale: 'es-ES', ui: 'es' },
] as const;

const OPTION_SECTIONS = ['reminders', 'breaks', 'quiet', 'look', 'data', 'lock', 'help-region'] as const;

/** Check-ins over the last three weeks with factors: enough for two comparisons, too few for a third. */
function factorCheckins(): Checkin[] {
  const day = 24 * 60 * 60 * 1000;
  const make = (n: number, factors: string[], pleasantness: number, emotions: string[] = []): Checkin => ({
    id: `shot-factor-${n}`,
    at: Date.now() - (n + 1) * day * 0.7,
    pleasantness,
    energy: 1,
    emotions,
    body: [],
    factors,
    note: '',
    source: 'popup',
  });
  return [
    ...[3, 2, 1, 1, -1, 2, 1].map((p, i) => make(i, ['outdoors', 'movement'], p)),
    ...[2, -1, 0, -1, -2, -3, 0, 1].map((p, i) => make(10 + i, ['people'], p, i % 3 === 0 ? ['numb'] : [])),
    ...[1, -2].map((p, i) => make(20 + i, ['alcohol', 'people'], p)),
  ];
}

async function picture(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
}

export function registerDesignShots(): void {
  for (const language of LANGUAGES) {
    const test = testInLanguage(language);
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = `${language.name}-${scheme}`;
      test(`design pages, ${suffix}`, async ({ openPage, worker }) => {
        test.setTimeout(180_000);
        await mkdir(OUT, { recursive: true });
        const open = async (path: string, width: number, height = 800) => {
          const page = await openPage(path);
          await page.setViewportSize({ width, height });
          await page.emulateMedia({ colorScheme: scheme });
          return page;
        };
        let seeded = false;
        const seed = async () => {
          if (seeded) return;
          seeded = true;
          const offset = -new Date().getTimezoneOffset();
          await seedHistory(
            worker,
            generateHistory({ days: 45, seed: 7, perDay: 4, end: Date.now(), utcOffsetMin: offset }),
          );
        };
        if (wanted('welcome') || wanted('help')) {
          for (const name of ['welcome', 'help'].filter(wanted)) {
            const page = await open(`${name}.html`, 1280);
            await picture(page, `${name}-${suffix}`);
            await page.close();
          }
        }
        if (wanted('options')) {
          const page = await open('options.html', 1280);
          await picture(page, `options-${suffix}`);
          for (const section of OPTION_SECTIONS) {
            await page.locator(`.options-nav a[href="#${section}"]`).click();
            await page.waitForTimeout(150);
            await picture(page, `options-${section}-${suffix}`, false);
          }
          await page.close();
        }
        if (wanted('own-exercises')) {
          const own =
            language.name === 'en'
              ? {
                  title: 'Cold water',
                  steps: ['Run cold water over your wrists', 'Notice the cold, then the warmth'],
                }
              : {
                  title: 'Agua fría',
                  steps: ['Deja correr agua fría por tus muñecas', 'Nota el frío y luego el calor'],
                };
          await writeRecord(worker, 'exercises', {
            id: 'own:shot',
            title: own.title,
            steps: own.steps.map((text) => ({ text, seconds: 30 })),
            suits: ['ground', 'rest'],
            createdAt: Date.now(),
            updatedAt: Date.now(),
          });
          const options = await open('options.html', 1280);
          await options.locator('.options-nav a[href="#own-exercises"]').click();
          await options.waitForTimeout(150);
          await picture(options, `own-exercises-list-${suffix}`, false);
          await options.locator('#own-exercises').getByRole('button').nth(0).click();
          await options.locator('.own-form').waitFor();
          await options.locator('.own-form').scrollIntoViewIfNeeded();
          await picture(options, `own-exercises-form-${suffix}`, false);
          await options.close();
          const chooser = await open('break.html', 1280, 1400);
          await expect(chooser.locator('.exercise-option.own').first()).toBeVisible();
          await picture(chooser, `own-exercises-break-list-${suffix}`);
          await chooser.locator('.exercise-option.own').first().click();
          await picture(chooser, `own-exercises-break-intro-${suffix}`, false);
          await chooser.close();
        }
        if (wanted('journal')) {
          for (const width of [1280, 800]) {
            const page = await open('journal.html', width);
            await expect(page.locator('.timeline')).toBeVisible();
            await picture(page, `journal-empty-${width}-${suffix}`);
            await page.close();
          }
          await seed();
          for (const width of [1280, 800]) {
            const page = await open('journal.html', width, 1400);
            await expect(page.getByRole('article').first()).toBeVisible();
            await picture(page, `journal-data-${width}-${suffix}`, false);
            await page.close();
          }
          const insights = await open('journal.html#insights', 1280);
          await expect(insights.getByRole('figure').first()).toBeVisible();
          await picture(insights, `insights-${suffix}`);
          await insights.close();
        }
        if (wanted('factors')) {
          const popup = await open('popup.html', 384, 900);
          await popup.locator('details.factors summary').click();
          const chips = popup.locator('.factor-chips button');
          await chips.nth(1).click();
          await chips.nth(2).click();
          await picture(popup, `popup-factors-${suffix}`);
          await popup.close();
          const options = await open('options.html', 1280);
          await options.locator('.options-nav a[href="#factors"]').click();
          await options.waitForTimeout(150);
          await picture(options, `options-factors-${suffix}`, false);
          await options.close();
          await seedHistory(worker, { checkins: factorCheckins(), entries: [], breaks: [] });
          const insights = await open('journal.html#insights', 1280, 1000);
          const section = insights.locator('.factors-insight');
          await expect(section.locator('li').first()).toBeVisible();
          await insights.waitForTimeout(200);
          await section.screenshot({ path: `${OUT}/insights-factors-${suffix}.png` });
          await insights.close();
        }
        if (wanted('zoom')) {
          // A 1280 × 800 window at 200 % zoom lays pages out in 640 × 400 CSS pixels.
          await seed();
          const pages = [
            ['journal', 'journal.html'],
            ['insights', 'journal.html#insights'],
            ['options', 'options.html'],
            ['welcome', 'welcome.html'],
            ['help', 'help.html'],
            ['break-list', 'break.html?origin=popup'],
            ['break-ready', 'break.html?origin=popup&exercise=box_breathing'],
            ['summary', 'summary.html'],
          ] as const;
          for (const [name, path] of pages) {
            const page = await open(path, 640, 400);
            await page.locator('h1').first().waitFor();
            await picture(page, `zoom-${name}-${suffix}`);
            await page.close();
          }
        }
        if (wanted('summary')) {
          await seed();
          const page = await open('summary.html', 1280);
          await page.getByRole('checkbox').last().check();
          await expect(page.getByRole('figure').first()).toBeVisible();
          await expect(page.locator('.summary-notes li').first()).toBeVisible();
          await picture(page, `summary-${suffix}`);
          // About the width of an A4 page, as the print window lays it out.
          await page.setViewportSize({ width: 794, height: 1123 });
          await page.emulateMedia({ media: 'print', colorScheme: scheme });
          await picture(page, `summary-print-${suffix}`);
          await page.pdf({ path: `${OUT}/summary-${suffix}.pdf`, format: 'A4' });
          await page.close();
          // With the lock on, choosing notes asks for the passphrase.
          await seedLocked(worker);
          const locked = await open('summary.html', 1280, 1000);
          await locked.getByRole('checkbox').last().check();
          await expect(locked.getByLabel(/passphrase|frase/i)).toBeVisible();
          await picture(locked, `summary-locked-${suffix}`, false);
          await locked.close();
        }
      });
    }
  }
}
