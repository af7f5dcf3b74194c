import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import { getDb } from '../db/connection';
import { seed } from './fixtures/database';
import { readInPages } from './read-pages';

describe('readInPages', () => {
  it.each([1, 2, 5, 7])('reads every record once, in key order, with pages of %i', async (size) => {
    const checkins = ['d', 'a', 'c', 'e', 'b'].map((id) => makeCheckin({ id }));
    await seed({ checkins, entries: [], breaks: [] });
    const pages: string[][] = [];
    const tx = (await getDb()).transaction('checkins');
    await readInPages(tx.store, (page) => pages.push(page.map((c) => c.id)), size);
    expect(pages.flat()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pages.every((page) => page.length <= size)).toBe(true);
  });

  it('reads nothing from an empty store', async () => {
    const pages: unknown[] = [];
    await readInPages((await getDb()).transaction('entries').store, (page) => pages.push(page));
    expect(pages).toEqual([]);
  });
});
