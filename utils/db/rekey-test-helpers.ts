/**
 * Helpers for the rekey tests only (never imported by the extension): seeding, whole-database
 * snapshots, and reading every text back with a vault.
 */
import { expect, vi } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { ALL_STORES } from '../data/stores';
import type { JournalDraft } from '../journal/journal-draft';
import { revealDraft } from '../lock/draft-lock';
import { mapBatched } from '../lock/map-batched';
import { placeOf, plainTextOf, type PrivateRecord, type Protect } from '../lock/records';
import type * as MapBatchedModule from '../lock/map-batched';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { fastVault, PASSPHRASE } from '../vault/test-vault';
import { sealText } from '../vault/seal';
import { lockText, revealText } from '../vault/text';
import { openVault, type OpenVault } from '../vault/vault';
import { isVaultRecord, type VaultRecord } from '../vault/vault-record';
import { getDb } from './connection';
import type { Checkin, Entry } from './records';

/** Protects text with `vault`'s data key (locked, as an unlocked page does). */
export const lockWith =
  (vault: OpenVault): Protect =>
  (text, place) =>
    lockText(vault, text, place);

/** Protects text sealed to `vault`'s public key (as the popup does). */
export const sealWith =
  (vault: OpenVault): Protect =>
  (text, place) =>
    sealText(vault.record, text, place);

/** `record` with `words` protected at its own place by `protect`, its readable text as it is. */
export async function withLocked<T extends PrivateRecord>(
  record: T,
  words: string,
  protect: Protect,
): Promise<T> {
  return { ...record, locked: await protect(words, placeOf(record)) };
}

const real = await vi.importActual<typeof MapBatchedModule>('../lock/map-batched');

/**
 * Runs `during(call)` after the n-th mapBatched call, which must be mocked with `{ spy: true }` by
 * the test file. A rekey makes two per attempt (check-ins, then entries), between its read and its
 * write, so `during` acts as another page would while an attempt is under way. The mock's recorded
 * calls start again from here.
 */
export function actDuringPasses(during: (call: number) => Promise<void>): void {
  let call = 0;
  vi.mocked(mapBatched).mockClear(); // calls are counted from here
  vi.mocked(mapBatched).mockImplementation(
    async <T, U>(
      items: readonly T[],
      step: (item: T) => Promise<U>,
      onProgress?: (done: number) => void,
      batch?: number,
    ) => {
      const out = await real.mapBatched(items, step, onProgress, batch);
      await during(++call);
      return out;
    },
  );
}

export const DRAFT: JournalDraft = { text: 'hush half-written draft', tags: ['hush-tag'], editingId: 'e-1' };

/** Stores check-ins and entries with distinct words (every fifth check-in note is empty), readable. */
export async function seed(
  checkins: number,
  entries = 0,
): Promise<{ checkins: Checkin[]; entries: Entry[] }> {
  const made = {
    checkins: Array.from({ length: checkins }, (_, i) =>
      makeCheckin({ id: `c${i}`, note: i % 5 === 4 ? '' : `hush note ${i}`, at: i }),
    ),
    entries: Array.from({ length: entries }, (_, i) =>
      makeEntry({ id: `e${i}`, text: `hush entry ${i} ✍️`, tags: [`tag${i % 3}`] }),
    ),
  };
  const tx = (await getDb()).transaction(['checkins', 'entries', 'breaks'], 'readwrite');
  await Promise.all([
    ...made.checkins.map((c) => tx.objectStore('checkins').put(c)),
    ...made.entries.map((e) => tx.objectStore('entries').put(e)),
    tx.objectStore('breaks').put(makeBreak({ id: 'b1' })),
    tx.done,
  ]);
  return made;
}

/** Every store, keys and values: two dumps are equal only when nothing at all changed. */
export async function dumpDatabase(): Promise<unknown> {
  const db = await getDb();
  const dump: Record<string, unknown> = {};
  for (const store of ALL_STORES) {
    dump[store] = { keys: await db.getAllKeys(store), values: await db.getAll(store) };
  }
  return JSON.parse(JSON.stringify(dump));
}

export async function stored() {
  const db = await getDb();
  return {
    checkins: await db.getAll('checkins'),
    entries: await db.getAll('entries'),
    vault: await db.get('state', 'vault'),
    draft: (await db.get('state', 'journalDraft')) as JournalDraft | undefined,
    draftLocked: (await db.get('state', 'journalDraftLocked')) as ProtectedText | undefined,
  };
}

/**
 * The stored words around the first readable "hush " (every test text has it; base64 and ids never
 * hold a space) in the whole database, or '' when there is none.
 */
export async function readableHush(): Promise<string> {
  const json = JSON.stringify(await dumpDatabase());
  const at = json.indexOf('hush ');
  return at < 0 ? '' : json.slice(Math.max(0, at - 200), at + 40);
}

/** id → readable text, revealed with `vault`; fails the test on a text `vault` cannot read. */
export async function readAll(vault: OpenVault | null): Promise<Map<string, string>> {
  const { checkins, entries } = await stored();
  const texts = new Map<string, string>();
  for (const record of [...checkins, ...entries]) {
    if (record.locked) {
      expect(vault, `${record.id} is protected while the lock is off`).not.toBeNull();
      expect(plainTextOf(record)).toBe('');
      if (vault) texts.set(record.id, await revealText(vault, record.locked, placeOf(record)));
    } else texts.set(record.id, plainTextOf(record));
  }
  return texts;
}

export const expectedTexts = (made: { checkins: Checkin[]; entries: Entry[] }) =>
  new Map([...made.checkins, ...made.entries].map((record) => [record.id, plainTextOf(record)]));

/** Every non-empty text locked (not sealed) under `vault`, every empty one plain. */
export async function expectAllLockedUnder(vault: OpenVault): Promise<void> {
  const { checkins, entries } = await stored();
  for (const record of [...checkins, ...entries]) {
    if (!record.locked) expect(plainTextOf(record), `${record.id} left readable`).toBe('');
    else {
      expect(record.locked.vault).toBe(vault.record.id);
      expect(isSealed(record.locked), `${record.id} still sealed`).toBe(false);
    }
  }
}

/**
 * Opens the stored vault record with `passphrase` (as a user would after a failed change) and reads
 * every text and the locked draft with it; fails the test if any is unreadable.
 */
export async function openStoredAndReadAll(passphrase = PASSPHRASE) {
  const { vault, draftLocked } = await stored();
  if (!isVaultRecord(vault)) throw new Error('No vault record is stored.');
  const opened = await openVault(vault, passphrase);
  const draft =
    draftLocked && (await revealDraft(draftLocked, (text, place) => revealText(opened, text, place)));
  return { texts: await readAll(opened), draft };
}

export async function storeVault(record: VaultRecord | undefined): Promise<void> {
  const db = await getDb();
  await (record ? db.put('state', record, 'vault') : db.delete('state', 'vault'));
}

export async function storeDraft(
  draft: JournalDraft | undefined,
  locked: ProtectedText | undefined,
): Promise<void> {
  const db = await getDb();
  await (draft ? db.put('state', draft, 'journalDraft') : db.delete('state', 'journalDraft'));
  await (locked ? db.put('state', locked, 'journalDraftLocked') : db.delete('state', 'journalDraftLocked'));
}

export const twoVaults = () => Promise.all([fastVault(), fastVault('a different passphrase')]);
