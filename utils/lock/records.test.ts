import { describe, expect, it, vi } from 'vitest';
import type { TextPlace } from '../vault/place';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { UnreadableTextError } from '../vault/errors';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { fastVault, SAMPLE_TEXTS } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { plainTextOf, protectRecord, revealRecord, withPlainText } from './records';

/** A stand-in protected text: these tests are about where the text goes, not the cipher. */
const fakeLocked = (vault = 'vault-x'): ProtectedText => ({ v: 1, vault, iv: 'iv', ct: 'ct' });

describe('plainTextOf and withPlainText', () => {
  it("read a check-in's note and an entry's words", () => {
    expect(plainTextOf(makeCheckin({ note: 'tight chest' }))).toBe('tight chest');
    expect(plainTextOf(makeEntry({ text: 'long day' }))).toBe('long day');
    expect(plainTextOf(makeCheckin({ note: '', locked: fakeLocked() }))).toBe('');
  });

  it('put readable text back and drop the protected copy, without touching the original', () => {
    const checkin = makeCheckin({ note: '', locked: fakeLocked() });
    const entry = makeEntry({ text: '', locked: fakeLocked() });
    const plainCheckin = withPlainText(checkin, 'back to words');
    const plainEntry = withPlainText(entry, 'entry words');
    expect(plainCheckin).toEqual({ ...checkin, note: 'back to words', locked: undefined });
    expect('locked' in plainCheckin).toBe(false);
    expect('text' in plainCheckin).toBe(false);
    expect(plainEntry).toEqual({ ...entry, text: 'entry words', locked: undefined });
    expect('locked' in plainEntry).toBe(false);
    expect('note' in plainEntry).toBe(false);
    expect(checkin.locked).toEqual(fakeLocked());
    expect(entry.text).toBe('');
  });
});

describe('protectRecord', () => {
  it('moves the text into `locked` and keeps every other field', async () => {
    const checkin = makeCheckin({ note: 'racing thoughts', emotions: ['anxious'], breakId: 'b1' });
    const protect = vi.fn(async (text: string) => ({ ...fakeLocked(), ct: `<${text}>` }));
    const stored = await protectRecord(checkin, protect);
    expect(protect).toHaveBeenCalledWith('racing thoughts', {
      store: 'checkins',
      id: checkin.id,
      field: 'note',
    });
    expect(stored).toEqual({ ...checkin, note: '', locked: { ...fakeLocked(), ct: '<racing thoughts>' } });
    expect(checkin.note).toBe('racing thoughts');
    expect(checkin.locked).toBeUndefined();

    const entry = makeEntry({ text: 'words', tags: ['work'], promptId: 'p1' });
    const lockedEntry = await protectRecord(entry, protect);
    expect(protect).toHaveBeenLastCalledWith('words', { store: 'entries', id: entry.id, field: 'text' });
    expect(lockedEntry).toEqual({
      ...entry,
      text: '',
      locked: { ...fakeLocked(), ct: '<words>' },
    });
  });

  it('leaves empty text as it is: nothing to hide', async () => {
    const protect = vi.fn(async () => fakeLocked());
    const checkin = makeCheckin({ note: '' });
    expect(await protectRecord(checkin, protect)).toBe(checkin);
    const entry = makeEntry({ text: '' });
    expect(await protectRecord(entry, protect)).toBe(entry);
    expect(protect).not.toHaveBeenCalled();
  });

  it('leaves a record already protected as it is', async () => {
    const protect = vi.fn(async () => fakeLocked('other'));
    const checkin = makeCheckin({ note: '', locked: fakeLocked() });
    expect(await protectRecord(checkin, protect)).toBe(checkin);
    expect(protect).not.toHaveBeenCalled();
  });

  it('protects readable words even when an older protected copy rides along, so none stay readable', async () => {
    const entry = makeEntry({ text: 'newer words', locked: fakeLocked('old') });
    const stored = await protectRecord(entry, async (text) => ({
      ...fakeLocked('new'),
      ct: text.length.toString(),
    }));
    expect(stored.text).toBe('');
    expect(stored.locked).toEqual({ ...fakeLocked('new'), ct: '11' });
  });

  it('passes errors from the protect step on', async () => {
    const failing = () => Promise.reject(new Error('no key'));
    await expect(protectRecord(makeCheckin({ note: 'x' }), failing)).rejects.toThrow('no key');
  });
});

describe('revealRecord', () => {
  it('gives back a record without protected text unchanged', async () => {
    const reveal = vi.fn(async () => 'never');
    const checkin = makeCheckin({ note: 'open words' });
    expect(await revealRecord(checkin, reveal)).toBe(checkin);
    expect(reveal).not.toHaveBeenCalled();
  });

  it('round-trips every sample text through a real vault, locked and sealed', async () => {
    const vault = await fastVault();
    const lock = (text: string, place: TextPlace) => lockText(vault, text, place);
    const seal = (text: string, place: TextPlace) => sealText(vault.record, text, place);
    for (const protect of [lock, seal]) {
      for (const text of SAMPLE_TEXTS) {
        const entry = makeEntry({ text });
        const stored = await protectRecord(entry, protect);
        if (text !== '') {
          expect(stored.text).toBe('');
          expect(stored.locked?.vault).toBe(vault.record.id);
          expect(JSON.stringify(stored)).not.toContain(text.trim().slice(0, 20));
        }
        expect(await revealRecord(stored, (locked, place) => revealText(vault, locked, place))).toEqual(
          entry,
        );
      }
    }
    const sealed = await protectRecord(makeCheckin({ note: 'sealed' }), seal);
    expect(sealed.locked && isSealed(sealed.locked)).toBe(true);
    const locked = await protectRecord(makeCheckin({ note: 'locked' }), lock);
    expect(locked.locked && isSealed(locked.locked)).toBe(false);
  });

  it('rejects with UnreadableTextError for a text from another vault, leaving the record alone', async () => {
    const [mine, theirs] = await Promise.all([fastVault(), fastVault()]);
    const stored = await protectRecord(makeCheckin({ note: 'theirs' }), (text, place) =>
      lockText(theirs, text, place),
    );
    const copy = structuredClone(stored);
    await expect(
      revealRecord(stored, (locked, place) => revealText(mine, locked, place)),
    ).rejects.toBeInstanceOf(UnreadableTextError);
    expect(stored).toEqual(copy);
  });
});
