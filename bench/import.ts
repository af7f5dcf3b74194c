import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unfold } from '../tests/e2e/fold';
import { exportOfTinyEntries, LARGEST_IMPORT_ENTRIES } from '../tests/tools/big-export';

/**
 * The largest import as a person lives it, on the options page: from choosing the file until the
 * preview shows (read and checked in a worker), and from Import until "Done" (the write).
 */
export async function largestImportMs(
  options: Page,
  dir: string,
): Promise<{ checkMs: number; writeMs: number; mb: number }> {
  const text = exportOfTinyEntries(LARGEST_IMPORT_ENTRIES);
  const file = path.join(dir, 'largest.json');
  await writeFile(file, text);
  const section = options.getByRole('region', { name: 'Your data' });
  await unfold(section, 'Bring back a copy');
  const chosen = Date.now();
  await section.getByLabel('Export file to import').setInputFiles(file);
  await section.getByRole('heading', { name: 'What this file holds' }).waitFor({ timeout: 300_000 });
  const previewed = Date.now();
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await section.getByText(/^Done\./).waitFor({ timeout: 600_000 });
  return {
    checkMs: previewed - chosen,
    writeMs: Date.now() - previewed,
    mb: Buffer.byteLength(text) / 1_048_576,
  };
}
