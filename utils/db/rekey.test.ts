import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { ALL_STORES } from '../data/stores';
import { protectDraft, revealDraft } from '../lock/draft-lock';
import { revealWithAny } from '../lock/keyring';
import { mapBatched } from '../lock/map-batched';
import { placeOf } from '../lock/records';
import { DRAFT_PLACE } from '../vault/place';
import { WrongPassphraseError, UnreadableTextError } from '../vault/errors';
import { isSealed } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { fastVault, PASSPHRASE } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { openVault } from '../vault/vault';
import { onChange } from './changes';
import { putCheckin } from './checkins';
import { getDb } from './connection';
import { putEntry } from './entries';
import type { Checkin, Entry } from './records';
import { LockChangedElsewhereError, rekeyAll } from './rekey';
import {
  actDuringPasses,
  DRAFT,
  dumpDatabase,
  expectAllLockedUnder,
  expectedTexts,
  lockWith,
  openStoredAndReadAll,
  readableHush,
  readAll,
  sealWith,
  seed,
  storeDraft,
  stored,
  storeVault,
  twoVaults,
  withLocked,
} from './rekey-test-helpers';

// The real mapBatched, watched: a test can act between an attempt's read and its write.
vi.mock('../lock/map-batched', { spy: true });

afterEach(() => {
  vi.mocked(mapBatched).mockReset();
  vi.restoreAllMocks();
});

describe('rekeyAll turning the lock on', () => {
  it('locks every text under the vault, stores the vault record and locks the draft', async () => {
    const made = await seed(40, 30);
    await storeDraft(DRAFT, undefined);
    const vault = await fastVault();
    const heard = new Set<string>();
    const stop = onChange((change) => heard.add(change.store));

    await rekeyAll(null, vault);
    stop();

    const after = await stored();
    expect(after.vault).toEqual(vault.record);
    await expectAllLockedUnder(vault);
    expect(await readAll(vault)).toEqual(expectedTexts(made));
    expect(after.checkins.filter((c) => c.locked).length).toBe(32);
    expect(after.entries.every((e) => e.locked)).toBe(true);
    expect(after.draft).toBeUndefined();
    expect(after.draftLocked?.vault).toBe(vault.record.id);
    expect(
      after.draftLocked && (await revealDraft(after.draftLocked, (t, place) => revealText(vault, t, place))),
    ).toEqual(DRAFT);
    expect(await readableHush()).toBe('');
    expect([...heard].sort()).toEqual([...ALL_STORES].sort());
  });

  it('keeps every other field of the records as it was', async () => {
    const made = await seed(10, 10);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const after = await stored();
    const strip = (record: Checkin | Entry) => ({ ...record, locked: undefined, note: '-', text: '-' });
    expect(after.checkins.map(strip)).toEqual(made.checkins.map(strip));
    expect(after.entries.map(strip)).toEqual(made.entries.map(strip));
  });

  it('reports progress batch by batch, reaching the number of texts to convert', async () => {
    await seed(300, 20); // 60 empty notes: 240 + 20 texts to lock
    const progress = vi.fn();
    await rekeyAll(null, await fastVault(), { onProgress: progress });
    expect(progress.mock.calls).toEqual([
      [240, 260],
      [260, 260],
    ]);
  });

  it('stores the vault even when there is nothing to lock', async () => {
    const vault = await fastVault();
    const progress = vi.fn();
    await rekeyAll(null, vault, { onProgress: progress });
    expect((await stored()).vault).toEqual(vault.record);
    expect(progress).not.toHaveBeenCalled();
  });

  it('locks 2,000 records', { timeout: 120_000 }, async () => {
    const made = await seed(1000, 1000);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    await expectAllLockedUnder(vault);
    expect(await readAll(vault)).toEqual(expectedTexts(made));
  });
});

