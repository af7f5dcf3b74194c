import { announceEveryStore } from '../data/stores';
import type { StoredDraft } from '../lock/draft-lock';
import { revealWithAny } from '../lock/keyring';
import { mapBatched } from '../lock/map-batched';
import type { PrivateRecord } from '../lock/records';
import type { OpenVault } from '../vault/vault';
import { getDb } from './connection';
import type { Checkin, Entry } from './records';
import { ConversionCache, type Pending } from './rekey-cache';
import { KeptChangingError, LockChangedElsewhereError } from './rekey-errors';
import {
  commitCopies,
  readStored,
  REKEY_STORES,
  type RekeyCopies,
  type RekeyTarget,
  type Stored,
} from './rekey-io';
import { convertDraft, convertRecord, draftNeedsWork, recordNeedsWork } from './rekey-target';
import { prepareThenWrite, StaleWriteError } from './lock-write';
import { relockNeeded } from './sealed';
import { isStoredLock } from './vault';

export { KeptChangingError, LockChangedElsewhereError } from './rekey-errors';

/** Attempts before giving up on a history that keeps changing under the write. */
const MAX_ATTEMPTS = 6;

export interface RekeyOptions {
  /** Texts converted so far out of the total, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** One rekey: where it goes, and the vaults that may have protected the texts it meets. */
interface Job extends RekeyTarget {
  keys: OpenVault[];
}

function newCopies(to: OpenVault | null): RekeyCopies {
  const byId = (record: PrivateRecord) => record.id;
  return {
    checkins: new ConversionCache<Checkin>(byId, (record) => recordNeedsWork(record, to)),
    entries: new ConversionCache<Entry>(byId, (record) => recordNeedsWork(record, to)),
    draft: new ConversionCache<StoredDraft>(
      () => 'draft',
      (draft) => draftNeedsWork(draft, to),
    ),
  };
}

const itemsOf = <T>(toConvert: readonly Pending<T>[]) => toConvert.map(({ item }) => item);

/**
 * Converts, outside any transaction, what `stored` holds that needs work and has no copy made from
 * its value yet. Returns how many texts (the draft included) need work in all.
 */
async function convertMissing(stored: Stored, copies: RekeyCopies, job: Job, options: RekeyOptions) {
  const reveal = revealWithAny(job.keys);
  const convert = <T extends PrivateRecord>(record: T) => convertRecord(record, reveal, job.to);
  const checkins = copies.checkins.pending(stored.checkins);
  const entries = copies.entries.pending(stored.entries);
  const total = checkins.needed + entries.needed;
  const ready = total - checkins.toConvert.length - entries.toConvert.length;
  const report = (base: number) => (done: number) => options.onProgress?.(base + done, total);
  copies.checkins.keep(
    checkins.toConvert,
    await mapBatched(itemsOf(checkins.toConvert), convert, report(ready)),
  );
  const base = ready + checkins.toConvert.length;
  copies.entries.keep(entries.toConvert, await mapBatched(itemsOf(entries.toConvert), convert, report(base)));
  const draft = copies.draft.pending([stored.draft]);
  copies.draft.keep(
    draft.toConvert,
    await Promise.all(draft.toConvert.map(({ item }) => convertDraft(item, reveal, job.to))),
  );
  return total + draft.needed;
}

/**
 * Read, convert, write, until a write finds nothing changed meanwhile. Returns whether it wrote;
 * false (nothing written) after MAX_ATTEMPTS conflicts, or for a relock with nothing to do.
 * LockChangedElsewhereError, nothing written, when the stored lock is not the one the job starts from.
 */
async function runJob(job: Job, options: RekeyOptions): Promise<boolean> {
  const db = await getDb();
  const copies = newCopies(job.to);
  try {
    return await prepareThenWrite(
      async () => {
        const stored = await readStored(db.transaction(REKEY_STORES));
        if (!isStoredLock(stored.vault, job.expected)) throw new LockChangedElsewhereError();
        return convertMissing(stored, copies, job, options);
      },
      async (needed) => {
        if (needed === 0 && !job.swap) return false;
        if (await commitCopies(db, job, copies)) return true;
        throw new StaleWriteError('Texts changed while they were being converted.');
      },
      MAX_ATTEMPTS,
    );
  } catch (error) {
    if (error instanceof StaleWriteError) return false;
    throw error;
  }
}

/**
 * Turns the lock on (`from` null), changes the passphrase (old vault to a new one), or turns the lock
 * off (`to` null). Every text and the draft are converted for `to` outside any transaction, then
 * written with the vault swap in ONE transaction that commits only if nothing was written meanwhile
 * (else it starts over, reusing the copies already made). So all of it changes or nothing does: no
 * text is ever left under a vault whose record is gone, and the old passphrase opens nothing after.
 * Rejects, changing nothing: LockChangedElsewhereError when the stored lock is not `from` (another
 * tab changed it first), KeptChangingError when other pages kept writing through every attempt,
 * UnreadableTextError for a text neither `from` nor `to` can read.
 */
export async function rekeyAll(
  from: OpenVault | null,
  to: OpenVault | null,
  options: RekeyOptions = {},
): Promise<void> {
  const keys = [from, to].filter((vault): vault is OpenVault => vault !== null);
  if (!(await runJob({ expected: from?.record.id, to, keys, swap: true }, options))) {
    throw new KeptChangingError();
  }
  announceEveryStore();
}

/**
 * Turns texts sealed by the popup (slow to reveal: one key agreement each) into texts locked with
 * the data key (one AES call), after the journal is unlocked; and, the first time a version 1 lock
 * opens, rewrites its texts in the current format and stores its version 2 record, all in one
 * transaction (relockNeeded). Nothing changes for the user, so when pages keep writing through every
 * attempt it gives up quietly (and the next unlock tries again). Rejects, changing nothing, when
 * `vault` is no longer the stored lock (LockChangedElsewhereError): it never writes under a dead vault.
 */
export async function relockSealed(vault: OpenVault): Promise<void> {
  const work = await relockNeeded(vault);
  if (!work.texts) return;
  const job: Job = { expected: vault.record.id, to: vault, keys: [vault], swap: work.upgrade };
  if (await runJob(job, {})) announceEveryStore();
}
