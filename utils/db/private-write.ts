import type { PrivateRecord } from '../lock/records';
import { protectRecord } from '../lock/records';
import { sealText } from '../vault/seal';
import { announceChange } from './changes';
import { getDb } from './connection';
import { checkStoredLock, writeForStoredLock } from './lock-write';

/**
 * Looks at the record stored under the same id, inside the write's transaction, and throws (a
 * StaleWriteError) when it must not be written over.
 */
export type StoredCheck = (stored: PrivateRecord | undefined) => void;

/**
 * Saves a check-in or an entry. While the lock is on, its text is sealed with the lock's public key
 * first, so any page (the popup, a break) can write without the passphrase; sealed again if the lock
 * changed before the write (writeForStoredLock). A record that still carries a protected text of
 * another vault (read before a passphrase change or before the lock was turned off, and saved again
 * unread) is refused: no key could ever read it.
 */
export async function putPrivate(
  store: 'checkins',
  record: Extract<PrivateRecord, { note: string }>,
  check?: StoredCheck,
): Promise<void>;
export async function putPrivate(
  store: 'entries',
  record: Extract<PrivateRecord, { text: string }>,
  check?: StoredCheck,
): Promise<void>;
export async function putPrivate(
  store: 'checkins' | 'entries',
  record: PrivateRecord,
  check?: StoredCheck,
): Promise<void> {
  const db = await getDb();
  await writeForStoredLock(
    async (vault) => {
      // Checked before the (slow) sealing too, so a write bound to fail does not seal at all.
      check?.(await db.get(store, record.id));
      const stored = vault
        ? await protectRecord(record, (text, place) => sealText(vault, text, place))
        : record;
      if (stored.locked && stored.locked.vault !== vault?.id) {
        throw new Error(
          'This text was protected by a passphrase that is no longer in use; it was not saved.',
        );
      }
      return stored;
    },
    async (stored, lockId) => {
      const tx = db.transaction([store, 'state'], 'readwrite');
      await checkStoredLock(tx.objectStore('state'), lockId);
      check?.(await tx.objectStore(store).get(record.id));
      await Promise.all([tx.objectStore(store).put(stored), tx.done]);
    },
  );
  announceChange({ store, ids: [record.id] });
}
