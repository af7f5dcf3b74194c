import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readStore } from './db';
import { expect, test } from './fixtures';
import { seedLocked } from './lock-seed';
import { waitForPlannedAlarm } from './scheduler-state';
import { unfold } from './fold';
import { exportOfTinyEntries, LARGEST_IMPORT_ENTRIES } from '../tools/big-export';
import { MAX_IMPORT_BYTES } from '../../utils/data/format';

async function openData(page: Page) {
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section).toBeVisible();
  await unfold(section, 'Bring back a copy');
  return section;
}

test('the largest file is read and checked off the page: progress shows, Cancel stops it, nothing is written', async ({
  openPage,
  worker,
}, testInfo) => {
  await waitForPlannedAlarm(worker);
  // The largest file the import accepts.
  const big = exportOfTinyEntries(LARGEST_IMPORT_ENTRIES);
  expect(big.length).toBeGreaterThan(45 * 1024 * 1024);
  expect(big.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = path.join(testInfo.outputDir, 'largest.json');
  await writeFile(file, big);

  const page = await openPage('options.html');
  const section = await openData(page);
  await section.getByLabel('Export file to import').setInputFiles(file);
  await expect(section.getByRole('progressbar')).toBeVisible();
  // The page answers while the file is checked: the Cancel button is there and works.
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('progressbar')).toHaveCount(0);
  await expect(section.getByLabel('Export file to import')).toBeFocused();
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toHaveCount(0);
  expect(await readStore(worker, 'entries')).toEqual([]);

  // A file checked to the end in the worker is previewed and imported as before.
  await section.getByLabel('Export file to import').setInputFiles({
    name: 'small.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportOfTinyEntries(3, 'a quiet morning')),
  });
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toBeFocused();
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(async () => (await readStore(worker, 'entries')).length).toBe(3);
});

test('with the lock on, Cancel stops an import while its texts are encrypted, before anything is written', async ({
  openPage,
  worker,
}) => {
  test.setTimeout(120_000); // the lock's real key derivation, and 30,000 texts
  await seedLocked(worker);
  const before = await readStore(worker, 'entries');
  const page = await openPage('options.html');
  const section = await openData(page);
  await section.getByLabel('Export file to import').setInputFiles({
    name: 'many.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportOfTinyEntries(30_000, 'words to be sealed')),
  });
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toBeFocused();
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Encrypting the imported texts with your lock…')).toBeVisible();
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByText('Encrypting the imported texts with your lock…')).toHaveCount(0);
  // Back to the preview, nothing written: the file can still be imported, or left.
  await expect(section.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  expect(await readStore(worker, 'entries')).toEqual(before);
});
