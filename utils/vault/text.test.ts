import { describe, expect, it } from 'vitest';
import { CHECKIN, validFile } from '../data/fixtures/files';
import { parseExport } from '../data/parse';
import { NOTE_MAX_LENGTH } from '../db/records';
import { normalizeTag, TAG_MAX_LENGTH } from '../journal/tags';
import { fitToLimit } from '../text/fit-to-limit';
import { base64ToBytes } from './base64';
import { UnreadableTextError } from './errors';
import { isProtectedText, isSealed } from './protected-text';
import { sealText } from './seal';
import { lockText, revealText } from './text';
import { fastVault, flipBase64, SAMPLE_TEXTS } from './test-vault';

describe('lockText and revealText', () => {
  it('round-trip unicode, emoji, a byte-order mark, 20,000 characters and the empty string', async () => {
    const vault = await fastVault();
    expect(SAMPLE_TEXTS.some((text) => text.length === 20_000)).toBe(true);
    for (const text of SAMPLE_TEXTS) {
      const locked = await lockText(vault, text);
      expect(isProtectedText(locked)).toBe(true);
      expect(isSealed(locked)).toBe(false);
      expect(locked.vault).toBe(vault.record.id);
      expect(await revealText(vault, locked)).toBe(text);
      expect(await revealText(vault, JSON.parse(JSON.stringify(locked)))).toBe(text);
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
    for (const text of kept) expect(await revealText(vault, await lockText(vault, text))).toBe(text);
  });

  it('gives different ciphertext for the same text each time (fresh IV)', async () => {
    const vault = await fastVault();
    const [one, two] = [await lockText(vault, 'same words'), await lockText(vault, 'same words')];
    expect(one.iv).not.toBe(two.iv);
    expect(one.ct).not.toBe(two.ct);
  });

  it('does not leave the plaintext visible in the stored value', async () => {
    const vault = await fastVault();
    const text = 'Plainly readable diary line';
    const stored = JSON.stringify(await lockText(vault, text));
    expect(stored).not.toContain(text);
    expect(stored).not.toContain(Buffer.from(text).toString('base64').slice(0, 12));
  });

  it('refuses text from another vault with UnreadableTextError', async () => {
    const [mine, other] = await Promise.all([fastVault(), fastVault()]);
    for (const theirs of [await lockText(other, 'theirs'), await sealText(other.record, 'theirs')]) {
      const error: unknown = await revealText(mine, theirs).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnreadableTextError);
      expect(error).toHaveProperty('message', 'This text was protected by another vault.');
    }
    // Even when the id is rewritten to ours, the other vault's key cannot pass authentication.
    const relabelled = { ...(await lockText(other, 'theirs')), vault: mine.record.id };
    await expect(revealText(mine, relabelled)).rejects.toBeInstanceOf(UnreadableTextError);
  });

  it('refuses altered ciphertext, IV or base64 with UnreadableTextError', async () => {
    const vault = await fastVault();
    const locked = await lockText(vault, 'do not touch');
    const ctBytes = base64ToBytes(locked.ct).length;
    for (const altered of [
      { ...locked, ct: flipBase64(locked.ct) },
      { ...locked, ct: flipBase64(locked.ct, locked.ct.length - 4) },
      { ...locked, iv: flipBase64(locked.iv) },
      { ...locked, ct: locked.ct.slice(0, -4) },
      { ...locked, ct: 'not base64' },
    ]) {
      await expect(revealText(vault, altered)).rejects.toBeInstanceOf(UnreadableTextError);
    }
    expect(ctBytes).toBe(new TextEncoder().encode('do not touch').length + 16);
    expect(await revealText(vault, locked)).toBe('do not touch');
  });
});
