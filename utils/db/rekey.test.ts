import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { ALL_STORES } from '../data/stores';
import type { JournalDraft } from '../journal/draft';
import { protectDraft, revealDraft } from '../lock/draft';
import { revealWithAny } from '../lock/keyring';
import { mapBatched } from '../lock/map-batched';
import type * as MapBatchedModule from '../lock/map-batched';
import { WrongPassphraseError, UnreadableTextError } from '../vault/errors';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { fastVault, PASSPHRASE } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { openVault, type OpenVault } from '../vault/vault';
import type { VaultRecord } from '../vault/vault-record';
import { onChange } from './changes';
import { deleteCheckin, putCheckin } from './checkins';
import { getDb } from './connection';
import { putEntry } from './entries';
import type { Checkin, Entry } from './records';
import { relockSealed, rekeyAll } from './rekey';

// The real mapBatched, watched: a test can act between a pass's read and its write.
vi.mock('../lock/map-batched', { spy: true });
const real = await vi.importActual<typeof MapBatchedModule>('../lock/map-batched');

afterEach(() => {
  vi.mocked(mapBatched).mockReset();
});

/** Runs `during(call)` after the n-th mapBatched call (two per pass: check-ins, then entries). */
function actDuringPasses(during: (call: number) => Promise<void>): void {
  let call = 0;
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

const DRAFT: JournalDraft = { text: 'hush half-written draft', tags: ['hush-tag'], editingId: 'e-1' };

/** Stores check-ins and entries with distinct words (every fifth check-in note is empty), readable. */
async function seed(checkins: number, entries = 0): Promise<{ checkins: Checkin[]; entries: Entry[] }> {
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
async function dumpDatabase(): Promise<unknown> {
  const db = await getDb();
  const dump: Record<string, unknown> = {};
  for (const store of ALL_STORES) {
    dump[store] = { keys: await db.getAllKeys(store), values: await db.getAll(store) };
  }
  return JSON.parse(JSON.stringify(dump));
}

async function stored() {
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
async function readableHush(): Promise<string> {
  const json = JSON.stringify(await dumpDatabase());
  const at = json.indexOf('hush ');
  return at < 0 ? '' : json.slice(Math.max(0, at - 200), at + 40);
}

const textOf = (record: Checkin | Entry) => ('note' in record ? record.note : record.text);

/** id → readable text, revealed with `vault`; fails the test on a text `vault` cannot read. */
async function readAll(vault: OpenVault | null): Promise<Map<string, string>> {
  const { checkins, entries } = await stored();
  const texts = new Map<string, string>();
  for (const record of [...checkins, ...entries]) {
    if (record.locked) {
      expect(vault, `${record.id} is protected while the lock is off`).not.toBeNull();
      expect(textOf(record)).toBe('');
      if (vault) texts.set(record.id, await revealText(vault, record.locked));
    } else texts.set(record.id, textOf(record));
  }
  return texts;
}

const expectedTexts = (made: { checkins: Checkin[]; entries: Entry[] }) =>
  new Map([...made.checkins, ...made.entries].map((record) => [record.id, textOf(record)]));

/** Every non-empty text locked (not sealed) under `vault`, every empty one plain. */
async function expectAllLockedUnder(vault: OpenVault): Promise<void> {
  const { checkins, entries } = await stored();
  for (const record of [...checkins, ...entries]) {
    if (!record.locked) expect(textOf(record), `${record.id} left readable`).toBe('');
    else {
      expect(record.locked.vault).toBe(vault.record.id);
      expect(isSealed(record.locked), `${record.id} still sealed`).toBe(false);
    }
  }
}

async function storeVault(record: VaultRecord | undefined): Promise<void> {
  const db = await getDb();
  await (record ? db.put('state', record, 'vault') : db.delete('state', 'vault'));
}

async function storeDraft(draft: JournalDraft | undefined, locked: ProtectedText | undefined): Promise<void> {
  const db = await getDb();
  await (draft ? db.put('state', draft, 'journalDraft') : db.delete('state', 'journalDraft'));
  await (locked ? db.put('state', locked, 'journalDraftLocked') : db.delete('state', 'journalDraftLocked'));
}

const twoVaults = () => Promise.all([fastVault(), fastVault('a different passphrase')]);

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
    expect(after.draftLocked && (await revealDraft(after.draftLocked, (t) => revealText(vault, t)))).toEqual(
      DRAFT,
    );
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
    await storeDraft(undefined, await protectDraft(DRAFT, (text) => sealText(a.record, text)));

    await rekeyAll(a, b);

    const after = await stored();
    expect(after.vault).toEqual(b.record);
    await expectAllLockedUnder(b);
    expect(await readAll(b)).toEqual(
      expectedTexts({ checkins: [...made.checkins, ...popup], entries: made.entries }),
    );
    const texts = [...after.checkins, ...after.entries].flatMap((r) => (r.locked ? [r.locked] : []));
    expect(texts.length).toBe(24 + 2 + 20);
    for (const text of [...texts, ...(after.draftLocked ? [after.draftLocked] : [])]) {
      await expect(revealWithAny([a])(text)).rejects.toBeInstanceOf(UnreadableTextError);
    }
    expect(after.draftLocked && isSealed(after.draftLocked)).toBe(false);
    expect(after.draftLocked && (await revealDraft(after.draftLocked, (t) => revealText(b, t)))).toEqual(
      DRAFT,
    );
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
    ).put('entries', makeEntry({ id: 'x', text: '', locked: await lockText(stranger, 'foreign') }));
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
    ).put('checkins', makeCheckin({ id: 'x', note: '', locked: await sealText(stranger.record, 'x') }));
    const before = await dumpDatabase();
    await expect(rekeyAll(a, b)).rejects.toBeInstanceOf(UnreadableTextError);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('rejects on a draft from an unknown vault while turning off, changing nothing', async () => {
    await seed(10, 10);
    const [vault, stranger] = await twoVaults();
    await rekeyAll(null, vault);
    await storeDraft(undefined, await protectDraft(DRAFT, (text) => lockText(stranger, text)));
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
    await expect(rekeyAll(a, b)).rejects.toThrow(/changed elsewhere/);
    await expect(rekeyAll(null, b)).rejects.toThrow(/changed elsewhere/);
    await expect(rekeyAll(a, null)).rejects.toThrow(/changed elsewhere/);
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
    await expect(rekeyAll(a, b)).rejects.toThrow(/changed elsewhere/);
    expect(middle).toBeDefined();
    expect(await dumpDatabase()).toEqual(middle);
  });
});

