import type { PrivateRecord } from '../lock/records';
import { protectRecord } from '../lock/records';
import { sealText } from '../vault/seal';
import { announceChange } from './changes';
import { getDb } from './connection';
import { putRecord } from './record-writes';
import { getVaultRecord, isStoredLock } from './vault';

/** Tries before giving up when the lock keeps changing under a write (it never should twice). */
const ATTEMPTS = 3;

/**
 * Saves a check-in or an entry. While the lock is on, its text is sealed with the lock's public key
 * first, so any page (the popup, a break) can write without the passphrase. If the lock changed
 * between sealing and writing (a passphrase change in another tab), it seals again with the new key:
 * the check happens inside the write's own transaction, so a text never lands under a stale key.
 * A record that still carries a protected text of another vault (read before a passphrase change or
 * before the lock was turned off, and saved again unread) is refused: no key could ever read it.
 */
export async function putPrivate(
  store: 'checkins',
  record: Extract<PrivateRecord, { note: string }>,
): Promise<void>;
export async function putPrivate(
  store: 'entries',
  record: Extract<PrivateRecord, { text: string }>,
): Promise<void>;
export async function putPrivate(store: 'checkins' | 'entries', record: PrivateRecord): Promise<void> {
  const db = await getDb();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const vault = await getVaultRecord();
    const stored = vault ? await protectRecord(record, (text) => sealText(vault, text)) : record;
    if (stored.locked && stored.locked.vault !== vault?.id) {
      throw new Error('This text was protected by a passphrase that is no longer in use; it was not saved.');
    }
    const tx = db.transaction([store, 'state', 'exportParts'], 'readwrite');
    const now: unknown = await tx.objectStore('state').get('vault');
    if (isStoredLock(now, vault?.id)) {
      await Promise.all([putRecord(tx, store, stored), tx.done]);
      announceChange({ store, ids: [record.id] });
      return;
    }
    await tx.done;
  }
  throw new Error('The passphrase lock changed during the save; please try again.');
}
