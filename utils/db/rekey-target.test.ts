import { describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { protectDraft, revealDraft } from '../lock/draft-lock';
import { revealWithAny } from '../lock/keyring';
import { placeOf } from '../lock/records';
import { UnreadableTextError } from '../vault/errors';
import { isSealed } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { fastVault, legacyVault, PASSPHRASE } from '../vault/test-vault';
import { openVault } from '../vault/vault';
import { lockText, revealText } from '../vault/text';
import { lockWith, sealWith, withLocked } from './rekey-test-helpers';
import { convertDraft, convertRecord, draftNeedsWork, recordNeedsWork } from './rekey-target';

const DRAFT = { text: 'half a thought', tags: ['t'] };
const vaults = () => Promise.all([fastVault(), fastVault('another long passphrase')]);

describe('recordNeedsWork and draftNeedsWork', () => {
  it('want every text locked, not sealed, under the target, and no readable words', async () => {
    const [from, to] = await vaults();
    const cases = [
      { record: makeCheckin({ note: 'words' }), on: true, off: false },
      { record: makeCheckin({ note: '' }), on: false, off: false },
      { record: await withLocked(makeEntry({ text: '' }), 'x', lockWith(to)), on: false, off: true },
      { record: await withLocked(makeEntry({ text: '' }), 'x', sealWith(to)), on: true, off: true },
      { record: await withLocked(makeEntry({ text: '' }), 'x', lockWith(from)), on: true, off: true },
      { record: await withLocked(makeEntry({ text: 'newer' }), 'x', lockWith(to)), on: true, off: true },
    ];
    for (const { record, on, off } of cases) {
      expect(recordNeedsWork(record, to), JSON.stringify(record)).toBe(on);
      expect(recordNeedsWork(record, null), JSON.stringify(record)).toBe(off);
    }
  });

  it('want a format 1 text, locked or sealed, rewritten in the current format', async () => {
    const legacy = await legacyVault();
    const to = await openVault(legacy.record, PASSPHRASE);
    for (const protect of [() => legacy.lock('x'), () => legacy.seal('x')]) {
      const record = { ...makeEntry({ text: '' }), locked: await protect() };
      expect(recordNeedsWork(record, to)).toBe(true);
      expect(draftNeedsWork({ locked: record.locked }, to)).toBe(true);
    }
    const current = await withLocked(makeEntry({ text: '' }), 'x', lockWith(to));
    expect(recordNeedsWork(current, to)).toBe(false);
  });

  it('want the draft only locked under the target, or only readable when the lock goes off', async () => {
    const [from, to] = await vaults();
    const lockedTo = await protectDraft(DRAFT, (json, place) => lockText(to, json, place));
    const sealedTo = await protectDraft(DRAFT, (json, place) => sealText(to.record, json, place));
    const lockedFrom = await protectDraft(DRAFT, (json, place) => lockText(from, json, place));
    expect(draftNeedsWork({}, to)).toBe(false);
    expect(draftNeedsWork({}, null)).toBe(false);
    expect(draftNeedsWork({ locked: lockedTo }, to)).toBe(false);
    expect(draftNeedsWork({ plain: DRAFT }, null)).toBe(false);
    expect(draftNeedsWork({ plain: DRAFT }, to)).toBe(true);
    expect(draftNeedsWork({ plain: DRAFT, locked: lockedTo }, to)).toBe(true);
    expect(draftNeedsWork({ locked: sealedTo }, to)).toBe(true);
    expect(draftNeedsWork({ locked: lockedFrom }, to)).toBe(true);
    expect(draftNeedsWork({ locked: lockedTo }, null)).toBe(true);
  });
});

describe('convertRecord', () => {
  it('moves a text from the old vault, locked or sealed, to the new one, keeping every other field', async () => {
    const [from, to] = await vaults();
    const reveal = revealWithAny([from, to]);
    for (const protect of [lockWith(from), sealWith(to)]) {
      const record = await withLocked(makeCheckin({ note: '', emotions: ['calm'] }), 'old words', protect);
      const converted = await convertRecord(record, reveal, to);
      expect(converted.locked && !isSealed(converted.locked) && converted.locked.vault).toBe(to.record.id);
      expect({ ...converted, locked: undefined }).toEqual({ ...record, locked: undefined });
      expect(converted.locked && (await revealText(to, converted.locked, placeOf(converted)))).toBe(
        'old words',
      );
    }
  });

  it('keeps readable words beside a protected copy, as the newer ones', async () => {
    const [from, to] = await vaults();
    const record = await withLocked(makeEntry({ text: 'newer words' }), 'older words', lockWith(from));
    const locked = await convertRecord(record, revealWithAny([from, to]), to);
    expect(locked.locked && (await revealText(to, locked.locked, placeOf(locked)))).toBe('newer words');
    expect(await convertRecord(record, revealWithAny([]), null)).toEqual({ ...record, locked: undefined });
  });

  it('makes a text readable when the lock goes off, and refuses one no key can read', async () => {
    const [from, stranger] = await vaults();
    const record = await withLocked(makeEntry({ text: '' }), 'words', sealWith(from));
    const plain = await convertRecord(record, revealWithAny([from]), null);
    expect(plain.text).toBe('words');
    expect('locked' in plain).toBe(false);
    const foreign = await withLocked(makeEntry({ text: '' }), 'theirs', lockWith(stranger));
    await expect(convertRecord(foreign, revealWithAny([from]), null)).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
  });
});

describe('convertDraft', () => {
  it('locks the draft under the target, a readable one winning over a locked one', async () => {
    const [from, to] = await vaults();
    const reveal = revealWithAny([from, to]);
    const older = await protectDraft({ text: 'older', tags: [] }, (json, place) =>
      sealText(from.record, json, place),
    );
    const fromLocked = await convertDraft({ locked: older }, reveal, to);
    const fromPlain = await convertDraft({ plain: DRAFT, locked: older }, reveal, to);
    for (const [converted, text] of [
      [fromLocked, 'older'],
      [fromPlain, 'half a thought'],
    ] as const) {
      expect(converted.plain).toBeUndefined();
      expect(converted.locked?.vault).toBe(to.record.id);
      const revealed = converted.locked && (await revealDraft(converted.locked, reveal));
      expect(revealed?.text).toBe(text);
    }
  });

  it('makes the draft readable when the lock goes off, and refuses one no key can read', async () => {
    const [from, stranger] = await vaults();
    const locked = await protectDraft(DRAFT, (json, place) => lockText(from, json, place));
    expect(await convertDraft({ locked }, revealWithAny([from]), null)).toEqual({ plain: DRAFT });
    await expect(convertDraft({ locked }, revealWithAny([stranger]), null)).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
  });
});