describe('rekeyAll with writes from other pages meanwhile', () => {
  it('keeps records edited or deleted between its read and its write, converting the newer words', async () => {
    const made = await seed(20, 5);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const newerDraft = { ...DRAFT, text: 'hush newer draft' };
    actDuringPasses(async (call) => {
      if (call !== 1) return;
      await putCheckin({ ...(made.checkins[3] as Checkin), note: 'hush edited' });
      await deleteCheckin('c7');
      await putEntry(makeEntry({ id: 'new', text: 'hush brand new' }));
      await storeDraft(undefined, await protectDraft(newerDraft, (text) => lockText(a, text)));
    });
    await rekeyAll(a, b);

    const texts = await readAll(b);
    expect(texts.get('c3')).toBe('hush edited');
    expect(texts.has('c7')).toBe(false);
    expect(texts.get('new')).toBe('hush brand new');
    expect(texts.size).toBe(25);
    const { draftLocked } = await stored();
    expect(draftLocked?.vault).toBe(b.record.id);
    expect(draftLocked && (await revealDraft(draftLocked, (t) => revealText(b, t)))).toEqual(newerDraft);
  });

  it('finishes although the popup saves during every pass: texts sealed to the new vault are fine', async () => {
    await seed(10, 0);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const saved: string[] = [];
    actDuringPasses(async (call) => {
      if (call % 2 === 0) return; // once per pass
      saved.push(`p${call}`);
      await putCheckin(makeCheckin({ id: `p${call}`, note: `hush popup ${call}` }));
    });
    await rekeyAll(a, b);

    expect(saved.length).toBeLessThanOrEqual(3);
    const texts = await readAll(b);
    for (const id of saved) expect(texts.get(id)).toBe(`hush popup ${id.slice(1)}`);
    const { checkins } = await stored();
    expect(checkins.every((c) => c.locked?.vault === b.record.id || c.note === '')).toBe(true);
  });

  const directions = [
    { name: 'turning on', before: false, after: true },
    { name: 'changing the passphrase', before: true, after: true },
    { name: 'turning off', before: true, after: false },
  ];
  for (const direction of directions) {
    it(`ends with every text under the final lock after 50 saves while ${direction.name} 500 records`, async () => {
      const made = await seed(400, 100);
      const [a, b] = await twoVaults();
      const from = direction.before ? a : null;
      const to = direction.after ? b : null;
      if (from) await rekeyAll(null, from);

      const expected = expectedTexts(made);
      let saved = 0;
      const save = async (i: number) => {
        const edit = i % 2 === 0;
        const checkin = edit
          ? { ...(made.checkins[i] as Checkin), note: `hush edit ${i}` }
          : makeCheckin({ id: `new${i}`, note: `hush new ${i}` });
        expected.set(checkin.id, checkin.note);
        await putCheckin(checkin);
        saved++;
      };
      // Some saves land between the first pass's read and its write, some during the next pass.
      actDuringPasses(async (call) => {
        if (call === 1) await Promise.all([0, 1, 2, 3, 4].map(save));
        if (call === 3) await Promise.all([5, 6, 7].map(save));
      });
      const others = Array.from({ length: 42 }, (_, k) =>
        new Promise((resolve) => setTimeout(resolve, k % 14)).then(() => save(8 + k)),
      );
      await Promise.all([rekeyAll(from, to), ...others]);

      expect(saved).toBe(50);
      const after = await stored();
      expect(after.vault).toEqual(to?.record);
      for (const record of [...after.checkins, ...after.entries]) {
        if (to)
          expect(textOf(record) === '' && (record.locked?.vault ?? to.record.id) === to.record.id).toBe(true);
        else expect(record.locked).toBeUndefined();
      }
      expect(after.checkins.length + after.entries.length).toBe(500 + 25);
      expect(await readAll(to)).toEqual(expected);
      if (to) expect(await readableHush()).toBe('');
    });
  }
});

