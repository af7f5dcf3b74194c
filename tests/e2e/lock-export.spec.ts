import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { isEncryptedExport } from '../../utils/vault/export-envelope';
import { expect, test } from './fixtures';
import { unfold } from './fold';
import {
  CHECKINS,
  ENTRIES,
  PASSPHRASE,
  SECRETS,
  openSection,
  readPrivate,
  seedLocked,
  seedPlain,
} from './lock-seed';

const FILE_PASSPHRASE = 'a file for the other laptop';
const hasSecret = (text: string) => SECRETS.some((secret) => text.includes(secret));

/** Empties the record stores, as on a new device. */
async function emptyRecords(worker: Worker): Promise<void> {
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['checkins', 'entries', 'breaks'], 'readwrite');
          for (const store of ['checkins', 'entries', 'breaks']) tx.objectStore(store).clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('an encrypted export holds no text, and comes back only with its passphrase', async ({
  worker,
  openPage,
}) => {
  await seedPlain(worker);
  const { page, section } = await openSection(openPage, 'Your data');
  await section.getByLabel('Encrypt this file with a passphrase').check();
  await section.getByLabel('Passphrase for the file', { exact: true }).fill(FILE_PASSPHRASE);
  await section.getByLabel('Repeat the passphrase for the file').fill(FILE_PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download everything (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^thaw-export-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
  const saved = test.info().outputPath('encrypted.json');
  await download.saveAs(saved);
  const text = await readFile(saved, 'utf8');
  expect(hasSecret(text)).toBe(false);
  expect(isEncryptedExport(JSON.parse(text))).toBe(true);

  await emptyRecords(worker);
  await unfold(section, 'Bring back a copy');
  await section.getByLabel('Export file to import').setInputFiles(saved);
  await expect(
    section.getByText('This file is encrypted. Enter the passphrase it was saved with.'),
  ).toBeVisible();
  const field = section.getByLabel('Passphrase for this file');
  await expect(field).toBeFocused();
  await field.fill('a file for the other laptop?');
  await section.getByRole('button', { name: 'Open the file' }).click();
  await expect(section.getByRole('alert')).toHaveText(
    'That passphrase doesn’t open this file. Nothing was changed; check it and try again.',
  );
  await expect(field).toHaveValue('a file for the other laptop?');
  expect(await readPrivate(worker)).toEqual({ checkins: [], entries: [], vault: undefined });

  await field.fill(FILE_PASSPHRASE);
  await section.getByRole('button', { name: 'Open the file' }).click();
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toBeFocused();
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Done. 3 records were added.')).toBeVisible();
  expect(await readPrivate(worker)).toEqual({ checkins: CHECKINS, entries: ENTRIES, vault: undefined });
});

test('a damaged encrypted file gets its own message and changes nothing', async ({ worker, openPage }) => {
  await seedPlain(worker);
  const before = await readPrivate(worker);
  const { section } = await openSection(openPage, 'Your data');
  await unfold(section, 'Bring back a copy');
  await section.getByLabel('Export file to import').setInputFiles({
    name: 'thaw-export.encrypted.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'thaw-encrypted-export', v: 1, iv: '', ct: 'x' })),
  });
  await expect(section.getByRole('alert')).toHaveText(
    'This encrypted file is damaged, so it can’t be opened. Nothing was changed.',
  );
  expect(await readPrivate(worker)).toEqual(before);
});

test('while the lock is on, an export asks for the passphrase and holds readable text; an import is stored sealed', async ({
  worker,
  openPage,
}) => {
  await seedLocked(worker);
  const { page, section } = await openSection(openPage, 'Your data');
  await section.getByRole('button', { name: 'Download everything (JSON)' }).click();
  await expect(section.getByText(/The lock is on, so your passphrase is needed/)).toBeVisible();
  await expect(section.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type('blue kettle in the sun');
  await section.getByRole('button', { name: 'Unlock and export' }).click();
  await expect(section.getByRole('alert')).toContainText('doesn’t open the lock');

  await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Unlock and export' }).click();
  const download = await downloading;
  const file = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as Record<string, unknown>;
  // Oldest first, as every export lists records.
  const oldestFirst = [...CHECKINS].sort((a, b) => a.at - b.at);
  expect(file).toMatchObject({ format: 'thaw-export', checkins: oldestFirst, entries: ENTRIES });
  await expect(section.getByRole('button', { name: 'Download everything (JSON)' })).toBeFocused();

  // A copy from elsewhere, brought in while the lock is on: its words never land readable.
  const words = 'brought in from the old laptop';
  const imported = { ...file, checkins: [], entries: [{ ...ENTRIES[0], id: 'e-new', text: words }] };
  await unfold(section, 'Bring back a copy');
  await section.getByLabel('Export file to import').setInputFiles({
    name: 'copy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(imported)),
  });
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Done. 1 record was added.', { exact: false })).toBeVisible();
  const stored = await readPrivate(worker);
  expect(JSON.stringify(stored)).not.toContain(words);
  expect(hasSecret(JSON.stringify(stored))).toBe(false);
  expect(stored.entries.find((entry) => entry.id === 'e-new')?.locked?.vault).toBe(stored.vault?.id);
});
