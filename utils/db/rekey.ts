import { announceEveryStore } from '../data/stores';
import { revealWithAny } from '../lock/keyring';
import { mapBatched } from '../lock/map-batched';
import { plainTextOf, protectRecord, revealRecord, type PrivateRecord } from '../lock/records';
import { revealDraft } from '../lock/draft';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { lockText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import { isVaultRecord } from '../vault/vault-record';
import { getDb } from './connection';
import type { JournalDraft } from '../journal/draft';

/** Passes after the first before giving up on a history that keeps changing underneath. */
const MAX_PASSES = 6;

export interface RekeyOptions {
  /** Texts converted so far out of the total, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** Whether a record's text is not yet in the form the target lock wants. */
function needsWork(record: PrivateRecord, to: OpenVault | null): boolean {
  if (!to) return record.locked !== undefined;
  if (record.locked) return record.locked.vault !== to.record.id || isSealed(record.locked);
  return plainTextOf(record) !== '';
}

/**
 * Whether `to` could not read the record's text as stored (or it would stay readable while on): such
 * a text makes another pass necessary. A text sealed to `to` is readable, only slower to reveal.
 */
function isStale(record: PrivateRecord, to: OpenVault | null): boolean {
  return needsWork(record, to) && !(to && record.locked?.vault === to.record.id);
}

/** The same stored value as when it was read: a record edited meanwhile is left for the next pass. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the stored vault record (or its absence) is the one with id `expected` (undefined: off). */
const isVault = (stored: unknown, expected: string | undefined) =>
  isVaultRecord(stored) ? stored.id === expected : stored === undefined && expected === undefined;

function lockChanged(): Error {
  return new Error('The passphrase lock was changed elsewhere meanwhile; nothing more was changed here.');
}

/**
 * One pass: read every private text, convert those not yet right for `to` (revealed with `keys`,
 * then locked with `to`'s data key, or left readable when `to` is null), and write them back in ONE
 * transaction, with the vault record swapped when `swap` is set. The stored vault must be the one
 * with id `expected` (the old one when swapping, else `to`'s) when reading and when writing: if
 * another page changed the lock meanwhile, the pass writes nothing and rejects. Returns how many
 * texts were stale (unreadable by `to`, or readable while on) or left for later; 0: nothing was.
 */
async function rekeyPass(
  keys: OpenVault[],
  to: OpenVault | null,
  swap: { expected: string | undefined } | false,
  options: RekeyOptions,
): Promise<number> {
  const expected = swap ? swap.expected : to?.record.id;
  const db = await getDb();
  const read = db.transaction(['checkins', 'entries', 'state']);
  const [checkins, entries, draft, draftLocked, vaultThen] = await Promise.all([
    read.objectStore('checkins').getAll(),
    read.objectStore('entries').getAll(),
    read.objectStore('state').get('journalDraft') as Promise<JournalDraft | undefined>,
    read.objectStore('state').get('journalDraftLocked') as Promise<ProtectedText | undefined>,
    read.objectStore('state').get('vault'),
  ]);
  if (!isVault(vaultThen, expected)) throw lockChanged();
  const reveal = revealWithAny(keys);
  const convert = async <T extends PrivateRecord>(record: T): Promise<T> => {
    const plain = await revealRecord(record, reveal);
    return to ? protectRecord(plain, (text) => lockText(to, text)) : plain;
  };
  const todoCheckins = checkins.filter((record) => needsWork(record, to));
  const todoEntries = entries.filter((record) => needsWork(record, to));
  const total = todoCheckins.length + todoEntries.length;
  const progress = (offset: number) => (done: number) => options.onProgress?.(offset + done, total);
  const newCheckins = await mapBatched(todoCheckins, convert, progress(0));
  const newEntries = await mapBatched(todoEntries, convert, progress(todoCheckins.length));

  // The draft: readable while off, locked JSON while on. A readable draft beside a locked one was
  // kept by a page that had not seen the lock turn on: it is the newer one, and must not stay readable.
  const draftWork = to
    ? draft !== undefined ||
      (draftLocked !== undefined && (draftLocked.vault !== to.record.id || isSealed(draftLocked)))
    : draftLocked !== undefined;
  const draftStale = draftWork && !(to && draft === undefined && draftLocked?.vault === to.record.id);
  const draftNow = !draftWork
    ? undefined
    : to && draft
      ? draft
      : draftLocked && (await revealDraft(draftLocked, reveal));
  const newDraftLocked = to && draftNow ? await lockText(to, JSON.stringify(draftNow)) : undefined;

  const tx = db.transaction(['checkins', 'entries', 'state'], 'readwrite');
  const state = tx.objectStore('state');
  if (!isVault(await state.get('vault'), expected)) {
    await tx.done;
    throw lockChanged();
  }
  const writes: Promise<unknown>[] = [];
  const writeAll = async <T extends PrivateRecord>(
    target: { get(id: string): Promise<T | undefined>; put(value: T): Promise<unknown> },
    before: T[],
    after: T[],
  ) => {
    const current = await Promise.all(before.map((record) => target.get(record.id)));
    before.forEach((record, i) => {
      const next = after[i];
      // Edited meanwhile: left as it is now; the next pass converts the newer text.
      if (next && same(current[i], record)) writes.push(target.put(next));
    });
  };
  await writeAll(tx.objectStore('checkins'), todoCheckins, newCheckins);
  await writeAll(tx.objectStore('entries'), todoEntries, newEntries);
  if (draftWork) {
    const [plainNow, lockedNow] = await Promise.all([
      state.get('journalDraft'),
      state.get('journalDraftLocked'),
    ]);
    // Typed into meanwhile: left as it is now; the next pass takes the newer draft.
    const untouched = same(plainNow, draft) && same(lockedNow, draftLocked);
    if (untouched && newDraftLocked) {
      writes.push(state.put(newDraftLocked, 'journalDraftLocked'), state.delete('journalDraft'));
    } else if (untouched && !to && draftNow) {
      writes.push(state.put(draftNow, 'journalDraft'), state.delete('journalDraftLocked'));
    }
  }
  if (swap) writes.push(to ? state.put(to.record, 'vault') : state.delete('vault'));
  await Promise.all([...writes, tx.done]);
  // Anything stale, converted or left over, means another pass must look again.
  const stale = [...todoCheckins, ...todoEntries].filter((record) => isStale(record, to)).length;
  return stale + (draftStale ? 1 : 0);
}

/**
 * Turns the lock on (`from` null), changes the passphrase (old vault to a new one), or turns the lock
 * off (`to` null). Every private text is re-encrypted under `to` and written, with the new vault
 * record, in one transaction: it all changes or (on any error) nothing does, and the old passphrase
 * opens nothing afterwards. Texts another page writes meanwhile (a popup check-in sealed to the old
 * key) are caught by further passes, which repeat until one finds nothing left to do. Rejects,
 * changing nothing, when the stored lock is not `from` (another tab changed it first).
 */
export async function rekeyAll(
  from: OpenVault | null,
  to: OpenVault | null,
  options: RekeyOptions = {},
): Promise<void> {
  const keys = [from, to].filter((vault): vault is OpenVault => vault !== null);
  let work = await rekeyPass(keys, to, { expected: from?.record.id }, options);
  for (let pass = 0; work > 0 && pass < MAX_PASSES; pass++) work = await rekeyPass(keys, to, false, {});
  announceEveryStore();
  if (work > 0) throw new Error('The journal kept changing while the lock was being changed.');
}

/**
 * Turns texts sealed by the popup (slow to reveal: one key agreement each) into texts locked with
 * the data key (one AES call), after the journal is unlocked. Nothing changes for the user. Rejects,
 * changing nothing, when `vault` is no longer the stored lock (changed or turned off elsewhere).
 */
export async function relockSealed(vault: OpenVault): Promise<void> {
  await rekeyPass([vault], vault, false, {});
  announceEveryStore();
}
