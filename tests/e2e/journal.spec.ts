import type { Page, Worker } from '@playwright/test';
import { generateHistory, recordCount } from '../tools/seed-data';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { countRecords, seedHistory, waitForDatabase } from './seed';

interface StoredEntry {
  id: string;
  text: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  promptId?: string;
}

/** The journal's timeline region ("Your days"). */
const days = (page: Page) => page.getByRole('region', { name: 'Your days' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

/** A year or more of history ending now, in this machine's time zone (the browser's too). */
function historyUntilNow(daysBack: number, perDay: number) {
  return generateHistory({
    days: daysBack,
    seed: 42,
    perDay,
    end: Date.now(),
    utcOffsetMin: -new Date().getTimezoneOffset(),
  });
}

async function writeEntry(page: Page, text: string, tags: string[] = []) {
  await page.getByLabel('Your words').fill(text);
  for (const tag of tags) {
    await page.getByRole('combobox', { name: 'Tags' }).fill(tag);
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
  }
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

test('write an entry, reload, find it, edit it, delete it and undo', async ({ openPage, worker }) => {
  const page = await openPage('journal.html');
  await writeEntry(page, 'Walked by the canal and saw a heron.', ['outside']);
  const entry = days(page).getByRole('article', { name: /Journal entry/ });
  await expect(entry).toContainText('saw a heron');
  await expect(entry.getByRole('list', { name: 'Tags' })).toHaveText('outside');
  // Saving empties the editor for the next entry.
  await expect(page.getByLabel('Your words')).toHaveValue('');

  await page.reload();
  await expect(days(page).getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(days(page)).toContainText('saw a heron');

  // Found by search, with the word marked.
  await page.getByLabel('Search your journal').fill('HERON');
  await expect(results(page).locator('mark')).toHaveText('heron');
  await expect(page.getByRole('status').filter({ hasText: 'One match.' })).toBeVisible();
  await expect(days(page)).toHaveCount(0);

  // Edited from the results, in the editor above.
  await results(page).getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await expect(page.getByLabel('Your words')).toBeFocused();
  await expect(page.getByLabel('Your words')).toHaveValue('Walked by the canal and saw a heron.');
  await page.getByLabel('Your words').fill('Walked by the canal and saw two herons.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(results(page)).toContainText('saw two herons');
  await expect(page.getByRole('heading', { name: 'Write', exact: true })).toBeVisible();
  const [edited, ...others] = await readStore<StoredEntry>(worker, 'entries');
  expect(others).toEqual([]);
  expect(edited).toMatchObject({ text: 'Walked by the canal and saw two herons.', tags: ['outside'] });
  expect(edited?.updatedAt).toBeGreaterThan(edited?.createdAt ?? Infinity);

  // Deleted, then brought back with Undo (focus waits on it, since Delete went away).
  await page.getByRole('button', { name: 'Clear search' }).click();
  await days(page).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
  await expect(days(page)).toHaveCount(1);
  await expect(days(page).getByRole('article')).toHaveCount(0);
  expect(await readStore(worker, 'entries')).toEqual([]);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(days(page)).toContainText('saw two herons');
  expect(await readStore<StoredEntry>(worker, 'entries')).toEqual([edited]);
});

test('a draft survives closing the tab, prompt and tags included', async ({ openPage }) => {
  const first = await openPage('journal.html');
  await first.getByRole('button', { name: 'Give me a prompt' }).click();
  const prompt = await first.locator('.prompt strong').textContent();
  await first.getByLabel('Your words').fill('Half a thought, not finished');
  await first.getByRole('combobox', { name: 'Tags' }).fill('late');
  await first.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(first.getByText('Draft kept on this device')).toBeVisible();
  await first.close();

  const again = await openPage('journal.html');
  await expect(again.getByLabel('Your words')).toHaveValue('Half a thought, not finished');
  await expect(again.locator('.prompt strong')).toHaveText(prompt ?? '');
  await expect(again.getByRole('list', { name: 'Tags of this entry' })).toContainText('late');
});

test('journal.html?prompt=<id> starts an entry with that prompt, keeping words already typed', async ({
  openPage,
}) => {
  const page = await openPage('journal.html?prompt=three_words');
  await expect(page.getByText('Try three different words for how you feel.')).toBeVisible();
  // The query is dropped from the address, so a reload does not bring the prompt back once removed.
  expect(new URL(page.url()).search).toBe('');
  await page.getByLabel('Your words').fill('Tired, foggy, a bit hopeful.');
  await expect(page.getByText('Draft kept on this device')).toBeVisible();

  await page.goto(page.url().replace('journal.html', 'journal.html?prompt=real_rest'));
  await expect(page.getByText('What does real rest look like for you?')).toBeVisible();
  await expect(page.getByLabel('Your words')).toHaveValue('Tired, foggy, a bit hopeful.');
  await page.getByRole('button', { name: 'Another prompt' }).click();
  await expect(page.getByText('What does real rest look like for you?')).toHaveCount(0);
  await page.getByRole('button', { name: 'Write without a prompt' }).click();
  await expect(page.getByRole('button', { name: 'Give me a prompt' })).toBeVisible();
});

test('records written in another tab appear, change and go in place, without a reload', async ({
  openPage,
}) => {
  const journal = await openPage('journal.html');
  await expect(journal.getByRole('heading', { name: 'Where to begin' })).toBeVisible();
  const other = await openPage('popup.html');
  // Another page writes the way utils/db does: a put, then the change with its id on the channel.
  const write = (args: {
    store: string;
    value: { id: string } & Record<string, unknown>;
    remove?: boolean;
  }) =>
    other.evaluate(
      ({ store, value, remove }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('thaw');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            if (remove) tx.objectStore(store).delete(value.id);
            else tx.objectStore(store).put(value);
            tx.oncomplete = () => {
              open.result.close();
              new BroadcastChannel('thaw-changes').postMessage({ store, ids: [value.id] });
              resolve();
            };
          };
        }),
      args,
    );
  const now = Date.now();
  const pause = {
    id: 'b1',
    at: now - 60_000,
    outcome: 'completed',
    origin: 'popup',
    exerciseId: 'cyclic_sigh',
    snoozes: 0,
  };
  await write({ store: 'breaks', value: pause });
  await expect(days(journal).getByRole('article', { name: /Break/ })).toContainText('Cyclic sigh');
  await expect(days(journal).getByRole('article', { name: /Break/ })).toContainText('done');

  const entry = { id: 'e1', createdAt: now, updatedAt: now, text: 'Written elsewhere', tags: [] };
  await write({ store: 'entries', value: entry });
  await expect(days(journal).getByRole('article', { name: /Journal entry/ })).toContainText(
    'Written elsewhere',
  );
  await write({ store: 'entries', value: { ...entry, text: 'Changed elsewhere' } });
  await expect(days(journal).getByRole('article', { name: /Journal entry/ })).toContainText(
    'Changed elsewhere',
  );
  await expect(days(journal).getByRole('article')).toHaveCount(2);
  await write({ store: 'entries', value: entry, remove: true });
  await expect(days(journal).getByRole('article')).toHaveCount(1);
});

test('search filters by feeling word, tag and dates', async ({ openPage, worker }) => {
  await waitForDatabase(worker);
  const now = Date.now();
  const day = 86_400_000;
  const checkin = (id: string, at: number, emotions: string[], note: string) => ({
    id,
    at,
    pleasantness: -1,
    energy: -1,
    emotions,
    body: [],
    note,
    source: 'popup',
  });
  await writeRecord(worker, 'checkins', checkin('c1', now - 2 * day, ['numb'], 'grey morning'));
  await writeRecord(worker, 'checkins', checkin('c2', now - 40 * day, ['numb', 'tired'], 'long week'));
  await writeRecord(worker, 'checkins', checkin('c3', now - day, ['calm'], 'quiet tea'));
  const entry = {
    id: 'e1',
    createdAt: now - 3 * day,
    updatedAt: now - 3 * day,
    text: 'Dinner with Sam',
    tags: ['friends'],
  };
  await writeRecord(worker, 'entries', entry);

  const page = await openPage('journal.html');
  await page.getByText('Filters').click();
  await page.getByLabel('Feeling word').selectOption({ label: 'Numb' });
  await expect(results(page).getByRole('article')).toHaveCount(2);
  await expect(results(page)).toContainText('grey morning');
  await expect(results(page)).toContainText('long week');

  const iso = (at: number) =>
    new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  await page.getByLabel('From').fill(iso(now - 10 * day));
  await expect(results(page).getByRole('article')).toHaveCount(1);
  await expect(results(page)).toContainText('grey morning');

  await page.getByLabel('Feeling word').selectOption({ label: 'Any' });
  await page.getByLabel('Tag', { exact: true }).selectOption('friends');
  await expect(results(page).getByRole('article')).toHaveCount(1);
  await expect(results(page)).toContainText('Dinner with Sam');

  await page.getByLabel('Tag', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('To').fill(iso(now - 2 * day));
  await expect(results(page).getByRole('article')).toHaveCount(2); // the entry and "grey morning"
  await page.getByLabel('Search your journal').fill('nothing like this');
  await expect(page.getByText('No matches. Try fewer words, or another filter.')).toBeVisible();
});

/** How many days the timeline shows. */
const shownDays = (page: Page) => days(page).locator('section.day').count();

async function seedTenThousand(worker: Worker) {
  const history = historyUntilNow(1000, 13);
  expect(recordCount(history)).toBeGreaterThanOrEqual(10_000);
  await seedHistory(worker, history);
  const counts = await countRecords(worker);
  expect(counts.checkins + counts.entries + counts.breaks).toBe(recordCount(history));
  return history;
}

test('with 10,000 records the newest day shows first and older pages load as you scroll', async ({
  openPage,
  worker,
}) => {
  // Seeding and reading thousands of records on a 2-core machine: slow, and not a speed check (see the bench).
  test.setTimeout(120_000);
  const history = await seedTenThousand(worker);
  const newest = Math.max(
    ...history.checkins.map((c) => c.at),
    ...history.entries.map((e) => e.createdAt),
    ...history.breaks.map((b) => b.at),
  );

  const page = await openPage('journal.html');
  const firstTime = days(page).locator('time').first();
  await expect(firstTime).toHaveAttribute('datetime', new Date(newest).toISOString());
  // A page, not the history: a few days' worth of rows.
  await expect.poll(() => days(page).getByRole('article').count()).toBeGreaterThan(20);
  const firstPage = await days(page).getByRole('article').count();
  expect(firstPage).toBeLessThan(200);
  const dayCount = await shownDays(page);

  for (let i = 0; i < 3; i++) {
    const before = await shownDays(page);
    await page
      .getByRole('button', { name: /Show earlier days|Loading earlier days/ })
      .scrollIntoViewIfNeeded();
    await expect.poll(() => shownDays(page)).toBeGreaterThan(before);
  }
  expect(await shownDays(page)).toBeGreaterThan(dayCount);
  // Still newest first, and every day once.
  const stamps = await days(page)
    .locator('time')
    .evaluateAll((nodes) => nodes.map((n) => Date.parse(n.getAttribute('datetime') ?? '')));
  expect(stamps).toEqual([...stamps].sort((a, b) => b - a));
  const headings = await days(page).locator('h3.day-heading').allTextContents();
  expect(new Set(headings).size).toBe(headings.length);

  // Search over all of it, newest first, a page at a time.
  await page.getByLabel('Search your journal').fill('heron');
  await expect(page.getByText('No matches. Try fewer words, or another filter.')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel('Search your journal').fill('river');
  await expect(page.getByRole('status').filter({ hasText: 'The first 30 matches.' })).toBeVisible();
  await page.getByRole('button', { name: 'Show more matches' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The first 60 matches.' })).toBeVisible();
});

test('insights from a year of data: charts with tables, ranges, a calendar and what helps', async ({
  openPage,
  worker,
}) => {
  // Seeding and reading thousands of records on a 2-core machine: slow, and not a speed check (see the bench).
  test.setTimeout(120_000);
  await seedHistory(worker, historyUntilNow(400, 8));
  const page = await openPage('journal.html#insights');
  for (const name of [
    'Mood over time',
    'Feeling words',
    'Breaks',
    'Time of day',
    'What tends to help',
    'Calendar',
  ]) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  const mood = page.getByRole('figure', { name: /Mood by day/ });
  await expect(mood.getByRole('img')).toHaveAccessibleName(/Average pleasantness/);
  await mood.getByText('Show as a table').click();
  await expect(mood.getByRole('row')).toHaveCount(31); // header + 30 days

  await page.getByRole('radio', { name: '7 days' }).check();
  await expect(mood.getByRole('row')).toHaveCount(8);
  await page.getByRole('radio', { name: '365 days' }).check();
  await expect(page.getByRole('figure', { name: /Mood by week/ })).toBeVisible();

  await expect(page.getByRole('figure', { name: /Change in pleasantness/ })).toContainText(/\+\d/);
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByRole('table').last()).toContainText(/check-in/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousA11yViolations(page);
  }
});

test('a new journal is kind and clear about where to begin, and insights say how they grow', async ({
  openPage,
}) => {
  const page = await openPage('journal.html');
  await expect(page.getByRole('heading', { name: 'Where to begin' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Get help' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights grow from check-ins' })).toBeVisible();
  await expect(page).toHaveURL(/#insights$/);
  await expectNoSeriousA11yViolations(page);
});

test('no serious accessibility issues with data, light and dark', async ({ openPage, worker }) => {
  // Seeding, then axe over a full journal twice: slow on a 2-core machine, not a speed check.
  test.setTimeout(120_000);
  await seedHistory(worker, historyUntilNow(60, 8));
  const page = await openPage('journal.html');
  await expect(days(page).getByRole('article').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByLabel('Search your journal').fill('a');
  await expect(results(page).getByRole('article').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('opening the journal twice from the popup focuses the one journal tab', async ({
  context,
  openPage,
  worker,
  extensionId,
}) => {
  const journalTabs = () =>
    worker.evaluate(
      async (url) => (await chrome.tabs.query({ url })).map((tab) => ({ active: tab.active })),
      `chrome-extension://${extensionId}/journal.html*`,
    );

  const popup = await openPage('popup.html');
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('journal.html') });
  await popup.getByRole('button', { name: 'Open journal' }).click();
  await (await opened).waitForLoadState();
  expect(await journalTabs()).toEqual([{ active: true }]);

  // Something else comes to the front; the second "Open journal" brings the same tab back.
  const other = await openPage('popup.html');
  await expect.poll(journalTabs).toEqual([{ active: false }]);
  await other.getByRole('button', { name: 'Open journal' }).click();
  await expect.poll(journalTabs).toEqual([{ active: true }]);
  expect(context.pages().filter((p) => p.url().includes('journal.html'))).toHaveLength(1);
});
