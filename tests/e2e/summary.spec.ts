import type { Page, Worker } from '@playwright/test';
import { makeBreak, makeCheckin, makeEntry } from '../unit/factories';
import { expectNoSeriousA11yViolations } from './axe';
import { writeRecord } from './db';
import { expect, test } from './fixtures';
import { PASSPHRASE, seedLocked } from './lock-seed';
import { waitForPlannedAlarm } from './scheduler-state';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOTE = 'tight chest before the call';
const ENTRY = 'river at dusk with Sam';
/** A check-in forty days back: inside 90 days, outside 30. */
const OLD_NOTE = 'an older morning by the sea';

/** A month of check-ins with words and notes, breaks with a check-in before and after, an entry, and one older check-in. */
async function seedMonth(worker: Worker): Promise<void> {
  await waitForPlannedAlarm(worker); // the worker's start-up writes are done
  const now = Date.now();
  const records: { store: string; value: unknown }[] = [];
  for (let day = 1; day <= 6; day++) {
    const at = now - day * DAY;
    const before = makeCheckin({
      id: `before-${day}`,
      at,
      pleasantness: -2,
      energy: -1,
      emotions: ['tired'],
      factors: ['screens'],
    });
    const after = makeCheckin({
      id: `after-${day}`,
      at: at + 600_000,
      pleasantness: 1,
      energy: 0,
      emotions: ['calm'],
      source: 'after_break',
      factors: ['outdoors'],
    });
    records.push(
      { store: 'checkins', value: before },
      { store: 'checkins', value: after },
      {
        store: 'breaks',
        value: makeBreak({
          id: `break-${day}`,
          at: at + 60_000,
          endedAt: at + 540_000,
          exerciseId: 'box_breathing',
          beforeCheckinId: before.id,
          afterCheckinId: after.id,
        }),
      },
    );
  }
  records.push(
    {
      store: 'checkins',
      value: makeCheckin({ id: 'noted', at: now - 2 * HOUR, emotions: ['numb', 'cant_tell'], note: NOTE }),
    },
    {
      store: 'checkins',
      value: makeCheckin({ id: 'old', at: now - 40 * DAY, emotions: ['lonely'], note: OLD_NOTE }),
    },
    { store: 'entries', value: makeEntry({ id: 'entry', createdAt: now - 3 * HOUR, text: ENTRY }) },
  );
  for (const { store, value } of records) await writeRecord(worker, store, value);
}

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test('from insights, a 30-day summary with words and breaks prints those alone: no mood, no notes, no buttons', async ({
  worker,
  openPage,
}) => {
  await seedMonth(worker);
  const journal = await openPage('journal.html#insights');
  await journal.getByRole('link', { name: 'A summary to print' }).click();
  const page = journal;
  await expect(page).toHaveURL(/summary\.html$/);
  await expect(page.getByRole('heading', { name: 'A summary to print', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'The last 30 days' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Notes and journal entries/ })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Mood over time' }).uncheck();

  await expect(section(page, 'Feeling words')).toContainText('Tired');
  await expect(section(page, 'Feeling words')).not.toContainText('Lonely');
  await expect(section(page, /^Breaks and exercises/)).toContainText('Box breathing');
  // Six breaks from -2 to +1: the before/after change is stated (five or more).
  await expect(section(page, /^Breaks and exercises/)).toContainText('+3 on average, over 6 breaks');
  await expect(section(page, 'What goes with better days')).toContainText(
    'With “Time outdoors”, 6 of 6 check-ins were pleasant; without it, 0 of 6.',
  );
  await page.getByRole('checkbox', { name: 'What goes with better days' }).uncheck();

  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('article', { name: 'My Thaw summary' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(/The last 30 days: \w+ \d+, \d{4} to \w+ \d+, \d{4}/);
  await expect(sheet).toContainText(/Made on \w+ \d+, \d{4}\./);
  await expect(sheet).toContainText('It is not a diagnosis or medical advice.');
  await expect(section(page, 'Feeling words')).toBeVisible();
  await expect(section(page, /^Breaks and exercises/)).toBeVisible();
  await expect(section(page, 'Mood over time')).toHaveCount(0);
  await expect(section(page, 'What goes with better days')).toHaveCount(0);
  await expect(section(page, 'Notes and journal entries')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  const html = await page.content();
  for (const words of [NOTE, ENTRY, OLD_NOTE]) expect(html).not.toContain(words);
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.backgroundColor, style.color];
  });
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);

  // Ninety days reach the older check-in: the period is the one chosen.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'The last 90 days' }).check();
  await expect(section(page, 'Feeling words')).toContainText('Lonely');
  await expect(sheet).toContainText(/The last 90 days/);
});

test('with the lock on, choosing notes asks for the passphrase; after it the notes print', async ({
  worker,
  openPage,
}) => {
  test.setTimeout(90_000); // the lock's real key derivation, in Node and in the page
  await seedLocked(worker);
  const page = await openPage('summary.html');
  // What the lock leaves readable is there without the passphrase; no words are.
  await expect(section(page, 'Feeling words')).toBeVisible();
  await page.getByRole('checkbox', { name: /Notes and journal entries/ }).check();
  const ask = page.getByRole('group', { name: 'Your notes are locked' });
  await expect(ask).toBeVisible();
  await expect(section(page, 'Notes and journal entries')).toHaveCount(0);
  for (const words of ['tight chest', 'river at dusk']) expect(await page.content()).not.toContain(words);

  await ask.getByLabel('Passphrase').fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Unlock and include notes' }).click();
  const notes = section(page, 'Notes and journal entries');
  await expect(notes).toContainText('tight chest before the call');
  await expect(notes).toContainText('river at dusk with Sam');
  await expect(ask).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(notes).toBeVisible();
  await expect(notes.getByText('river at dusk with Sam')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeHidden();

  // Lock closes the texts again: the notes leave the page.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('group', { name: 'Your notes are locked' })).toBeVisible();
  expect(await page.content()).not.toContain('river at dusk');
});

test('the summary is clean for axe in light and dark, with every section and with none in the period', async ({
  worker,
  openPage,
}) => {
  test.setTimeout(90_000);
  const empty = await openPage('summary.html');
  await expect(section(empty, 'Mood over time')).toContainText(
    'No check-ins on the mood meter in this period.',
  );
  await expect(section(empty, /^Breaks and exercises/)).toContainText('No breaks in this period.');
  await expectNoSeriousA11yViolations(empty);
  await empty.close();

  await seedMonth(worker);
  const page = await openPage('summary.html');
  await page.getByRole('checkbox', { name: /Notes and journal entries/ }).check();
  await expect(section(page, 'Notes and journal entries')).toContainText(NOTE);
  await expect(page.getByRole('figure')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousA11yViolations(page);
  }
});
