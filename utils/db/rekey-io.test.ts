import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import type { StoredDraft } from '../lock/draft-lock';
import { fastVault } from '../vault/test-vault';
import { getDb } from './connection';
import type { Checkin, Entry } from './records';
import { ConversionCache } from './rekey-cache';
import { LockChangedElsewhereError } from './rekey-errors';
import { commitCopies, readStored, REKEY_STORES, type RekeyCopies } from './rekey-io';
import { DRAFT, dumpDatabase, storeDraft, stored, storeVault } from './rekey-test-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Stand-in conversions: texts starting "old" need work and become "new"; the draft goes from plain to none. */
const needsWork = (record: Checkin | Entry) =>
  ('note' in record ? record.note : record.text).startsWith('old');
const convert = <T extends Checkin | Entry>(record: T): T =>
  'note' in record ? { ...record, note: 'new' } : { ...record, text: 'new' };

function copiesOf(checkins: Checkin[], entries: Entry[], draft: StoredDraft): RekeyCopies {
  const byId = (record: Checkin | Entry) => record.id;
  const copies: RekeyCopies = {
    checkins: new ConversionCache<Checkin>(byId, needsWork),
    entries: new ConversionCache<Entry>(byId, needsWork),
    draft: new ConversionCache<StoredDraft>(
      () => 'draft',
      (stored) => stored.plain !== undefined,
    ),
  };
  const fill = <T>(cache: ConversionCache<T>, items: T[], step: (item: T) => T) => {
    const { toConvert } = cache.pending(items);
    cache.keep(
      toConvert,
      toConvert.map(({ item }) => step(item)),
    );
  };
  fill(copies.checkins, checkins, convert);
  fill(copies.entries, entries, convert);
  fill(copies.draft, [draft], () => ({}));
  return copies;
}

async function setUp(count: number) {
  const [from, to] = await Promise.all([fastVault(), fastVault('another long passphrase')]);
  const checkins = Array.from({ length: count }, (_, i) => makeCheckin({ id: `c${i}`, note: `old ${i}` }));
  const entries = [makeEntry({ id: 'e0', text: 'old entry' }), makeEntry({ id: 'e1', text: 'done' })];
  const db = await getDb();
  await Promise.all([
    ...checkins.map((c) => db.put('checkins', c)),
    ...entries.map((e) => db.put('entries', e)),
  ]);
  await storeVault(from.record);
  await storeDraft(DRAFT, undefined);
  const copies = copiesOf(checkins, entries, { plain: DRAFT });
  return { db, from, to, checkins, entries, copies, target: { expected: from.record.id, to, swap: true } };
}

describe('readStored', () => {
  it('reads every record, both drafts and the vault', async () => {
    const { db, from, checkins, entries } = await setUp(3);
    const read = await readStored(db.transaction(REKEY_STORES));
    expect(read).toEqual({
      vault: from.record,
      checkins,
      entries,
      draft: { plain: DRAFT, locked: undefined },
    });
  });
});

describe('commitCopies', () => {
  it('writes every copy, the draft and the vault swap at once when nothing changed since the copies', async () => {
    const { db, to, copies, target } = await setUp(5);
    expect(await commitCopies(db, target, copies)).toBe(true);
    const after = await stored();
    expect(after.checkins.map((c) => c.note)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(after.entries.map((e) => e.text)).toEqual(['new', 'done']);
    expect(after.draft).toBeUndefined();
    expect(after.vault).toEqual(to.record);
  });

  it('aborts and writes nothing when a text needing work changed or appeared since the copies', async () => {
    const { db, target } = await setUp(5);
    for (const change of [
      () => db.put('checkins', makeCheckin({ id: 'c2', note: 'old, edited' })),
      () => db.put('entries', makeEntry({ id: 'e9', text: 'old, new entry' })),
      () => storeDraft({ ...DRAFT, text: 'typed meanwhile' }, undefined),
    ]) {
      const { checkins, entries, draft } = await stored();
      const fresh = copiesOf(checkins, entries, { plain: draft });
      await change();
      const before = await dumpDatabase();
      expect(await commitCopies(db, target, fresh)).toBe(false);
      expect(await dumpDatabase()).toEqual(before);
    }
  });

  it('writes the rest when a text was deleted or finished elsewhere meanwhile', async () => {
    const { db, copies, target } = await setUp(3);
    await db.delete('checkins', 'c0');
    await db.put('checkins', makeCheckin({ id: 'c1', note: 'finished elsewhere' }));
    expect(await commitCopies(db, target, copies)).toBe(true);
    expect((await stored()).checkins.map((c) => c.note)).toEqual(['finished elsewhere', 'new']);
  });

  it('rejects with LockChangedElsewhereError, writing nothing, when the stored vault is another', async () => {
    const { db, to, copies, target } = await setUp(3);
    await storeVault(to.record);
    const before = await dumpDatabase();
    await expect(commitCopies(db, target, copies)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('rejects and writes nothing when a put fails halfway', async () => {
    const { db, copies, target } = await setUp(20);
    const before = await dumpDatabase();
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 10) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(commitCopies(db, target, copies)).rejects.toThrow('The disk is full.');
    vi.restoreAllMocks();
    expect(await dumpDatabase()).toEqual(before);
  });
});
