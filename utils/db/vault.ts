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
