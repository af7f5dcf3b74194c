import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { markNextClick } from './export';
import { median } from './report';

/**
 * The whole export, to the last byte on disk: milliseconds from the click until the browser has
 * written the file, and its size; checked to hold `records` records.
 */
export async function exportToDisk(options: Page, records: number): Promise<{ ms: number; bytes: number }> {
  const clickedAt = await markNextClick(options);
  const download = options.waitForEvent('download', { timeout: 120_000 });
  await options.getByRole('button', { name: 'Download everything (JSON)' }).click();
  const file = await (await download).path();
  const ms = Date.now() - (await clickedAt());
  const text = await readFile(file ?? '', 'utf8');
  const parsed = JSON.parse(text) as Record<string, unknown[]>;
  const found = ['checkins', 'entries', 'breaks'].reduce(
    (sum, store) => sum + (parsed[store]?.length ?? 0),
    0,
  );
  if (found !== records) throw new Error(`the exported file holds ${found} records, not ${records}`);
  return { ms, bytes: Buffer.byteLength(text) };
}

/**
 * Median time to save a check-in from the popup (a word, then Save, until it says thank you), over
 * `saves` saves.
 */
export async function popupSaveMs(context: BrowserContext, url: string, saves: number): Promise<number> {
  const page = await context.newPage();
  const times: number[] = [];
  for (let i = 0; i < saves + 1; i++) {
    await page.goto(url);
    await page.getByRole('button', { name: 'Numb', exact: true }).click();
    const started = Date.now();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Thank you' }).first().waitFor();
    if (i > 0) times.push(Date.now() - started);
  }
  await page.close();
  return median(times);
}

/** What the extension's origin keeps on disk, in MB, as the browser counts it. */
export async function storageMb(page: Page): Promise<number> {
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  return Math.round(usage / 104_857.6) / 10;
}
