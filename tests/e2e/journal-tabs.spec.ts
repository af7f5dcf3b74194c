import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';

interface StoredDraft {
  text: string;
  tags: string[];
  editingId?: string;
}

/** One value of the `state` store by key, read from the real database inside the worker. */
function readState<T>(worker: Worker, key: string): Promise<T | undefined> {
  return worker.evaluate(
    (key) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('state').objectStore('state').get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T | undefined);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

const words = (page: Page) => page.getByLabel('Your words');
const keepDraft = (page: Page) => page.clock.runFor(1000);

/**
 * A journal tab whose clock stands still: the draft is kept only when the test moves it on, so two
 * tabs can hold unsaved words at the same moment, however slow the machine.
 */
async function journalTab(context: BrowserContext, extensionId: string, ready: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await page.goto(`chrome-extension://${extensionId}/journal.html`);
  await expect(page.getByText(ready).first()).toBeVisible();
  return page;
}

test('two tabs typing one draft at once: neither loses its words, and the choice keeps both', async ({
  context,
  extensionId,
  worker,
}) => {
  const open = () => journalTab(context, extensionId, 'Your words');
  const [first, second] = [await open(), await open()];

  await words(first).fill('Words from the first tab.');
  await words(second).fill('Words from the second tab.');
  await keepDraft(first);
  await expect(first.getByText('Draft kept on this device')).toBeVisible();
  await keepDraft(second);

  // The second tab writes nothing over the first's words, keeps its own, and shows both.
  const conflict = second.getByRole('alert').filter({ hasText: 'Another journal tab changed this draft' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Words from the first tab.');
  await expect(words(second)).toHaveValue('Words from the second tab.');
  expect((await readState<StoredDraft>(worker, 'journalDraft'))?.text).toBe('Words from the first tab.');

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(conflict).toHaveCount(0);
  const both = 'Words from the second tab.\n\nWords from the first tab.';
  await expect(words(second)).toHaveValue(both);
  await expect.poll(async () => (await readState<StoredDraft>(worker, 'journalDraft'))?.text).toBe(both);
  // The first tab, with nothing unsaved, follows.
  await expect(words(first)).toHaveValue(both);
});

test('an edit saved over a newer version of the entry is refused kindly, both texts kept', async ({
  context,
  extensionId,
  worker,
}) => {
  const day = 24 * 60 * 60 * 1000;
  await writeRecord(worker, 'entries', {
    id: 'shared-entry',
    createdAt: Date.now() - day,
    updatedAt: Date.now() - day,
    text: 'The first version.',
    tags: [],
  });
  const open = () => journalTab(context, extensionId, 'The first version.');
  const [first, second] = [await open(), await open()];

  await first.getByRole('button', { name: 'Edit' }).click();
  // The second tab follows the draft: the same edit, begun from the same version.
  await expect(second.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await expect(words(second)).toHaveValue('The first version.');
  await words(second).fill('The second tab’s version.');
  await words(first).fill('The first tab’s version.');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await keepDraft(second);
  await second.getByRole('button', { name: 'Save changes' }).click();

  const refused = second.getByRole('alert').filter({ hasText: 'saved in another tab' });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('The first tab’s version.');
  await expect(words(second)).toHaveValue('The second tab’s version.');
  expect(await readStore(worker, 'entries')).toEqual([
    expect.objectContaining({ id: 'shared-entry', text: 'The first tab’s version.' }),
  ]);

  await refused.getByRole('button', { name: 'Save mine as a new entry' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const texts = (await readStore<{ text: string }>(worker, 'entries')).map(({ text }) => text).sort();
  expect(texts).toEqual(['The first tab’s version.', 'The second tab’s version.']);
});
