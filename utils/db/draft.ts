import type { JournalDraft } from '../journal/draft';
import { protectDraft } from '../lock/draft';
import { sealText } from '../vault/seal';
import { lockText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import { announceChange } from './changes';
import { getDb } from './connection';
import { getVaultRecord, isStoredLock } from './vault';

const ATTEMPTS = 3;

/**
 * Keeps the journal draft: readable while the lock is off, encrypted while it is on. The lock is
 * checked inside the write's own transaction, as for entries: when another tab turned it on, changed
 * or turned it off since this page opened, the draft is sealed to the lock stored now (or kept
 * readable when it is off), so it never lands in the clear while on, nor under a key that is gone.
 */
export async function putDraft(draft: JournalDraft, open: OpenVault | undefined): Promise<void> {
  const db = await getDb();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const vault = await getVaultRecord();
    // The open vault's data key when it is still the lock; otherwise sealed to the lock stored now.
    const locked = !vault
      ? undefined
      : await protectDraft(draft, (json) =>
          open?.record.id === vault.id ? lockText(open, json) : sealText(vault, json),
        );
    const tx = db.transaction('state', 'readwrite');
    if (!isStoredLock(await tx.store.get('vault'), vault?.id)) {
      await tx.done;
      continue;
    }
    const writes = locked
      ? [tx.store.put(locked, 'journalDraftLocked'), tx.store.delete('journalDraft')]
      : [tx.store.put(draft, 'journalDraft'), tx.store.delete('journalDraftLocked')];
    await Promise.all([...writes, tx.done]);
    announceChange({ store: 'state', ids: ['journalDraft', 'journalDraftLocked'] });
    return;
  }
  throw new Error('The passphrase lock changed while the draft was kept; please try again.');
}
