import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { waitForPlannedAlarm } from './scheduler-state';

const DAY = Date.UTC(2026, 10, 2);
const CHECKINS = [
  {
    id: 'c-1',
    at: DAY + 9 * 3_600_000,
    pleasantness: -2,
    energy: -3,
    emotions: ['numb', 'cant_tell'],
    body: ['heavy_limbs'],
    note: '=1+1, said "enough" — café',
    source: 'popup',
  },
  {
    id: 'c-2',
    at: DAY + 15 * 3_600_000,
    pleasantness: null,
    energy: null,
    emotions: [],
    body: [],
    note: '',
    source: 'after_break',
    breakId: 'b-1',
  },
];
const ENTRIES = [
  {
    id: 'e-1',
    createdAt: DAY + 20 * 3_600_000,
    updatedAt: DAY + 21 * 3_600_000,
    text: 'A walk helped.\nThen tea.',
    tags: ['walk'],
  },
];
const BREAKS = [
  {
    id: 'b-1',
    at: DAY + 14 * 3_600_000,
    endedAt: DAY + 14 * 3_600_000 + 180_000,
    outcome: 'completed',
    origin: 'reminder',
    exerciseId: 'box_breathing',
    snoozes: 1,
    afterCheckinId: 'c-2',
  },
];
const RECORD_STORES = ['checkins', 'entries', 'breaks'] as const;

async function seed(worker: Worker) {
  await waitForPlannedAlarm(worker); // the worker's start-up writes are done
  for (const record of CHECKINS) await writeRecord(worker, 'checkins', record);
  for (const record of ENTRIES) await writeRecord(worker, 'entries', record);
  for (const record of BREAKS) await writeRecord(worker, 'breaks', record);
  await writeRecord(worker, 'settings', { reminderEveryMin: 35 }, 'settings');
}

async function readEverything(worker: Worker) {
  const stores: Record<string, unknown[]> = {};
  for (const store of [...RECORD_STORES, 'settings']) stores[store] = await readStore(worker, store);
  return stores;
}

async function openData(openPage: (path: string) => Promise<Page>) {
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section).toBeVisible();
  return { page, section };
}

test('export, delete everything, import the file: every record comes back', async ({ worker, openPage }) => {
  await seed(worker);
  const { page, section } = await openData(openPage);

  // Export everything as JSON, through a real download.
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download everything (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^thaw-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = test.info().outputPath('export.json');
  await download.saveAs(exported);
  await expect(section.getByRole('status').first()).toHaveText(
    `Your copy is ready: ${download.suggestedFilename()}`,
  );
  const json = JSON.parse(await readFile(exported, 'utf8')) as Record<string, unknown>;
  expect(json).toMatchObject({ format: 'thaw-export', version: 1, checkins: CHECKINS, entries: ENTRIES });

  // Delete everything, behind the typed confirmation, from the keyboard.
  await section.getByRole('button', { name: 'Delete everything…' }).click();
  const confirmField = section.getByRole('textbox', { name: 'To confirm, type “delete”' });
  await expect(confirmField).toBeFocused();
  const confirm = section.getByRole('button', { name: 'Delete everything now' });
  await expect(confirm).toBeDisabled();
  await page.keyboard.type('delete');
  await expect(confirm).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(
    section.getByText('Everything is deleted. Your settings are back to their defaults.'),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Delete everything…' })).toBeFocused();
  expect(await readEverything(worker)).toEqual({ checkins: [], entries: [], breaks: [], settings: [] });
  // The settings fields on the same page follow: back to the default 50 minutes.
  const every = page.getByRole('spinbutton', { name: /Suggest a break after/ });
  await expect(every).toHaveValue('50');

  // Import the downloaded file: a preview first, nothing written until Import.
  await section.getByLabel('Export file to import').setInputFiles(exported);
  const heading = section.getByRole('heading', { name: 'What this file holds' });
  await expect(heading).toBeFocused();
  await expect(
    section.getByText('2 check-ins, 1 journal entry and 1 break.', { exact: false }),
  ).toBeVisible();
  await expect(section.getByText('None of it is here yet.')).toBeVisible();
  expect(await readStore(worker, 'checkins')).toEqual([]);
  await section.getByRole('radio', { name: /Replace everything here/ }).check();
  await expect(section.getByText('There is nothing here yet that would be removed.')).toBeVisible();
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Done. 4 records were added.')).toBeVisible();

  expect(await readStore(worker, 'checkins')).toEqual(CHECKINS);
  expect(await readStore(worker, 'entries')).toEqual(ENTRIES);
  expect(await readStore(worker, 'breaks')).toEqual(BREAKS);
  const [settings] = await readStore<{ reminderEveryMin: number }>(worker, 'settings');
  expect(settings?.reminderEveryMin).toBe(35);
  await expect(every).toHaveValue('35');
});

test('a CSV export quotes its cells and defuses formulas', async ({ worker, openPage }) => {
  await seed(worker);
  const { page, section } = await openData(openPage);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Check-ins' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^thaw-checkins-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.split('\r\n')).toEqual([
    '\uFEFF"id","time","pleasantness","energy","feelings","body","note","source","break_id"',
    `"c-1","2026-11-02T09:00:00.000Z",-2,-3,"numb; cant_tell","heavy_limbs","'=1+1, said ""enough"" — café","popup",`,
    '"c-2","2026-11-02T15:00:00.000Z",,,"","","","after_break","b-1"',
    '',
  ]);
});

