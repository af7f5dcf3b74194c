import { describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { RevealCache } from '../lock/reveal-cache';
import { fastVault } from '../vault/test-vault';
import { revealText } from '../vault/text';
import { putCheckin } from './checkins';
import { putEntry } from './entries';
import { getDb } from './connection';
import { rekeyAll } from './rekey';
import {
  KNOWN_KEYS_MAX,
  distinctKeys,
  knownEmotions,
  knownTags,
  searchJournal,
  type SearchCursor,
} from './search';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);

async function seed() {
  await putEntry(
    makeEntry({ id: 'e1', createdAt: T0 + 1 * HOUR, text: 'A long walk by the river.', tags: ['walk'] }),
  );
  await putEntry(
    makeEntry({ id: 'e2', createdAt: T0 + 5 * HOUR, text: 'Work felt heavy. Café after.', tags: ['Work'] }),
  );
  await putEntry(
    makeEntry({ id: 'e3', createdAt: T0 + 9 * HOUR, text: 'Slept badly', tags: ['sleep', 'work'] }),
  );
  await putCheckin(
    makeCheckin({ id: 'c1', at: T0 + 2 * HOUR, note: 'river noise helped', emotions: ['calm'] }),
  );
  await putCheckin(makeCheckin({ id: 'c2', at: T0 + 6 * HOUR, note: '', emotions: ['numb', 'tired'] }));
  await putCheckin(makeCheckin({ id: 'c3', at: T0 + 8 * HOUR, note: 'heavy head', emotions: ['tired'] }));
}

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('searchJournal', () => {
  it('finds nothing in an empty journal', async () => {
    expect(await searchJournal({ text: 'anything' })).toEqual({ items: [], next: null, unread: 0 });
  });

  it('finds words in entries and check-in notes, newest first, ignoring case and accents', async () => {
    await seed();
    expect(ids(await searchJournal({ text: 'RIVER' }))).toEqual(['c1', 'e1']);
    expect(ids(await searchJournal({ text: 'heavy' }))).toEqual(['c3', 'e2']);
    expect(ids(await searchJournal({ text: 'cafe' }))).toEqual(['e2']);
    expect(ids(await searchJournal({ text: 'nothing like this' }))).toEqual([]);
  });

  it('needs every word of the query, anywhere in the text or tags', async () => {
    await seed();
    expect(ids(await searchJournal({ text: 'heavy work' }))).toEqual(['e2']);
    expect(ids(await searchJournal({ text: 'sleep' }))).toEqual(['e3']); // by its tag
  });

  it('filters by feeling word (check-ins only) and by tag (entries only, any case)', async () => {
    await seed();
    expect(ids(await searchJournal({ text: '', emotion: 'tired' }))).toEqual(['c3', 'c2']);
    expect(ids(await searchJournal({ text: 'heavy', emotion: 'tired' }))).toEqual(['c3']);
    expect(ids(await searchJournal({ text: '', tag: 'work' }))).toEqual(['e3', 'e2']);
    expect(ids(await searchJournal({ text: 'heavy', tag: 'work' }))).toEqual(['e2']);
  });

  it('filters by date range, from inclusive and to exclusive', async () => {
    await seed();
    expect(ids(await searchJournal({ text: '', from: T0 + 5 * HOUR, to: T0 + 8 * HOUR }))).toEqual([
      'c2',
      'e2',
    ]);
    expect(ids(await searchJournal({ text: '', from: T0 + 10 * HOUR }))).toEqual([]);
    expect(ids(await searchJournal({ text: '', from: T0 + 8 * HOUR, to: T0 + 2 * HOUR }))).toEqual([]);
  });

  it('pages through many results with a cursor, never repeating or skipping one', async () => {
    // Same-millisecond records too: the cursor orders by time, then id.
    for (let i = 0; i < 45; i++) {
      const at = T0 + Math.floor(i / 3) * 1000;
      if (i % 2)
        await putEntry(makeEntry({ id: `e-${String(i).padStart(2, '0')}`, createdAt: at, text: 'tea time' }));
      else await putCheckin(makeCheckin({ id: `c-${String(i).padStart(2, '0')}`, at, note: 'more tea' }));
    }
    await putEntry(makeEntry({ createdAt: T0 + 500, text: 'coffee' }));
    const seen: string[] = [];
    let after: SearchCursor | undefined;
    let pages = 0;
    do {
      const page = await searchJournal({ text: 'tea' }, { limit: 10, after });
      seen.push(...ids(page));
      after = page.next ?? undefined;
      pages++;
    } while (after && pages < 20);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  it('says there is no next page when the results fit exactly', async () => {
    for (let i = 0; i < 5; i++) await putCheckin(makeCheckin({ at: T0 + i, note: 'same' }));
    const page = await searchJournal({ text: 'same' }, { limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.next).toBeNull();
  });
});

describe('known tags and feeling words', () => {
  it('lists each distinct value once, from the indexes', async () => {
    expect(await knownTags()).toEqual([]);
    expect(await knownEmotions()).toEqual([]);
    await seed();
    expect(await knownTags()).toEqual(['Work', 'sleep', 'walk', 'work']);
    expect(await knownEmotions()).toEqual(['calm', 'numb', 'tired']);
  });

  it('lists a value used on many records once, and stops at the cap', async () => {
    for (let i = 0; i < 40; i++)
      await putEntry(makeEntry({ id: `e${i}`, createdAt: T0 + i, tags: ['daily', `t${String(i % 5)}`] }));
    expect(await knownTags()).toEqual(['daily', 't0', 't1', 't2', 't3', 't4']);
    const index = (await getDb()).transaction('entries').store.index('by_tag');
    expect(await distinctKeys(index, 3)).toEqual(['daily', 't0', 't1']);
    expect(KNOWN_KEYS_MAX).toBeGreaterThanOrEqual(100);
  });

  it('lists tags that differ only after a prefix, and odd characters, in key order', async () => {
    await putEntry(makeEntry({ tags: ['a', 'a\u0000b', 'ab', 'a b', 'é'] }));
    expect(await knownTags()).toEqual(['a', 'a\u0000b', 'a b', 'ab', 'é']);
  });
});

describe('searchJournal, reading as little as it can', () => {
  it('finds the newest matches across both stores however they are spread in time', async () => {
    // Many check-ins without the word, entries with it far back, one recent check-in with it.
    for (let i = 0; i < 300; i++)
      await putCheckin(
        makeCheckin({
          id: `c${String(i).padStart(3, '0')}`,
          at: T0 + i * HOUR,
          note: i === 250 ? 'rain again' : 'sun',
        }),
      );
    for (let i = 0; i < 10; i++)
      await putEntry(makeEntry({ id: `e${i}`, createdAt: T0 - i * HOUR, text: 'rain' }));
    const page = await searchJournal({ text: 'rain' }, { limit: 5, firstBatch: 4 });
    expect(ids(page)).toEqual(['c250', 'e0', 'e1', 'e2', 'e3']);
    expect(page.next).toEqual({ at: T0 - 3 * HOUR, id: 'e3' });
  });

  it('stops when its signal is aborted', async () => {
    await seed();
    const controller = new AbortController();
    controller.abort();
    await expect(searchJournal({ text: 'river' }, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('searchJournal while the lock is on', () => {
  it('passes over texts not revealed yet, counting them, and finds them once revealed', async () => {
    await seed();
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const cache = new RevealCache((text, place) => revealText(vault, text, place));
    const see = <T extends Parameters<RevealCache['peek']>[0]>(record: T) => cache.peek(record);

    const before = await searchJournal({ text: 'river' }, { see });
    expect(ids(before)).toEqual([]);
    expect(before.unread).toBeGreaterThan(0);

    const tx = (await getDb()).transaction(['checkins', 'entries']);
    await cache.fill([
      ...(await tx.objectStore('checkins').getAll()),
      ...(await tx.objectStore('entries').getAll()),
    ]);
    const after = await searchJournal({ text: 'river' }, { see });
    expect(ids(after)).toEqual(['c1', 'e1']);
    expect(after.unread).toBe(0);
    // The results carry the readable text, and the stored records stay locked.
    expect(after.items.map((item) => (item.kind === 'entry' ? item.entry.text : ''))).toContain(
      'A long walk by the river.',
    );
    expect(JSON.stringify(await (await getDb()).getAll('entries'))).not.toContain('river');
  });

  it('still filters by feeling word and tag, which stay readable, without revealing anything', async () => {
    await seed();
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const cache = new RevealCache((text, place) => revealText(vault, text, place));
    const see = <T extends Parameters<RevealCache['peek']>[0]>(record: T) => cache.peek(record);
    const page = await searchJournal({ text: '', emotion: 'tired' }, { see });
    expect(ids(page)).toEqual(['c3', 'c2']);
    expect(page.unread).toBe(0);
  });
});
