import { describe, expect, it, vi } from 'vitest';
import type { TextPlace } from '../vault/place';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { fastVault } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { protectRecord } from './records';
import { RevealCache } from './reveal-cache';

async function lockedPair() {
  const vault = await fastVault();
  const protect = (text: string, place: TextPlace) => lockText(vault, text, place);
  const checkin = await protectRecord(
    makeCheckin({ id: 'c1', note: 'tight chest before the call' }),
    protect,
  );
  const entry = await protectRecord(makeEntry({ id: 'e1', text: 'Walked to the river.' }), protect);
  return { vault, checkin, entry };
}

describe('RevealCache', () => {
  it('knows nothing of a locked record until it is filled, then shows it readable', async () => {
    const { vault, checkin, entry } = await lockedPair();
    const cache = new RevealCache((text, place) => revealText(vault, text, place));
    expect(cache.peek(checkin)).toBeUndefined();
    await cache.fill([checkin, entry]);
    expect(cache.peek(checkin)).toEqual({
      ...checkin,
      note: 'tight chest before the call',
      locked: undefined,
    });
    expect(cache.peek(entry)?.text).toBe('Walked to the river.');
    expect(cache.peek(entry)).not.toHaveProperty('locked');
  });

  it('returns records without locked text as they are, without decrypting', async () => {
    const reveal = vi.fn(() => Promise.resolve('never'));
    const cache = new RevealCache(reveal);
    const plain = makeCheckin({ note: 'plain' });
    expect(cache.peek(plain)).toBe(plain);
    expect(await cache.show([plain])).toEqual([plain]);
    expect(reveal).not.toHaveBeenCalled();
  });

  it('decrypts each text once, however often it is shown', async () => {
    const { vault, checkin } = await lockedPair();
    const reveal = vi.fn((text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(vault, text, place),
    );
    const cache = new RevealCache(reveal);
    await cache.show([checkin]);
    await cache.show([checkin, checkin]);
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('keeps a text another vault locked as it is, and does not try again', async () => {
    const { checkin } = await lockedPair();
    const other = await fastVault('another passphrase');
    const reveal = vi.fn((text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(other, text, place),
    );
    const cache = new RevealCache(reveal);
    expect(await cache.show([checkin])).toEqual([checkin]);
    expect(cache.peek(checkin)).toBe(checkin);
    await cache.fill([checkin]);
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('does not show a text copied into another record, even once it was revealed where it belongs', async () => {
    const { vault, checkin } = await lockedPair();
    const cache = new RevealCache((text, place) => revealText(vault, text, place));
    const copy = makeCheckin({ id: 'c2', note: '', locked: checkin.locked });
    const [original, copied] = await cache.show([checkin, copy]);
    expect(original?.note).toBe('tight chest before the call');
    expect(copied).toEqual(copy);
    expect(cache.peek(copy)).toEqual(copy);
  });
});
