import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import { revealDraft } from '../lock/draft-lock';
import { mapBatched } from '../lock/map-batched';
import { placeOf, protectRecord, type Protect } from '../lock/records';
import { DRAFT_PLACE, TEXT_FORMAT } from '../vault/place';
import { isSealed } from '../vault/protected-text';
import { fastVault, legacyVault, PASSPHRASE, SAMPLE_TEXTS, type LegacyVault } from '../vault/test-vault';
import { revealText } from '../vault/text';
import { openVault } from '../vault/vault';
import { isVaultRecord } from '../vault/vault-record';
import { getDb } from './connection';
import { putCheckin } from './checkins';
import { relockSealed, rekeyAll } from './rekey';
import {
  actDuringPasses,
  DRAFT,
  dumpDatabase,
  expectAllLockedUnder,
  expectedTexts,
  lockWith,
  openStoredAndReadAll,
  readAll,
  seed,
  storeDraft,
  stored,
  storeVault,
  withLocked,
} from './rekey-test-helpers';

// The real mapBatched, watched: a test can act between an attempt's read and its write.
vi.mock('../lock/map-batched', { spy: true });

afterEach(() => {
  vi.mocked(mapBatched).mockReset();
});

/**
 * A database as a version 1 lock left it: its record, every text in format 1 (locked, or sealed by
 * the popup every third one), the draft locked; the sample texts (emoji, BOM, NUL, 20,000
 * characters) among the notes.
 */
async function seedVersion1(): Promise<{ legacy: LegacyVault; texts: Map<string, string> }> {
  const made = await seed(20, 12);
  SAMPLE_TEXTS.forEach((text, i) => {
    const checkin = made.checkins[i];
    if (checkin && text !== '') checkin.note = text;
  });
  const legacy = await legacyVault();
  const db = await getDb();
  let n = 0;
  const protect: Protect = (text) => (n++ % 3 === 2 ? legacy.seal(text) : legacy.lock(text));
  for (const checkin of made.checkins) await db.put('checkins', await protectRecord(checkin, protect));
  for (const entry of made.entries) await db.put('entries', await protectRecord(entry, protect));
  await storeDraft(undefined, await legacy.lock(JSON.stringify(DRAFT)));
  await storeVault(legacy.record);
  const texts = expectedTexts(made);
  made.checkins.forEach((checkin) => texts.set(checkin.id, checkin.note));
  return { legacy, texts };
}

/** Every protected text stored, with where it is kept. */
async function everyText() {
  const all = await stored();
  const texts = [...all.checkins, ...all.entries].flatMap((record) =>
    record.locked ? [{ text: record.locked, place: placeOf(record) }] : [],
  );
  return all.draftLocked ? [...texts, { text: all.draftLocked, place: DRAFT_PLACE }] : texts;
}

describe('a version 1 lock, when it next opens', () => {
  it('has every text rewritten in format 2 by the relock, byte for byte, and its record stored as version 2', async () => {
    const { legacy, texts } = await seedVersion1();
    expect((await everyText()).every(({ text }) => text.v === 1)).toBe(true);
    const vault = await openVault(legacy.record, PASSPHRASE);
    expect(await readAll(vault)).toEqual(texts);

    await relockSealed(vault);

    const after = await stored();
    expect(after.vault).toEqual(vault.record);
    expect(isVaultRecord(after.vault) && after.vault.v).toBe(2);
    await expectAllLockedUnder(vault);
    for (const { text } of await everyText()) {
      expect(text.v).toBe(TEXT_FORMAT);
      expect(isSealed(text)).toBe(false);
    }
    expect(await readAll(vault)).toEqual(texts);
    // The stored version 2 record opens with the same passphrase and reads everything.
    const reopened = await openStoredAndReadAll(PASSPHRASE);
    expect(reopened.texts).toEqual(texts);
    expect(reopened.draft).toEqual(DRAFT);
    // Bound now: a text moved to another record no longer reads there.
    const [first, second] = after.entries;
    if (!first?.locked || !second) throw new Error('two locked entries expected');
    await expect(revealText(vault, first.locked, placeOf(second))).rejects.toThrow(/cannot be read/);
  });

  it('relocks nothing a second time', async () => {
    const { legacy } = await seedVersion1();
    const vault = await openVault(legacy.record, PASSPHRASE);
    await relockSealed(vault);
    const once = await dumpDatabase();
    await relockSealed(await openVault(vault.record, PASSPHRASE));
    expect(await dumpDatabase()).toEqual(once);
  });

  it('still reads everything when the rewrite is interrupted, and finishes it at the next unlock', async () => {
    const { legacy, texts } = await seedVersion1();
    const vault = await openVault(legacy.record, PASSPHRASE);
    // The popup saves (format 2, sealed) during every attempt: the relock gives up, writing nothing.
    let afterLastSave: unknown;
    actDuringPasses(async (call) => {
      if (call % 2 === 0) return;
      await putCheckin(makeCheckin({ id: `p${call}`, note: `hush p${call}` }));
      afterLastSave = await dumpDatabase();
    });
    await relockSealed(vault);
    expect(await dumpDatabase()).toEqual(afterLastSave);
    vi.mocked(mapBatched).mockReset();

    // Half-way: version 1 record, format 1 and format 2 texts side by side, some locked by hand.
    const db = await getDb();
    const half = (await db.getAll('entries')).slice(0, 6);
    for (const entry of half) {
      const text = texts.get(entry.id) ?? '';
      await db.put('entries', await withLocked(entry, text, lockWith(vault)));
    }
    const popup = new Map([1, 3, 5, 7, 9, 11].map((call) => [`p${call}`, `hush p${call}`]));
    const everything = new Map([...texts, ...popup]);
    expect(new Set((await everyText()).map(({ text }) => text.v))).toEqual(new Set([1, 2]));
    expect((await stored()).vault).toEqual(legacy.record);
    const opened = await openStoredAndReadAll(PASSPHRASE);
    expect(opened.texts).toEqual(everything);
    expect(opened.draft).toEqual(DRAFT);

    // The next unlock finishes it.
    const next = await openVault(legacy.record, PASSPHRASE);
    await relockSealed(next);
    expect((await everyText()).every(({ text }) => text.v === TEXT_FORMAT && !isSealed(text))).toBe(true);
    expect(await readAll(next)).toEqual(everything);
  });

  it('changes its passphrase: every text ends in format 2 under the new vault', async () => {
    const { legacy, texts } = await seedVersion1();
    const old = await openVault(legacy.record, PASSPHRASE);
    const next = await fastVault('a brand new passphrase');
    await rekeyAll(old, next);
    expect((await stored()).vault).toEqual(next.record);
    for (const { text } of await everyText()) expect(text.v).toBe(TEXT_FORMAT);
    expect(await readAll(next)).toEqual(texts);
    const draft = (await stored()).draftLocked;
    expect(draft && (await revealDraft(draft, (t, place) => revealText(next, t, place)))).toEqual(DRAFT);
  });
});
