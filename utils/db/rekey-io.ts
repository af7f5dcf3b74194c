import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { JournalDraft } from '../journal/journal-draft';
import type { StoredDraft } from '../lock/draft-lock';
import type { ProtectedText } from '../vault/protected-text';
import type { OpenVault } from '../vault/vault';
import { abortAndSettle } from './abort';
import { isStoredLock } from './vault';
import type { Checkin, Entry } from './records';
import type { ConversionCache } from './rekey-cache';
import { LockChangedElsewhereError } from './rekey-errors';
import type { ThawDB } from './schema';

/** The stores a rekey reads and writes, always together. */
export const REKEY_STORES: ('checkins' | 'entries' | 'state')[] = ['checkins', 'entries', 'state'];

/** Everything a rekey rewrites, as stored. */
export interface Stored {
  vault: unknown;
  checkins: Checkin[];
  entries: Entry[];
  draft: StoredDraft;
}

/** The copies a rekey has made so far, kept across its attempts. */
export interface RekeyCopies {
  checkins: ConversionCache<Checkin>;
  entries: ConversionCache<Entry>;
  draft: ConversionCache<StoredDraft>;
}

/** Where a rekey goes: the lock it starts from (`expected` id; undefined: off), and the one it ends at. */
export interface RekeyTarget {
  expected: string | undefined;
  to: OpenVault | null;
  /** Whether the vault record is swapped for `to`'s (a lock change) or stays as it is (a relock). */
  swap: boolean;
}

/** Reads every record, both drafts and the vault in `tx` (readonly to plan, readwrite to write). */
export async function readStored<Mode extends IDBTransactionMode>(
  tx: IDBPTransaction<ThawDB, typeof REKEY_STORES, Mode>,
): Promise<Stored> {
  const state = tx.objectStore('state');
  const [vault, checkins, entries, plain, locked] = await Promise.all([
    state.get('vault'),
    tx.objectStore('checkins').getAll(),
    tx.objectStore('entries').getAll(),
    state.get('journalDraft') as Promise<JournalDraft | undefined>,
    state.get('journalDraftLocked') as Promise<ProtectedText | undefined>,
  ]);
  return { vault, checkins, entries, draft: { plain, locked } };
}

/**
 * The write: ONE transaction that re-reads everything and commits every copy (and the vault swap)
 * only if each text needing work has a copy made from its current value, so the state it commits is
 * whole. Returns false, having aborted and written nothing, when one has not (another page wrote it
 * meanwhile). Rejects, writing nothing, on any failure, LockChangedElsewhereError included.
 */
export async function commitCopies(
  db: IDBPDatabase<ThawDB>,
  target: RekeyTarget,
  copies: RekeyCopies,
): Promise<boolean> {
  const tx = db.transaction(REKEY_STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const now = await readStored(tx);
    if (!isStoredLock(now.vault, target.expected)) throw new LockChangedElsewhereError();
    const checkins = copies.checkins.copiesFor(now.checkins);
    const entries = copies.entries.copiesFor(now.entries);
    const drafts = copies.draft.copiesFor([now.draft]);
    if (!checkins || !entries || !drafts) {
      await abortAndSettle(tx);
      return false;
    }
    // No await until the commit: the puts are queued back to back in this transaction.
    for (const record of checkins) writes.push(tx.objectStore('checkins').put(record));
    for (const record of entries) writes.push(tx.objectStore('entries').put(record));
    const state = tx.objectStore('state');
    for (const { plain, locked } of drafts) {
      writes.push(plain ? state.put(plain, 'journalDraft') : state.delete('journalDraft'));
      writes.push(locked ? state.put(locked, 'journalDraftLocked') : state.delete('journalDraftLocked'));
    }
    if (target.swap) writes.push(target.to ? state.put(target.to.record, 'vault') : state.delete('vault'));
    await Promise.all([...writes, tx.done]);
    return true;
  } catch (error) {
    // Whatever failed, the transaction must not commit part of the writes.
    await abortAndSettle(tx, writes);
    throw error;
  }
}
