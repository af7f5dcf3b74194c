import { isVaultRecord, type VaultRecord } from '../vault/vault-record';
import { getDb } from './connection';

/**
 * The passphrase lock's record, or undefined while the lock is off. A damaged record reads as
 * "on but unusable" rather than "off", so nothing is ever written in the clear by mistake.
 */
export async function getVaultRecord(): Promise<VaultRecord | undefined> {
  const value: unknown = await (await getDb()).get('state', 'vault');
  if (value === undefined) return undefined;
  if (!isVaultRecord(value)) throw new Error('The passphrase lock record is damaged.');
  return value;
}

/**
 * Whether the value stored under 'vault' is the lock with id `expected` (undefined: the lock is off).
 * Writes check this inside their own transaction, so nothing lands under a lock that just changed.
 */
export function isStoredLock(stored: unknown, expected: string | undefined): boolean {
  return isVaultRecord(stored) ? stored.id === expected : stored === undefined && expected === undefined;
}