describe('rekeyAll changing the passphrase', () => {
  it('puts every text, popup ones and the draft included, under the new vault only', async () => {
    const made = await seed(30, 20);
    await storeDraft(DRAFT, undefined);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    // The popup seals to A's public key; the draft was last kept by a page without the passphrase.
    const popup = [
      makeCheckin({ id: 'p1', note: 'hush popup 1' }),
      makeCheckin({ id: 'p2', note: 'hush popup 2' }),
    ];
    for (const checkin of popup) await putCheckin(checkin);
    expect((await stored()).checkins.find((c) => c.id === 'p1')?.locked).toHaveProperty('epk');
    await storeDraft(undefined, await protectDraft(DRAFT, (text, place) => sealText(a.record, text, place)));

    await rekeyAll(a, b);

    const after = await stored();
    expect(after.vault).toEqual(b.record);
    await expectAllLockedUnder(b);
    expect(await readAll(b)).toEqual(
      expectedTexts({ checkins: [...made.checkins, ...popup], entries: made.entries }),
    );
    const texts = [...after.checkins, ...after.entries].flatMap((r) =>
      r.locked ? [{ text: r.locked, place: placeOf(r) }] : [],
    );
    expect(texts.length).toBe(24 + 2 + 20);
    if (after.draftLocked) texts.push({ text: after.draftLocked, place: DRAFT_PLACE });
    for (const { text, place } of texts) {
      await expect(revealWithAny([a])(text, place)).rejects.toBeInstanceOf(UnreadableTextError);
    }
    expect(after.draftLocked && isSealed(after.draftLocked)).toBe(false);
    expect(
      after.draftLocked && (await revealDraft(after.draftLocked, (t, place) => revealText(b, t, place))),
    ).toEqual(DRAFT);
    await expect(openVault(b.record, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});

describe('rekeyAll turning the lock off', () => {
  it('makes every text readable again, deletes the vault and keeps the draft plain', async () => {
    const made = await seed(25, 25);
    await storeDraft(DRAFT, undefined);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    await putEntry(makeEntry({ id: 'p', text: 'hush popup entry' })); // sealed
    const popupEntry = (await stored()).entries.find((e) => e.id === 'p');
    expect(popupEntry?.locked && isSealed(popupEntry.locked)).toBe(true);

    await rekeyAll(vault, null);

    const after = await stored();
    expect(after.vault).toBeUndefined();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(after.checkins.sort(byId)).toEqual(made.checkins.sort(byId));
    expect(after.entries.filter((e) => e.id !== 'p').sort(byId)).toEqual(made.entries.sort(byId));
    expect(after.entries.find((e) => e.id === 'p')?.text).toBe('hush popup entry');
    expect([...after.checkins, ...after.entries].some((r) => 'locked' in r)).toBe(false);
    expect(after.draft).toEqual(DRAFT);
    expect(after.draftLocked).toBeUndefined();
  });
});

describe('rekeyAll is all or nothing', () => {
  it('rejects on a text from an unknown vault while turning on, changing nothing', async () => {
    await seed(20, 5);
    await storeDraft(DRAFT, undefined);
    const [vault, stranger] = await twoVaults();
    // Written raw (putEntry refuses it), as an old version or a damaged import might have left it.
    await (
      await getDb()
    ).put('entries', await withLocked(makeEntry({ id: 'x', text: '' }), 'foreign', lockWith(stranger)));
    const before = await dumpDatabase();
    await expect(rekeyAll(null, vault)).rejects.toBeInstanceOf(UnreadableTextError);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('rejects on a text from an unknown vault while changing the passphrase, changing nothing', async () => {
    await seed(300, 10);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const stranger = await fastVault();
    await (
      await getDb()
    ).put('checkins', await withLocked(makeCheckin({ id: 'x', note: '' }), 'x', sealWith(stranger)));
    const before = await dumpDatabase();
    await expect(rekeyAll(a, b)).rejects.toBeInstanceOf(UnreadableTextError);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('rejects on a draft from an unknown vault while turning off, changing nothing', async () => {
    await seed(10, 10);
    const [vault, stranger] = await twoVaults();
    await rekeyAll(null, vault);
    await storeDraft(undefined, await protectDraft(DRAFT, (text, place) => lockText(stranger, text, place)));
    const before = await dumpDatabase();
    await expect(rekeyAll(vault, null)).rejects.toBeInstanceOf(UnreadableTextError);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('rejects, changing nothing, when another page changed the lock first', async () => {
    await seed(10, 10);
    const [a, b] = await twoVaults();
    const c = await fastVault();
    await rekeyAll(null, a);
    await storeVault(c.record); // another tab finished its own change meanwhile (simplified)
    const before = await dumpDatabase();
    await expect(rekeyAll(a, b)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    await expect(rekeyAll(null, b)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    await expect(rekeyAll(a, null)).rejects.toThrow(/changed elsewhere.*nothing was changed/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('writes nothing when the lock changes between its read and its write', async () => {
    await seed(10, 10);
    const [a, b] = await twoVaults();
    const c = await fastVault();
    await rekeyAll(null, a);
    let middle: unknown;
    actDuringPasses(async (call) => {
      if (call !== 2) return;
      await storeVault(c.record);
      middle = await dumpDatabase();
    });
    await expect(rekeyAll(a, b)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    expect(middle).toBeDefined();
    expect(await dumpDatabase()).toEqual(middle);
  });

  const realPut = IDBObjectStore.prototype.put;
  const directions = [
    { name: 'turning on', before: false, after: true },
    { name: 'changing the passphrase', before: true, after: true },
    { name: 'turning off', before: true, after: false },
  ];
  for (const direction of directions) {
    it(`changes nothing when a write fails halfway through the transaction while ${direction.name}`, async () => {
      const made = await seed(200, 50);
      await storeDraft(DRAFT, undefined);
      const [a, b] = await twoVaults();
      const from = direction.before ? a : null;
      if (from) await rekeyAll(null, from);
      await putCheckin(makeCheckin({ id: 'p', note: 'hush popup' })); // sealed while on
      const before = await dumpDatabase();
      let puts = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (++puts === 100) throw new DOMException('The disk is full.', 'QuotaExceededError');
        return realPut.apply(this, args);
      });

      await expect(rekeyAll(from, direction.after ? b : null)).rejects.toThrow('The disk is full.');
      expect(puts).toBe(100);
      vi.restoreAllMocks();

      expect(await dumpDatabase()).toEqual(before);
      const texts = expectedTexts(made).set('p', 'hush popup');
      if (!from) expect(await readAll(null)).toEqual(texts);
      else expect(await openStoredAndReadAll(PASSPHRASE)).toEqual({ texts, draft: DRAFT });
    });
  }

  it('changes nothing when the transaction is aborted after its last write (the tab closing)', async () => {
    const made = await seed(100, 20);
    await storeDraft(DRAFT, undefined);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const before = await dumpDatabase();
    let aborted = false;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      if (args[1] === 'vault') {
        this.transaction.abort();
        aborted = true;
      }
      return request;
    });

    await expect(rekeyAll(a, b)).rejects.toMatchObject({ name: 'AbortError' });
    expect(aborted).toBe(true);
    vi.restoreAllMocks();

    expect(await dumpDatabase()).toEqual(before);
    expect(await openStoredAndReadAll(PASSPHRASE)).toEqual({ texts: expectedTexts(made), draft: DRAFT });
  });
});
