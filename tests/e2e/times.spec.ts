import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { waitForPlannedAlarm } from './scheduler-state';
import { unfold } from './fold';

/** A safe integer just past the last moment a Date can hold. */
const PAST_DATES = 8.64e15 + 1;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('an import with a time past what a date can hold is refused kindly and changes nothing', async ({
  worker,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Your data' });
  const file = {
    format: 'thaw-export',
    version: 1,
    exportedAt: Date.now(),
    settings: {},
    checkins: [],
    entries: [],
    breaks: [{ id: 'b-far', at: PAST_DATES, outcome: 'natural', origin: 'idle', snoozes: 0 }],
  };
  await unfold(section, 'Bring back a copy');
  await section.getByLabel('Export file to import').setInputFiles({
    name: 'far.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(section.getByRole('alert')).toHaveText(
    'Break 1 in the file (id “b-far”) has a time in “at” that is not a date between 1970 and 2200. Nothing was changed.',
  );
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toHaveCount(0);
  await expect(section).not.toContainText('Invalid Date');
  expect(await readStore(worker, 'breaks')).toEqual([]);
});

test('records an older build let in with such times: the journal draws them as “Unknown date”, and search, CSV and delete work', async ({
  worker,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const now = Date.now();
  await writeRecord(worker, 'checkins', {
    id: 'c-today',
    at: now - 60_000,
    pleasantness: 1,
    energy: 0,
    emotions: ['calm'],
    body: [],
    note: 'words from today',
    source: 'popup',
  });
  await writeRecord(worker, 'entries', {
    id: 'e-far',
    createdAt: PAST_DATES,
    updatedAt: PAST_DATES,
    text: 'words from nowhen',
    tags: [],
  });
  await writeRecord(worker, 'breaks', {
    id: 'b-far',
    at: PAST_DATES,
    endedAt: PAST_DATES + 60_000,
    outcome: 'natural',
    origin: 'idle',
    snoozes: 0,
  });

  const journal = await openPage('journal.html');
  const errors = collectErrors(journal);
  const days = journal.getByRole('region', { name: 'Your days' });
  await expect(days.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(days).toContainText('words from today');
  const unknown = days.getByRole('region', { name: 'Unknown date' });
  await expect(unknown.getByRole('article')).toHaveCount(2);
  await expect(unknown).toContainText('words from nowhen');

  await journal.getByLabel('Search your journal').fill('words');
  const results = journal.getByRole('region', { name: 'Search results' });
  await expect(results).toContainText('words from today');
  await expect(results.getByRole('region', { name: 'Unknown date' })).toContainText('words from nowhen');
  await journal.getByRole('button', { name: 'Clear search' }).click();

  await unknown
    .getByRole('article')
    .filter({ hasText: 'words from nowhen' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(journal.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
  await expect.poll(async () => (await readStore(worker, 'entries')).length).toBe(0);
  await expect(days).toContainText('words from today');
  expect(errors).toEqual([]);

  const options = await openPage('options.html');
  const section = options.getByRole('region', { name: 'Your data' });
  const downloading = options.waitForEvent('download');
  await section.getByRole('button', { name: 'Breaks' }).click();
  const csv = await readFile((await (await downloading).path()) ?? '', 'utf8');
  expect(csv.split('\r\n')[1]).toBe(`"b-far",${PAST_DATES},${PAST_DATES + 60_000},"natural","idle",,0,,`);
});
