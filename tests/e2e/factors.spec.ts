import type { Checkin } from '@/utils/db/records';
import { readStore } from './db';
import { expect, test } from './fixtures';
import { seedHistory, waitForDatabase } from './seed';

interface StoredCheckin {
  id: string;
  factors?: string[];
}

const DAY = 24 * 60 * 60 * 1000;

/** A popup check-in `n + 1` days back, at noon, with these factors and this pleasantness. */
function checkin(n: number, factors: string[], pleasantness: number): Checkin {
  const at = Date.now() - (n + 1) * DAY;
  return {
    id: `seed-f-${n}`,
    at,
    pleasantness,
    energy: 1,
    emotions: [],
    body: [],
    factors,
    note: '',
    source: 'popup',
  };
}

test('a check-in with two factors shows them on its journal card, and search finds it by one', async ({
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: "I can't tell" }).click();
  // The row is folded away until asked for.
  await expect(popup.getByRole('button', { name: 'Time outdoors' })).toBeHidden();
  await popup.getByText('What went with today?').click();
  await popup.getByRole('button', { name: 'Time outdoors' }).click();
  await popup.getByRole('button', { name: 'Slept well' }).click();
  await expect(popup.getByRole('button', { name: 'Slept well' })).toHaveAttribute('aria-pressed', 'true');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Thank you');

  const [stored] = await readStore<StoredCheckin>(worker, 'checkins');
  expect(stored?.factors).toEqual(['outdoors', 'slept_well']);

  const journal = await openPage('journal.html');
  await expect(journal.locator('.checkin-factors')).toHaveText('With: Time outdoors, Slept well');
  await journal.getByRole('searchbox').first().fill('outdoors');
  await expect(journal.locator('mark', { hasText: /outdoors/i }).first()).toBeVisible();
});

test('insights compare check-ins with and without a factor, and say when there are too few', async ({
  openPage,
  worker,
}) => {
  await waitForDatabase(worker);
  // 6 with a walk outdoors (4 pleasant), 8 with people only (2 pleasant); 3 with alcohol (too few).
  const checkins = [
    ...[3, 2, 1, 1, -1, -2].map((p, i) => checkin(i, ['outdoors'], p)),
    ...[2, 1, 0, -1, -1, -2, -3, 0].map((p, i) => checkin(10 + i, ['people'], p)),
    ...[1, 1, 1].map((p, i) => checkin(20 + i, ['alcohol', 'people'], p)),
  ];
  await seedHistory(worker, { checkins, entries: [], breaks: [] });

  const page = await openPage('journal.html#insights');
  const section = page.getByRole('region', { name: 'What goes with better days' });
  await expect(section).toContainText(
    'With “Time outdoors”, 4 of 6 check-ins were pleasant; without it, 5 of 11.',
  );
  await expect(section).toContainText('not cause and effect');
  await expect(section).toContainText('Not enough check-ins yet to compare: Alcohol.');
  await expect(section).not.toContainText('caused');
});

test('a factor renamed in options shows by its new name in the popup', async ({ openPage, worker }) => {
  await waitForDatabase(worker);
  const options = await openPage('options.html');
  const section = options.getByRole('region', { name: 'Factors' });
  const row = section.getByRole('listitem').filter({ hasText: 'Time outdoors' });
  await row.getByRole('button', { name: 'Rename' }).click();
  await section.getByLabel('Name of Time outdoors').fill('A walk in the park');
  await section.getByRole('button', { name: 'Save name' }).click();
  await expect(section.getByRole('listitem').filter({ hasText: 'A walk in the park' })).toBeVisible();

  const popup = await openPage('popup.html');
  await popup.getByText('What went with today?').click();
  await expect(popup.getByRole('button', { name: 'A walk in the park' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Time outdoors' })).toHaveCount(0);
});
