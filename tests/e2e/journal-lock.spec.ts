import type { Page, Worker } from '@playwright/test';
import type { TextPlace } from '../../utils/vault/place';
import { protectRecord } from '../../utils/lock/records';
import { sealText } from '../../utils/vault/seal';
import { legacyVault } from '../../utils/vault/test-vault';
import { createVault, type OpenVault } from '../../utils/vault/vault';
import { isVaultRecord } from '../../utils/vault/vault-record';
import type { Checkin, Entry } from '../../utils/db/records';
import { makeCheckin, makeEntry } from '../unit/factories';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { waitForDatabase } from './seed';

const PASSPHRASE = 'blue kettle in the rain';
const SECRETS = ['river at dusk with Sam', 'tight chest before the call'] as const;

/**
 * A database with the lock on, made by the product's own crypto running here in Node (the same
 * WebCrypto calls, the real 600,000 PBKDF2 rounds): the options page that turns the lock on has its
 * own test (lock.spec.ts); this one is about what the journal shows.
 */
async function lockedJournal(worker: Worker): Promise<OpenVault> {
  await waitForDatabase(worker);
  const vault = await createVault(PASSPHRASE, { now: Date.now() });
  const seal = (text: string, place: TextPlace) => sealText(vault.record, text, place);
  const now = Date.now();
  const entry = await protectRecord(
    makeEntry({ id: 'e-secret', createdAt: now - 60_000, text: SECRETS[0], tags: ['friends'] }),
    seal,
  );
  const checkin = await protectRecord(
    makeCheckin({ id: 'c-secret', at: now - 120_000, note: SECRETS[1] }),
    seal,
  );
  await writeRecord(worker, 'entries', entry);
  await writeRecord(worker, 'checkins', checkin);
  await writeRecord(worker, 'state', vault.record, 'vault');
  return vault;
}

async function unlock(journal: Page, passphrase = PASSPHRASE) {
  await journal.getByLabel('Passphrase').fill(passphrase);
  await journal.getByRole('button', { name: 'Unlock' }).click();
}

/** Everything the page holds: visible text, and what is in the DOM but hidden. */
const pageText = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

