import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { waitForPlannedAlarm } from './scheduler-state';
import { unfold } from './fold';

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
/** An entry whose writer typed tags on purpose: imported as written, named in the preview. */
const MARKUP_ENTRY = {
  id: 'e-2',
  createdAt: DAY + 22 * 3_600_000,
  updatedAt: DAY + 22 * 3_600_000,
  text: 'I typed <b>bold</b> here, just because.',
  tags: [],
};

async function seed(worker: Worker) {
  await waitForPlannedAlarm(worker); // the worker's start-up writes are done
  for (const record of CHECKINS) await writeRecord(worker, 'checkins', record);
  for (const record of ENTRIES) await writeRecord(worker, 'entries', record);
  for (const record of BREAKS) await writeRecord(worker, 'breaks', record);
  await writeRecord(worker, 'settings', { reminderEveryMin: 35 }, 'settings');
}

/** A version 1 export holding just these records. */
const exportOf = (records: { checkins?: unknown[]; entries?: unknown[] }) => ({
  format: 'thaw-export',
  version: 1,
  exportedAt: DAY,
  settings: {},
  checkins: [],
  entries: [],
  breaks: [],
  ...records,
});

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
  expect(json).toMatchObject({ format: 'thaw-export', version: 2, checkins: CHECKINS, entries: ENTRIES });

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
  await unfold(section, 'Bring back a copy');
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

test('Your data says the browser keeps what Thaw stores (unlimitedStorage)', async ({ openPage }) => {
  const { section } = await openData(openPage);
  await expect(
    section.getByText('Kept on this device: yes. The browser will not clear it to make room.'),
  ).toBeVisible();
  await expect(section.getByText('The browser may clear it', { exact: false })).toHaveCount(0);
});

test('an export holds what was just written, edited and deleted in the popup and the journal', async ({
  openPage,
}) => {
  // Written through the product itself, so the export holds what the pages really wrote.
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByText('Add body and a note').click();
  await popup.getByLabel('Note (optional)').fill('a note from the popup');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Thank you');

  const journal = await openPage('journal.html');
  const days = journal.getByRole('region', { name: 'Your days' });
  for (const text of ['first draft of a thought', 'an entry to throw away']) {
    await journal.getByLabel('Your words').fill(text);
    await journal.getByRole('button', { name: 'Save entry' }).click();
    await expect(days).toContainText(text);
  }
  const thrownAway = days.getByRole('article').filter({ hasText: 'an entry to throw away' });
  await thrownAway.getByRole('button', { name: 'Delete' }).click();
  await expect(journal.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
  await days
    .getByRole('article')
    .filter({ hasText: 'first draft' })
    .getByRole('button', { name: 'Edit' })
    .click();
  await journal.getByLabel('Your words').fill('the thought, finished');
  await journal.getByRole('button', { name: 'Save changes' }).click();
  await expect(days).toContainText('the thought, finished');

  const { page, section } = await openData(openPage);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download everything (JSON)' }).click();
  const file = JSON.parse(await readFile((await (await downloading).path()) ?? '', 'utf8')) as {
    checkins: { note: string; emotions: string[] }[];
    entries: { text: string }[];
  };
  expect(file.checkins).toMatchObject([{ note: 'a note from the popup', emotions: ['numb'] }]);
  expect(file.entries.map((entry) => entry.text)).toEqual(['the thought, finished']);
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
    '\uFEFF"id","time","pleasantness","energy","feelings","body","factors","note","source","break_id"',
    `"c-1","2026-11-02T09:00:00.000Z",-2,-3,"numb; cant_tell","heavy_limbs","","'=1+1, said ""enough"" — café","popup",`,
    '"c-2","2026-11-02T15:00:00.000Z",,,"","","","","after_break","b-1"',
    '',
  ]);
});

