import type { Page, Worker } from '@playwright/test';
import type { Checkin, Entry } from '../../utils/db/records';
import type { TextPlace } from '../../utils/vault/place';
import { lockText } from '../../utils/vault/text';
import { createVault, type OpenVault } from '../../utils/vault/vault';
import { isVaultRecord, type VaultRecord } from '../../utils/vault/vault-record';
import { protectRecord } from '../../utils/lock/records';
import { makeCheckin, makeEntry } from '../unit/factories';
import { readStore, writeRecord } from './db';
import { expect } from './fixtures';
import { waitForPlannedAlarm } from './scheduler-state';

/** Passphrases of the lock tests (8+ characters, as the page asks). */
export const PASSPHRASE = 'blue kettle in the rain';
export const NEW_PASSPHRASE = 'green teapot in the sun';

const NOW = Date.now();
export const CHECKINS: Checkin[] = [
  makeCheckin({ id: 'c-1', at: NOW - 60_000, note: 'tight chest before the call' }),
  makeCheckin({ id: 'c-2', at: NOW - 120_000, note: '' }),
];
export const ENTRIES: Entry[] = [
  makeEntry({ id: 'e-1', createdAt: NOW - 180_000, text: 'river at dusk with Sam' }),
];
/** Words that must never be readable in the database while the lock is on, nor in an encrypted file. */
export const SECRETS = ['tight chest', 'river at dusk'] as const;

/** The records, readable, as the extension keeps them while the lock is off. */
export async function seedPlain(worker: Worker): Promise<void> {
  await waitForPlannedAlarm(worker); // the worker's start-up writes are done
  for (const record of CHECKINS) await writeRecord(worker, 'checkins', record);
  for (const record of ENTRIES) await writeRecord(worker, 'entries', record);
}

/**
 * The records with the lock on, made by the product's own crypto running here in Node (the same
 * WebCrypto calls, the real 600,000 PBKDF2 rounds).
 */
export async function seedLocked(worker: Worker): Promise<OpenVault> {
  await waitForPlannedAlarm(worker);
  const vault = await createVault(PASSPHRASE, { now: Date.now() });
  const lock = (text: string, place: TextPlace) => lockText(vault, text, place);
  for (const record of CHECKINS) await writeRecord(worker, 'checkins', await protectRecord(record, lock));
  for (const record of ENTRIES) await writeRecord(worker, 'entries', await protectRecord(record, lock));
  await writeRecord(worker, 'state', vault.record, 'vault');
  return vault;
}

/** The private stores as they are on disk, and the lock's record if there is one. */
export async function readPrivate(worker: Worker) {
  const state = await readStore<unknown>(worker, 'state');
  return {
    checkins: await readStore<Checkin>(worker, 'checkins'),
    entries: await readStore<Entry>(worker, 'entries'),
    vault: state.find((value): value is VaultRecord => isVaultRecord(value)),
  };
}

/** The options page scrolled to one of its sections. */
export async function openSection(openPage: (path: string) => Promise<Page>, name: string) {
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name });
  await expect(section).toBeVisible();
  return { page, section };
}
