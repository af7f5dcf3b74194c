import type { JournalDraft } from '../journal/journal-draft';
import { protectDraft } from '../lock/draft-lock';
import { sealText } from '../vault/seal';
import { lockText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import { announceChange } from './changes';
import { getDb } from './connection';
import { checkStoredLock, writeForStoredLock } from './lock-write';

/**
 * Keeps the journal draft: readable while the lock is off, encrypted while it is on, for the lock
 * stored at the moment of writing (writeForStoredLock): when another tab turned it on, changed or
 * turned it off since this page opened, the draft is sealed to the lock stored now (or kept
 * readable when it is off), so it never lands in the clear while on, nor under a key that is gone.
 */
export async function putDraft(draft: JournalDraft, open: OpenVault | undefined): Promise<void> {
  const db = await getDb();
  await writeForStoredLock(
    // The open vault's data key when it is still the lock; otherwise sealed to the lock stored now.
    (vault) =>
      vault
        ? protectDraft(draft, (json) =>
            open?.record.id === vault.id ? lockText(open, json) : sealText(vault, json),
          )
        : Promise.resolve(undefined),
    async (locked, lockId) => {
      const tx = db.transaction('state', 'readwrite');
      await checkStoredLock(tx.store, lockId);
      const writes = locked
        ? [tx.store.put(locked, 'journalDraftLocked'), tx.store.delete('journalDraft')]
        : [tx.store.put(draft, 'journalDraft'), tx.store.delete('journalDraftLocked')];
      await Promise.all([...writes, tx.done]);
    },
  );
  announceChange({ store: 'state', ids: ['journalDraft', 'journalDraftLocked'] });
}
