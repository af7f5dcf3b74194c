import { rekeyAll } from '@/utils/db/rekey';
import { createVault, openVault } from '@/utils/vault/vault';
import type { VaultRecord } from '@/utils/vault/vault-record';

/** Texts converted so far out of the total, for the progress line. */
export type OnProgress = (done: number, total: number) => void;
/** PBKDF2 rounds: left to the vault's default (600,000) except in unit tests. */
interface Tuning {
  iterations?: number;
}

/**
 * Turns the lock on: a new vault from the passphrase, then every text encrypted and the vault record
 * stored in one transaction (all or nothing).
 */
export async function turnLockOn(passphrase: string, onProgress: OnProgress, tuning: Tuning = {}) {
  const vault = await createVault(passphrase, { now: Date.now(), ...tuning });
  await rekeyAll(null, vault, { onProgress });
}

/**
 * Changes the passphrase: the current one must open the lock first (WrongPassphraseError otherwise,
 * before anything is written), then every text moves to a new vault in one transaction.
 */
export async function changePassphrase(
  record: VaultRecord,
  current: string,
  next: string,
  onProgress: OnProgress,
  tuning: Tuning = {},
) {
  const old = await openVault(record, current);
  const vault = await createVault(next, { now: Date.now(), ...tuning });
  await rekeyAll(old, vault, { onProgress });
}

/** Turns the lock off: the passphrase opens it (or WrongPassphraseError), then every text is stored readable. */
export async function turnLockOff(record: VaultRecord, current: string, onProgress: OnProgress) {
  const old = await openVault(record, current);
  await rekeyAll(old, null, { onProgress });
}
