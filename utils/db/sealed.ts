import type { JournalDraft } from '../journal/journal-draft';
import type { ProtectedText } from '../vault/protected-text';
import type { OpenVault } from '../vault/vault';
import { getDb } from './connection';
import { LockChangedElsewhereError } from './rekey-errors';
import { draftNeedsWork } from './rekey-target';
import { isStoredLock } from './vault';

/**
 * Whether a relock under `vault` has anything to do: a text sealed by a page without the passphrase
 * (the `by_sealed` indexes hold only those, so they are counted, not read) or a draft not yet locked
 * with its data key. No record is read. LockChangedElsewhereError when `vault` is no longer the lock.
 */
export async function relockNeeded(vault: OpenVault): Promise<boolean> {
  const tx = (await getDb()).transaction(['checkins', 'entries', 'state']);
  const state = tx.objectStore('state');
  const [stored, checkins, entries, plain, locked] = await Promise.all([
    state.get('vault'),
    tx.objectStore('checkins').index('by_sealed').count(),
    tx.objectStore('entries').index('by_sealed').count(),
    state.get('journalDraft') as Promise<JournalDraft | undefined>,
    state.get('journalDraftLocked') as Promise<ProtectedText | undefined>,
  ]);
  if (!isStoredLock(stored, vault.record.id)) throw new LockChangedElsewhereError();
  return checkins + entries > 0 || draftNeedsWork({ plain, locked }, vault);
}
