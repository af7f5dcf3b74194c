import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { writeRecord } from './db';
import { launchExtension, test as base } from './fixtures';

// Store listing pictures: 1280×800 (the size both stores take), light, in English and Spanish,
// from the production build, into screenshots/store/. Registered by screenshots.shots.ts.
const OUT = 'screenshots/store';
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 384, height: 600 };

const STORE_PAGES = [
  { name: '2-break', path: 'break.html?exercise=box_breathing&origin=reminder' },
  { name: '3-journal', path: 'journal.html' },
  { name: '4-help', path: 'help.html' },
  { name: '5-options', path: 'options.html' },
];

/** The calm word picked in the popup shot, and a few notes for the journal, in each language. */
const SAMPLE = {
  en: { word: 'Calm', notes: ['Slow morning, tea by the window.', 'Long meeting. Shoulders up again.', ''] },
  es: {
    word: 'Calma',
    notes: ['Mañana lenta, té junto a la ventana.', 'Reunión larga. Hombros tensos otra vez.', ''],
  },
} as const;

const HOUR = 60 * 60 * 1000;

/** A few check-ins over the last days, so the journal is not empty. */
function sampleCheckins(notes: readonly string[], now: number) {
  const points = [
    { pleasantness: 3, energy: -2, emotions: ['calm', 'grateful'], body: ['loose'] },
    { pleasantness: -3, energy: 3, emotions: ['stressed'], body: ['tense_shoulders'] },
    { pleasantness: -2, energy: -3, emotions: ['numb', 'tired'], body: ['heavy_limbs'] },
  ];
  return points.map((point, i) => ({
    id: `store-sample-${i}`,
    at: now - (i * 26 + 2) * HOUR,
    ...point,
    note: notes[i] ?? '',
    source: 'popup',
  }));
}

/** Centres the popup on a 1280×800 canvas, as it looks below the toolbar button. */
async function framePopup(page: Page, popupPng: Buffer, path: string): Promise<void> {
  await page.setViewportSize(SIZE);
  await page.setContent(
    `<body style="margin:0;height:100vh;display:grid;place-items:center;background:#dde8e9">
      <img alt="" src="data:image/png;base64,${popupPng.toString('base64')}"
        style="border-radius:10px;box-shadow:0 12px 40px rgba(20,50,55,.25)"></body>`,
  );
  await page.screenshot({ path });
}

export function registerStoreShots(): void {
  for (const locale of ['en', 'es'] as const) {
    const test = base.extend({
      context: async ({ userDataDir }, use) => {
        const context = await launchExtension(userDataDir, { locale });
        await use(context);
        await context.close();
      },
    });

    test(`store pictures, ${locale}`, async ({ openPage, worker, context }) => {
      await mkdir(OUT, { recursive: true });
      const now = Date.now();
      for (const checkin of sampleCheckins(SAMPLE[locale].notes, now))
        await writeRecord(worker, 'checkins', checkin);

      const popup = await openPage('popup.html');
      await popup.setViewportSize(POPUP);
      const pad = popup.getByTestId('mood-pad');
      const box = await pad.boundingBox();
      if (!box) throw new Error('the mood pad is not visible');
      await popup.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.7);
      await popup.getByRole('button', { name: SAMPLE[locale].word, exact: true }).click();
      await popup.waitForLoadState('networkidle');
      await framePopup(await context.newPage(), await popup.screenshot(), `${OUT}/${locale}-1-popup.png`);

      for (const { name, path } of STORE_PAGES) {
        const page = await openPage(path);
        await page.setViewportSize(SIZE);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${OUT}/${locale}-${name}.png` });
        await page.close();
      }
    });
  }
}