test('a damaged file gets its own kind message; a file with script is previewed with a notice; Cancel changes nothing', async ({
  worker,
  openPage,
}) => {
  await seed(worker);
  const before = await readEverything(worker);
  const { section } = await openData(openPage);
  await unfold(section, 'Bring back a copy');
  const input = section.getByLabel('Export file to import');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "thaw-export", "version": 1, "check'),
  });
  await expect(section.getByRole('alert')).toHaveText(
    "This file isn't readable JSON, so it may be damaged or not a Thaw export. Nothing was changed.",
  );
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toHaveCount(0);

  // Text that looks like script is not refused (a user may have typed it), but named first.
  const entries = [{ ...ENTRIES[0], id: 'e-9', text: '<script>alert(1)</script>' }];
  await input.setInputFiles({
    name: 'script.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exportOf({ entries }))),
  });
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toBeFocused();
  await expect(
    section.getByText(
      '1 record holds text that looks like HTML or script: journal entry “e-9” (text). Thaw keeps it as plain text; it is shown just as written and never runs.',
    ),
  ).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('heading', { name: 'What this file holds' })).toHaveCount(0);
  await expect(section.getByLabel('Export file to import')).toBeFocused();
  expect(await readEverything(worker)).toEqual(before);
});

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
];

test('an imported file carrying injection payloads shows them in the journal as literal text, and none runs', async ({
  worker,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  // Minutes ago, so the journal's first page of the timeline shows every record.
  const now = Date.now();
  const checkins = PAYLOADS.map((payload, i) => ({
    ...CHECKINS[0],
    id: `inj-c${i + 1}`,
    at: now - (i + 1) * 60_000,
    note: `Note ${i + 1}: ${payload}`,
  }));
  const entries = PAYLOADS.map((payload, i) => ({
    id: `inj-e${i + 1}`,
    createdAt: now - (i + 10) * 60_000,
    updatedAt: now - (i + 10) * 60_000,
    text: `Entry ${i + 1}: ${payload}`,
    tags: [payload],
  }));

  const { page: options, section } = await openData(openPage);
  await unfold(section, 'Bring back a copy');
  await section.getByLabel('Export file to import').setInputFiles({
    name: 'payloads.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exportOf({ checkins, entries }))),
  });
  // The "javascript:" one is no markup; the other three check-ins and three entries are named.
  await expect(
    section.getByText(
      '6 records hold text that looks like HTML or script: check-in “inj-c1” (note), check-in “inj-c2” (note), check-in “inj-c3” (note) and 3 more. Thaw keeps it as plain text; it is shown just as written and never runs.',
    ),
  ).toBeVisible();
  expect(await readStore(worker, 'checkins')).toEqual([]);
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Done. 8 records were added.')).toBeVisible();

  // Stored exactly as written.
  expect(await readStore(worker, 'checkins')).toEqual(checkins);
  expect(await readStore(worker, 'entries')).toEqual(entries);

  const journal = await openPage('journal.html');
  const timeline = journal.getByRole('region', { name: 'Your days' });
  for (const [i, payload] of PAYLOADS.entries()) {
    await expect(timeline.getByText(`Note ${i + 1}: ${payload}`, { exact: true })).toBeVisible();
    const entry = timeline.getByRole('article').filter({ hasText: `Entry ${i + 1}: ${payload}` });
    await expect(entry.getByText(`Entry ${i + 1}: ${payload}`, { exact: true })).toBeVisible();
    await expect(entry.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([payload]);
  }

  await timeline.screenshot({ path: test.info().outputPath('journal-payloads.png') });

  // Searched for, the payloads are marked and still shown as text.
  await journal.getByLabel('Search your journal').fill('<script>');
  const results = journal.getByRole('region', { name: 'Search results' });
  await expect(results.getByText(`Note 2: ${PAYLOADS[1]}`, { exact: true })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText('<script>');

  for (const page of [journal, options]) {
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
    await expect(page.locator('script', { hasText: '__pwned' })).toHaveCount(0);
  }
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
    await unfold(section, 'Bring back a copy');
    await section.getByLabel('Export file to import').setInputFiles({
      name: 'copy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ checkins: CHECKINS, entries: [...ENTRIES, MARKUP_ENTRY] })),
    });
    await expect(
      section.getByText('1 record holds text that looks like HTML', { exact: false }),
    ).toBeVisible();
    await expect(section.getByText('1 of these is already here', { exact: false })).toHaveCount(0);
    await expect(
      section.getByText('3 of these are already here and would be skipped when adding.'),
    ).toBeVisible();
    await section.getByRole('button', { name: 'Delete everything…' }).click();
    await expectNoSeriousA11yViolations(page);
    await section.screenshot({ path: test.info().outputPath(`data-${scheme}.png`) });
  });
}
