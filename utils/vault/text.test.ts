import { describe, expect, it } from 'vitest';
import { CHECKIN, validFile } from '../data/fixtures/files';
import { parseExport } from '../data/parse';
import { NOTE_MAX_LENGTH } from '../db/records';
import { normalizeTag, TAG_MAX_LENGTH } from '../journal/tags';
import { fitToLimit } from '../text/fit-to-limit';
import { base64ToBytes } from './base64';
import { UnreadableTextError } from './errors';
import { isProtectedText, isSealed } from './protected-text';
import { encodeText, encryptBytes } from './cipher';
import { DRAFT_PLACE, textAad, type TextPlace } from './place';
import { sealText } from './seal';
import { lockText, revealText } from './text';
import { openVault } from './vault';
import { fastVault, flipBase64, legacyVault, PASSPHRASE, SAMPLE_TEXTS, TEST_PLACE } from './test-vault';

describe('lockText and revealText', () => {
  it('round-trip unicode, emoji, a byte-order mark, 20,000 characters and the empty string', async () => {
    const vault = await fastVault();
    expect(SAMPLE_TEXTS.some((text) => text.length === 20_000)).toBe(true);
    for (const text of SAMPLE_TEXTS) {
      const locked = await lockText(vault, text, TEST_PLACE);
      expect(isProtectedText(locked)).toBe(true);
      expect(isSealed(locked)).toBe(false);
      expect(locked.vault).toBe(vault.record.id);
      expect(await revealText(vault, locked, TEST_PLACE)).toBe(text);
      expect(await revealText(vault, JSON.parse(JSON.stringify(locked)), TEST_PLACE)).toBe(text);
    }
  });

  it('returns every text Thaw can keep byte for byte: notes and tags cut at their limit, imported text', async () => {
    const vault = await fastVault();
    const emoji = '😀👩🏽‍💻🇲🇽';
    const kept = [
      fitToLimit(
        `${'a'.repeat(NOTE_MAX_LENGTH - 1)}${emoji}`,
        NOTE_MAX_LENGTH + emoji.length - 1,
        NOTE_MAX_LENGTH,
      ),
      fitToLimit(emoji.repeat(400), emoji.length * 400, NOTE_MAX_LENGTH),
      normalizeTag(`${'t'.repeat(TAG_MAX_LENGTH - 1)}${emoji}`),
    ];
    const imported = parseExport(
      JSON.stringify({ ...validFile(), checkins: [{ ...CHECKIN, note: 'a\uD83D' }] }),
    );
    if (imported.ok) kept.push(...imported.value.checkins.map((c) => c.note));
    expect(kept).toHaveLength(4);
    for (const text of kept)
      expect(await revealText(vault, await lockText(vault, text, TEST_PLACE), TEST_PLACE)).toBe(text);
  });

  it('gives different ciphertext for the same text each time (fresh IV)', async () => {
    const vault = await fastVault();
    const [one, two] = [
      await lockText(vault, 'same words', TEST_PLACE),
      await lockText(vault, 'same words', TEST_PLACE),
    ];
    expect(one.iv).not.toBe(two.iv);
    expect(one.ct).not.toBe(two.ct);
  });

  it('does not leave the plaintext visible in the stored value', async () => {
    const vault = await fastVault();
    const text = 'Plainly readable diary line';
    const stored = JSON.stringify(await lockText(vault, text, TEST_PLACE));
    expect(stored).not.toContain(text);
    expect(stored).not.toContain(Buffer.from(text).toString('base64').slice(0, 12));
  });

  it('refuses text from another vault with UnreadableTextError', async () => {
    const [mine, other] = await Promise.all([fastVault(), fastVault()]);
    for (const theirs of [
      await lockText(other, 'theirs', TEST_PLACE),
      await sealText(other.record, 'theirs', TEST_PLACE),
    ]) {
      const error: unknown = await revealText(mine, theirs, TEST_PLACE).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnreadableTextError);
      expect(error).toHaveProperty('message', 'This text was protected by another vault.');
    }
    // Even when the id is rewritten to ours, the other vault's key cannot pass authentication.
    const relabelled = { ...(await lockText(other, 'theirs', TEST_PLACE)), vault: mine.record.id };
    await expect(revealText(mine, relabelled, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
  });

  it('refuses altered ciphertext, IV or base64 with UnreadableTextError', async () => {
    const vault = await fastVault();
    const locked = await lockText(vault, 'do not touch', TEST_PLACE);
    const ctBytes = base64ToBytes(locked.ct).length;
    for (const altered of [
      { ...locked, ct: flipBase64(locked.ct) },
      { ...locked, ct: flipBase64(locked.ct, locked.ct.length - 4) },
      { ...locked, iv: flipBase64(locked.iv) },
      { ...locked, ct: locked.ct.slice(0, -4) },
      { ...locked, ct: 'not base64' },
    ]) {
      await expect(revealText(vault, altered, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
    }
    expect(ctBytes).toBe(new TextEncoder().encode('do not touch').length + 16);
    expect(await revealText(vault, locked, TEST_PLACE)).toBe('do not touch');
  });
});

describe('texts bound to their place (format 2)', () => {
  const note = (id: string): TextPlace => ({ store: 'checkins', id, field: 'note' });
  const words = (id: string): TextPlace => ({ store: 'entries', id, field: 'text' });
  /** Every other place a text of check-in 'a' could be copied to: record, store, field. */
  const elsewhere: TextPlace[] = [note('b'), words('a'), DRAFT_PLACE, note('a ')];

  it('writes format 2 and reads it back at its own place only', async () => {
    const vault = await fastVault();
    for (const protect of [
      (text: string) => lockText(vault, text, note('a')),
      (text: string) => sealText(vault.record, text, note('a')),
    ]) {
      const text = await protect('my own words');
      expect(text.v).toBe(2);
      expect(await revealText(vault, text, note('a'))).toBe('my own words');
      for (const place of elsewhere) {
        await expect(revealText(vault, text, place), JSON.stringify(place)).rejects.toBeInstanceOf(
          UnreadableTextError,
        );
      }
    }
  });

  it('a format 1 text (what the swap test proves against) reads anywhere it is copied', async () => {
    const legacy = await legacyVault();
    const vault = await openVault(legacy.record, PASSPHRASE);
    for (const text of [await legacy.lock('moved words'), await legacy.seal('moved words')]) {
      for (const place of [note('a'), ...elsewhere]) {
        expect(await revealText(vault, text, place)).toBe('moved words');
      }
    }
  });

  it('takes the additional data from textAad alone: a text made with it reads, one made without does not', async () => {
    const vault = await fastVault();
    const box = await encryptBytes(vault.dataKey, encodeText('by hand'), textAad(note('a')));
    const made = { v: 2, vault: vault.record.id, ...box } as const;
    expect(await revealText(vault, made, note('a'))).toBe('by hand');
    const unbound = { ...made, ...(await encryptBytes(vault.dataKey, encodeText('by hand'))) };
    await expect(revealText(vault, unbound, note('a'))).rejects.toBeInstanceOf(UnreadableTextError);
    // Relabelled as format 1, a format 2 text does not read either: the version is not a way around.
    await expect(revealText(vault, { ...made, v: 1 }, note('a'))).rejects.toBeInstanceOf(UnreadableTextError);
  });

  it('encodes places unambiguously', () => {
    const decode = (place: TextPlace) => new TextDecoder().decode(textAad(place));
    expect(decode(note('a'))).toBe('["thaw text",2,"checkins","a","note"]');
    expect(decode(note('a","note'))).not.toBe(decode(note('a')));
    const all = [note('a'), note('b'), words('a'), DRAFT_PLACE, note('a '), note('')].map(decode);
    expect(new Set(all).size).toBe(all.length);
  });
});
