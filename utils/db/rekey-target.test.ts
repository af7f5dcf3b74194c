import { describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { protectDraft, revealDraft } from '../lock/draft-lock';
import { revealWithAny } from '../lock/keyring';
import { UnreadableTextError } from '../vault/errors';
import { isSealed } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { fastVault } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { convertDraft, convertRecord, draftNeedsWork, recordNeedsWork } from './rekey-target';

const DRAFT = { text: 'half a thought', tags: ['t'] };
const vaults = () => Promise.all([fastVault(), fastVault('another long passphrase')]);

describe('recordNeedsWork and draftNeedsWork', () => {
  it('want every text locked, not sealed, under the target, and no readable words', async () => {
    const [from, to] = await vaults();
    const cases = [
      { record: makeCheckin({ note: 'words' }), on: true, off: false },
      { record: makeCheckin({ note: '' }), on: false, off: false },
      { record: makeEntry({ text: '', locked: await lockText(to, 'x') }), on: false, off: true },
      { record: makeEntry({ text: '', locked: await sealText(to.record, 'x') }), on: true, off: true },
      { record: makeEntry({ text: '', locked: await lockText(from, 'x') }), on: true, off: true },
      { record: makeEntry({ text: 'newer', locked: await lockText(to, 'x') }), on: true, off: true },
    ];
    for (const { record, on, off } of cases) {
      expect(recordNeedsWork(record, to), JSON.stringify(record)).toBe(on);
      expect(recordNeedsWork(record, null), JSON.stringify(record)).toBe(off);
    }
  });

  it('want the draft only locked under the target, or only readable when the lock goes off', async () => {
    const [from, to] = await vaults();
    const lockedTo = await protectDraft(DRAFT, (json) => lockText(to, json));
    const sealedTo = await protectDraft(DRAFT, (json) => sealText(to.record, json));
    const lockedFrom = await protectDraft(DRAFT, (json) => lockText(from, json));
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
    for (const locked of [await lockText(from, 'old words'), await sealText(to.record, 'old words')]) {
      const record = makeCheckin({ note: '', locked, emotions: ['calm'] });
      const converted = await convertRecord(record, reveal, to);
      expect(converted.locked && !isSealed(converted.locked) && converted.locked.vault).toBe(to.record.id);
      expect({ ...converted, locked: undefined }).toEqual({ ...record, locked: undefined });
      expect(converted.locked && (await revealText(to, converted.locked))).toBe('old words');
    }
  });

  it('keeps readable words beside a protected copy, as the newer ones', async () => {
    const [from, to] = await vaults();
    const record = makeEntry({ text: 'newer words', locked: await lockText(from, 'older words') });
    const locked = await convertRecord(record, revealWithAny([from, to]), to);
    expect(locked.locked && (await revealText(to, locked.locked))).toBe('newer words');
    expect(await convertRecord(record, revealWithAny([]), null)).toEqual({ ...record, locked: undefined });
  });

  it('makes a text readable when the lock goes off, and refuses one no key can read', async () => {
    const [from, stranger] = await vaults();
    const record = makeEntry({ text: '', locked: await sealText(from.record, 'words') });
    const plain = await convertRecord(record, revealWithAny([from]), null);
    expect(plain.text).toBe('words');
    expect('locked' in plain).toBe(false);
    const foreign = makeEntry({ text: '', locked: await lockText(stranger, 'theirs') });
    await expect(convertRecord(foreign, revealWithAny([from]), null)).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
  });
});

describe('convertDraft', () => {
  it('locks the draft under the target, a readable one winning over a locked one', async () => {
    const [from, to] = await vaults();
    const reveal = revealWithAny([from, to]);
    const older = await protectDraft({ text: 'older', tags: [] }, (json) => sealText(from.record, json));
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
    const locked = await protectDraft(DRAFT, (json) => lockText(from, json));
    expect(await convertDraft({ locked }, revealWithAny([from]), null)).toEqual({ plain: DRAFT });
    await expect(convertDraft({ locked }, revealWithAny([stranger]), null)).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
  });
});