describe('relockSealed', () => {
  it('turns sealed texts into locked ones, keeping the words and leaving locked ones alone', async () => {
    const made = await seed(10, 10);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const lockedBefore = await stored();
    const popup = [makeCheckin({ id: 'p1', note: 'hush p1' }), makeCheckin({ id: 'p2', note: 'hush p2' })];
    for (const checkin of popup) await putCheckin(checkin);
    await putEntry(makeEntry({ id: 'p3', text: 'hush p3' }));
    await storeDraft(undefined, await protectDraft(DRAFT, (text) => sealText(vault.record, text)));

    await relockSealed(vault);

    const after = await stored();
    await expectAllLockedUnder(vault);
    expect(after.vault).toEqual(vault.record);
    const texts = expectedTexts(made);
    texts.set('p1', 'hush p1').set('p2', 'hush p2').set('p3', 'hush p3');
    expect(await readAll(vault)).toEqual(texts);
    for (const record of lockedBefore.checkins) expect(after.checkins).toContainEqual(record);
    for (const record of lockedBefore.entries) expect(after.entries).toContainEqual(record);
    expect(after.draftLocked && isSealed(after.draftLocked)).toBe(false);
    expect(after.draftLocked && (await revealDraft(after.draftLocked, (t) => revealText(vault, t)))).toEqual(
      DRAFT,
    );
  });

  it('locks a readable draft kept beside the locked one by a page that missed the lock turning on', async () => {
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const stale = { ...DRAFT, text: 'hush typed in a stale tab' };
    await storeDraft(stale, await protectDraft(DRAFT, (text) => lockText(vault, text)));
    await relockSealed(vault);
    const after = await stored();
    expect(after.draft).toBeUndefined();
    expect(after.draftLocked && (await revealDraft(after.draftLocked, (t) => revealText(vault, t)))).toEqual(
      stale,
    );
  });

  it('changes nothing and rejects once the vault is no longer the lock', async () => {
    await seed(10, 10);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    await rekeyAll(a, null); // turned off in another tab
    const off = await dumpDatabase();
    await expect(relockSealed(a)).rejects.toThrow(/changed elsewhere/);
    expect(await dumpDatabase()).toEqual(off);

    await rekeyAll(null, b);
    await putCheckin(makeCheckin({ id: 'p', note: 'hush sealed to b' }));
    const onB = await dumpDatabase();
    await expect(relockSealed(a)).rejects.toThrow(/changed elsewhere/);
    expect(await dumpDatabase()).toEqual(onB);
  });
});
