import { announceEveryStore } from '../data/stores';
import { revealWithAny } from '../lock/keyring';
import { mapBatched } from '../lock/map-batched';
import { plainTextOf, protectRecord, revealRecord, type PrivateRecord } from '../lock/records';
import { revealDraft } from '../lock/draft';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { lockText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
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

/** The same stored value as when it was read: a record edited meanwhile is left for the next pass. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One pass: read every private text, convert those not yet right for `to` (revealed with `keys`,
 * then locked with `to`'s data key, or left readable when `to` is null), and write them back in ONE
 * transaction, with the vault record swapped when `swap` is set. Returns how much it changed or
 * left for later; 0 means everything was already right.
 */
async function rekeyPass(
  keys: OpenVault[],
  to: OpenVault | null,
  swap: boolean,
  options: RekeyOptions,
): Promise<number> {
  const db = await getDb();
  const read = db.transaction(['checkins', 'entries', 'state']);
  const [checkins, entries, draft, draftLocked] = await Promise.all([
    read.objectStore('checkins').getAll(),
    read.objectStore('entries').getAll(),
    read.objectStore('state').get('journalDraft') as Promise<JournalDraft | undefined>,
    read.objectStore('state').get('journalDraftLocked') as Promise<ProtectedText | undefined>,
  ]);
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

  // The draft: readable while off, locked JSON while on.
  const draftNow = draftLocked ? await revealDraft(draftLocked, reveal) : draft;
  const draftWork = to
    ? draftNow !== undefined && (!draftLocked || draftLocked.vault !== to.record.id || isSealed(draftLocked))
    : draftLocked !== undefined;
  const newDraftLocked =
    to && draftWork && draftNow ? await lockText(to, JSON.stringify(draftNow)) : undefined;

  const tx = db.transaction(['checkins', 'entries', 'state'], 'readwrite');
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
  const state = tx.objectStore('state');
  if (draftWork) {
    const [plainNow, lockedNow] = await Promise.all([
      state.get('journalDraft'),
      state.get('journalDraftLocked'),
    ]);
    // Typed into meanwhile: left as it is now; the next pass takes the newer draft.
    const untouched = same(plainNow, draft) && same(lockedNow, draftLocked);
    if (untouched && newDraftLocked) {
      writes.push(state.put(newDraftLocked, 'journalDraftLocked'), state.delete('journalDraft'));
    } else if (untouched && draftNow) {
      writes.push(state.put(draftNow, 'journalDraft'), state.delete('journalDraftLocked'));
    }
  }
  if (swap) writes.push(to ? state.put(to.record, 'vault') : state.delete('vault'));
  await Promise.all([...writes, tx.done]);
  // Anything done or left over means another pass must look again.
  return total + (draftWork ? 1 : 0);
}

/**
 * Turns the lock on (`from` null), changes the passphrase (old vault to a new one), or turns the lock
 * off (`to` null). Every private text is re-encrypted under `to` and written, with the new vault
 * record, in one transaction: it all changes or (on any error) nothing does, and the old passphrase
 * opens nothing afterwards. Texts another page writes meanwhile (a popup check-in sealed to the old
 * key) are caught by further passes, which repeat until one finds nothing left to do.
 */
export async function rekeyAll(
  from: OpenVault | null,
  to: OpenVault | null,
  options: RekeyOptions = {},
): Promise<void> {
  const keys = [from, to].filter((vault): vault is OpenVault => vault !== null);
  let work = await rekeyPass(keys, to, true, options);
  for (let pass = 0; work > 0 && pass < MAX_PASSES; pass++) work = await rekeyPass(keys, to, false, {});
  announceEveryStore();
  if (work > 0) throw new Error('The journal kept changing while the lock was being changed.');
}

/**
 * Turns texts sealed by the popup (slow to reveal: one key agreement each) into texts locked with
 * the data key (one AES call), after the journal is unlocked. Nothing changes for the user.
 */
export async function relockSealed(vault: OpenVault): Promise<void> {
  await rekeyPass([vault], vault, false, {});
  announceEveryStore();
}
