import type { JournalDraft } from '../journal/journal-draft';
import type { ProtectedText } from '../vault/protected-text';
import type { OpenVault } from '../vault/vault';
import { isVaultRecord } from '../vault/vault-record';
import { getDb } from './connection';
import { LockChangedElsewhereError } from './rekey-errors';
import { draftNeedsWork } from './rekey-target';
import { isStoredLock } from './vault';

/** What a relock under a vault has to do; both false: nothing. */
export interface RelockWork {
  /** Texts or the draft are not yet locked with the data key in the current format. */
  texts: boolean;
  /**
   * The stored vault record is version 1: it is replaced by the open vault's version 2 record in the
   * relock's one transaction, with every version 1 text rewritten as version 2. So a version 2
   * record means no version 1 text is left, and until that commit everything reads as before.
   */
  upgrade: boolean;
}

/**
 * What a relock under `vault` has to do: a text sealed by a page without the passphrase (the
 * `by_sealed` indexes hold only those, so they are counted, not read), a draft not yet locked with
 * its data key, or a version 1 vault record (its texts may be version 1). No record is read.
 * LockChangedElsewhereError when `vault` is no longer the lock.
 */
export async function relockNeeded(vault: OpenVault): Promise<RelockWork> {
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
  const upgrade = isVaultRecord(stored) && stored.v === 1;
  return { texts: upgrade || checkins + entries > 0 || draftNeedsWork({ plain, locked }, vault), upgrade };
}