test('a damaged or unsafe file gets its own kind message and changes nothing', async ({
  worker,
  openPage,
}) => {
  await seed(worker);
  const before = await readEverything(worker);
  const { section } = await openData(openPage);
  const input = section.getByLabel('Export file to import');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "thaw-export", "version": 1, "check'),
  });
  await expect(section.getByRole('alert')).toHaveText(
    "This file isn't readable JSON, so it may be damaged or not a Thaw export. Nothing was changed.",
  );

  const unsafe = {
    format: 'thaw-export',
    version: 1,
    exportedAt: DAY,
    settings: {},
    checkins: [],
    breaks: [],
  };
  const entries = [{ ...ENTRIES[0], id: 'e-9', text: '<script>alert(1)</script>' }];
  await input.setInputFiles({
    name: 'unsafe.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...unsafe, entries })),
  });
  await expect(section.getByRole('alert')).toHaveText(
    'Journal entry 1 in the file (id “e-9”) contains HTML or script in “text”. To keep your journal safe, Thaw does not import that. Nothing was changed.',
  );
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toHaveCount(0);
  expect(await readEverything(worker)).toEqual(before);
});

test('Escape closes the delete confirmation without deleting', async ({ worker, openPage }) => {
  await seed(worker);
  const { page, section } = await openData(openPage);
  const start = section.getByRole('button', { name: 'Delete everything…' });
  await start.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('delete');
  await page.keyboard.press('Escape');
  await expect(start).toBeFocused();
  expect(await readStore(worker, 'checkins')).toHaveLength(CHECKINS.length);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the data section passes axe and looks calm, ${scheme}`, async ({ worker, openPage }) => {
    await seed(worker);
    const { page, section } = await openData(openPage);
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(page);

    // With the preview and the delete confirmation open too.
    await section.getByLabel('Export file to import').setInputFiles({
      name: 'copy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ checkins: CHECKINS, entries: ENTRIES })),
    });
    await expect(section.getByText('1 of these is already here', { exact: false })).toHaveCount(0);
    await expect(
      section.getByText('3 of these are already here and would be skipped when adding.'),
    ).toBeVisible();
    await section.getByRole('button', { name: 'Delete everything…' }).click();
    await expectNoSeriousA11yViolations(page);
    await section.screenshot({ path: test.info().outputPath(`data-${scheme}.png`) });
  });
}