test('a locked journal shows nothing private; a wrong passphrase says so and changes nothing', async ({
  worker,
  openPage,
}) => {
  await lockedJournal(worker);
  const before = await readStore(worker, 'entries');
  const journal = await openPage('journal.html');
  await expect(journal.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  await expect(journal.getByText(/no way to recover a forgotten passphrase/)).toBeVisible();
  await expect(journal.getByLabel('Passphrase')).toBeFocused();
  const html = await pageText(journal);
  for (const secret of [...SECRETS, 'friends']) expect(html).not.toContain(secret);
  await expectNoSeriousA11yViolations(journal);
  // Insights, from the header, stay behind the lock too.
  await journal.getByRole('link', { name: 'Insights' }).click();
  await expect(journal.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  expect(await pageText(journal)).not.toContain('friends');
  await journal.getByRole('link', { name: 'Journal', exact: true }).click();

  await unlock(journal, 'blue kettle in the sun');
  await expect(journal.getByRole('alert')).toContainText('doesn’t open the lock');
  await expect(journal.getByLabel('Passphrase')).toHaveValue('blue kettle in the sun');
  expect(await readStore(worker, 'entries')).toEqual(before);
  expect(await pageText(journal)).not.toContain(SECRETS[0]);
});

test('unlocking shows and searches the texts; Lock hides them again', async ({ worker, openPage }) => {
  await lockedJournal(worker);
  const journal = await openPage('journal.html');
  await unlock(journal);
  const days = journal.getByRole('region', { name: 'Your days' });
  await expect(days.getByText(SECRETS[0])).toBeVisible();
  await expect(days.getByText(SECRETS[1])).toBeVisible();

  await journal.getByRole('searchbox').fill('chest');
  const results = journal.getByRole('region', { name: 'Search results' });
  await expect(results.getByText(SECRETS[1])).toBeVisible();
  await expect(results.getByText(SECRETS[0])).toHaveCount(0);

  await journal.getByRole('button', { name: 'Lock' }).click();
  await expect(journal.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  const html = await pageText(journal);
  for (const secret of SECRETS) expect(html).not.toContain(secret);
});

test('while locked, new words are stored encrypted: a popup note, a journal entry and its draft', async ({
  worker,
  openPage,
}) => {
  await lockedJournal(worker);
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByText('Add body and a note').click();
  await popup.getByLabel('Note (optional)').fill('popup words for nobody else');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Thank you');
  const raw = JSON.stringify(await readStore(worker, 'checkins'));
  expect(raw).not.toContain('popup words');

  const journal = await openPage('journal.html');
  await unlock(journal);
  await expect(journal.getByText('popup words for nobody else')).toBeVisible();
  await journal.getByLabel('Your words').fill('an entry written while the lock is on');
  // The draft is kept as it is typed, locked (a value with a vault id and ciphertext), never readable.
  const lockedDraftKept = async () =>
    (await readStore<Record<string, unknown>>(worker, 'state')).some(
      (value) => 'ct' in value && 'vault' in value,
    );
  await expect.poll(lockedDraftKept).toBe(true);
  await journal.getByRole('button', { name: 'Save entry' }).click();
  await expect(journal.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(journal.getByText('an entry written while the lock is on')).toBeVisible();

  const stored = JSON.stringify([
    await readStore(worker, 'entries'),
    await readStore(worker, 'checkins'),
    await readStore(worker, 'state'),
  ]);
  for (const words of ['an entry written', 'popup words', ...SECRETS]) expect(stored).not.toContain(words);
});

test('a lock from before format 2 opens, shows its texts, and is rewritten in format 2 on disk', async ({
  worker,
  openPage,
}) => {
  await waitForDatabase(worker);
  // As a version 1 lock left the database: its record, one text locked and one sealed in format 1.
  const legacy = await legacyVault(PASSPHRASE);
  const now = Date.now();
  const entry = await protectRecord(
    makeEntry({ id: 'e-secret', createdAt: now - 60_000, text: SECRETS[0] }),
    (text) => legacy.lock(text),
  );
  const checkin = await protectRecord(
    makeCheckin({ id: 'c-secret', at: now - 120_000, note: SECRETS[1] }),
    (text) => legacy.seal(text),
  );
  await writeRecord(worker, 'entries', entry);
  await writeRecord(worker, 'checkins', checkin);
  await writeRecord(worker, 'state', legacy.record, 'vault');

  const journal = await openPage('journal.html');
  await unlock(journal);
  const days = journal.getByRole('region', { name: 'Your days' });
  await expect(days.getByText(SECRETS[0])).toBeVisible();
  await expect(days.getByText(SECRETS[1])).toBeVisible();

  // The relock after unlocking rewrites both texts locked in format 2, with the version 2 record.
  const formats = async () =>
    [...(await readStore<Entry>(worker, 'entries')), ...(await readStore<Checkin>(worker, 'checkins'))].map(
      (record) => record.locked && { v: record.locked.v, sealed: 'epk' in record.locked },
    );
  await expect.poll(formats, { timeout: 15_000 }).toEqual([
    { v: 2, sealed: false },
    { v: 2, sealed: false },
  ]);
  const vault = (await readStore<unknown>(worker, 'state')).find(isVaultRecord);
  expect(vault?.v).toBe(2);
  expect(vault?.id).toBe(legacy.record.id);
  const raw = JSON.stringify(await readStore(worker, 'state'));
  expect(raw).not.toContain('secrets');

  await journal.reload();
  await unlock(journal);
  await expect(days.getByText(SECRETS[0])).toBeVisible();
  await expect(days.getByText(SECRETS[1])).toBeVisible();
});

test('an unlocked journal left alone for ten minutes locks itself', async ({
  worker,
  context,
  extensionId,
}) => {
  await lockedJournal(worker);
  const journal = await context.newPage();
  // Playwright's clock stands in for ten real minutes.
  await journal.clock.install();
  await journal.goto(`chrome-extension://${extensionId}/journal.html`);
  await unlock(journal);
  await expect(journal.getByText(SECRETS[0])).toBeVisible();

  await journal.clock.runFor('09:00');
  await journal.keyboard.press('Shift'); // someone is here: the ten minutes start again
  await journal.clock.runFor('09:00');
  await expect(journal.getByText(SECRETS[0])).toBeVisible();
  await journal.clock.runFor('01:05');
  await expect(journal.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  expect(await pageText(journal)).not.toContain(SECRETS[0]);
});
