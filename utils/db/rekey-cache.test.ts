import { describe, expect, it } from 'vitest';
import { ConversionCache } from './rekey-cache';

interface Item {
  id: string;
  text: string;
}

/** Items whose text starts with "old" need work; their conversion says "new". */
const newCache = () =>
  new ConversionCache<Item>(
    (item) => item.id,
    (item) => item.text.startsWith('old'),
  );
const convert = (item: Item): Item => ({ ...item, text: item.text.replace('old', 'new') });
const A: Item = { id: 'a', text: 'old a' };
const B: Item = { id: 'b', text: 'new b' };
const C: Item = { id: 'c', text: 'old c' };
const items = [A, B, C];

/** Converts what the cache still lacks for `stored`, as a rekey attempt does. */
function fill(cache: ConversionCache<Item>, stored: Item[]): Item[] {
  const { toConvert } = cache.pending(stored);
  cache.keep(
    toConvert,
    toConvert.map(({ item }) => convert(item)),
  );
  return toConvert.map(({ item }) => item);
}

describe('ConversionCache', () => {
  it('lists the items needing work, with the JSON of their stored value', () => {
    const { needed, toConvert } = newCache().pending(items);
    expect(needed).toBe(2);
    expect(toConvert).toEqual([
      { item: A, before: JSON.stringify(A) },
      { item: C, before: JSON.stringify(C) },
    ]);
  });

  it('lists again only the items changed since their copy was made', () => {
    const cache = newCache();
    expect(fill(cache, items).map((item) => item.id)).toEqual(['a', 'c']);
    const later = [{ id: 'a', text: 'old a, edited' }, B, C, { id: 'd', text: 'old d' }];
    const { needed, toConvert } = cache.pending(later);
    expect(needed).toBe(3);
    expect(toConvert.map(({ item }) => item.id)).toEqual(['a', 'd']);
  });

  it('gives the copies to write for the items as stored now, skipping those needing no work', () => {
    const cache = newCache();
    fill(cache, items);
    expect(cache.copiesFor(items)).toEqual([
      { id: 'a', text: 'new a' },
      { id: 'c', text: 'new c' },
    ]);
    // Deleted or already converted meanwhile: nothing to write for them, and no conflict.
    expect(cache.copiesFor([{ id: 'a', text: 'new a, written elsewhere' }])).toEqual([]);
    expect(cache.copiesFor([])).toEqual([]);
  });

  it('gives null when an item needing work changed since its copy, or has none', () => {
    const cache = newCache();
    fill(cache, items);
    expect(cache.copiesFor([A, { id: 'c', text: 'old c, edited' }])).toBeNull();
    expect(cache.copiesFor([...items, { id: 'new', text: 'old new' }])).toBeNull();
  });

  it('refuses copies that do not match the items one for one', () => {
    const cache = newCache();
    const { toConvert } = cache.pending(items);
    expect(() => cache.keep(toConvert, [convert(A)])).toThrow(/do not match/);
  });
});
