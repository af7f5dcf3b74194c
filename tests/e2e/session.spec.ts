import { expect, test } from './fixtures';
import { readStore } from './db';
import { unfold } from './fold';

// One whole session under the network guard (fixtures.ts): any request outside the extension's
// own origin, from any page or the worker, fails this test.
test('a full session touches no network: check-in, break, journal, options, export and import', async ({
  context,
  openPage,
  worker,
  guard,
}) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Flat', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Thank you');

  const breakPage = await openPage('break.html?exercise=eyes_202020&origin=popup');
  await breakPage.getByRole('button', { name: 'Start' }).click();
  await breakPage.getByRole('button', { name: 'Stop' }).click();
  await breakPage.getByRole('button', { name: 'Skip this question' }).click();
  await expect(breakPage.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();

  const journal = await openPage('journal.html');
  await journal.getByLabel('Your words').fill('A quiet afternoon, nothing sent anywhere.');
  await journal.getByRole('button', { name: 'Save entry' }).click();
  await expect(journal.getByText('A quiet afternoon, nothing sent anywhere.')).toBeVisible();
  await journal.getByRole('searchbox', { name: 'Search your journal' }).fill('quiet');
  await expect(journal.getByRole('heading', { name: 'Search results' })).toBeVisible();

  const options = await openPage('options.html');
  await options.getByRole('spinbutton', { name: /Suggest a break after/ }).fill('40');
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download everything (JSON)' }).click();
  const file = test.info().outputPath('session.json');
  await (await downloading).saveAs(file);
  await unfold(options, 'Bring back a copy');
  await options.getByLabel('Export file to import').setInputFiles(file);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByText(/Done\./)).toBeVisible();

  await options.getByRole('button', { name: 'Get help' }).click();
  await expect.poll(() => context.pages().some((p) => p.url().endsWith('/help.html'))).toBe(true);

  expect(await readStore(worker, 'checkins')).toHaveLength(1);
  expect(await readStore(worker, 'entries')).toHaveLength(1);
  expect(await readStore(worker, 'breaks')).toHaveLength(1);
  expect(guard.violations).toEqual([]);
});
