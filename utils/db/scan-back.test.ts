import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import type { Checkin } from './records';
import { getDb } from './connection';
import { scanBack, type TimeIndex } from './scan-back';

const newestFirst = (a: Checkin, b: Checkin) => b.at - a.at || (a.id < b.id ? 1 : -1);

/** Writes check-ins at the given times; returns them newest first. */
async function write(times: number[]): Promise<Checkin[]> {
  const db = await getDb();
  const tx = db.transaction('checkins', 'readwrite');
  const records = times.map((at, i) => makeCheckin({ id: `c-${String(i).padStart(5, '0')}`, at }));
  for (const record of records) void tx.store.put(record);
  await tx.done;
  return records.sort(newestFirst);
}

/** The time index, with the size of every bulk read recorded. */
async function watchedIndex(reads: number[]): Promise<TimeIndex<Checkin>> {
  const index = (await getDb()).transaction('checkins').store.index('by_at');
  return {
    count: (range) => index.count(range),
    openKeyCursor: (range, direction) => index.openKeyCursor(range, direction),
    getAll: async (range) => {
      const records = await index.getAll(range);
      reads.push(records.length);
      return records;
    },
  };
}

const everything = { lower: -Infinity, upper: Infinity, upperOpen: false, order: newestFirst };

describe('scanBack', () => {
  it('finds nothing in an empty store', async () => {
    const index = await watchedIndex([]);
    expect(await scanBack(index, { ...everything, keep: () => true, wanted: 10 })).toEqual([]);
  });

  it('reads everything newest first, once each, in bounded batches, however uneven the history', async () => {
    const times = [
      ...Array.from({ length: 300 }, (_, i) => 1_000_000 + i * 7919), // spread out
      ...Array.from({ length: 150 }, (_, i) => 5_000_000 + (i % 40)), // a crowded few milliseconds
      ...Array.from({ length: 60 }, () => 9_000_000), // many in one millisecond
      42, // one far older
    ];
    const written = await write(times);
    const reads: number[] = [];
    const found = await scanBack(await watchedIndex(reads), {
      ...everything,
      keep: () => true,
      wanted: Infinity,
      batchSize: 20,
    });
    expect(found.map((c) => c.id)).toEqual(written.map((c) => c.id));
    // No read larger than twice the batch, except the one millisecond that holds 60 on its own.
    expect(reads.filter((n) => n > 40)).toEqual([60]);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(written.length);
  });

  it('stops as soon as it has kept enough', async () => {
    const written = await write(Array.from({ length: 400 }, (_, i) => i * 1000));
    const reads: number[] = [];
    const odd = (c: Checkin) => Number(c.id.slice(2)) % 2 === 1;
    const found = await scanBack(await watchedIndex(reads), {
      ...everything,
      keep: odd,
      wanted: 5,
      batchSize: 10,
    });
    expect(found.map((c) => c.id)).toEqual(
      written
        .filter(odd)
        .slice(0, 5)
        .map((c) => c.id),
    );
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
  });

  it('keeps to its bounds, the upper one open or closed', async () => {
    await write([10, 20, 30, 40, 50]);
    const index = await watchedIndex([]);
    const at = async (lower: number, upper: number, upperOpen: boolean) =>
      (await scanBack(index, { ...everything, lower, upper, upperOpen, keep: () => true, wanted: 99 })).map(
        (c) => c.at,
      );
    expect(await at(20, 40, false)).toEqual([40, 30, 20]);
    expect(await at(20, 40, true)).toEqual([30, 20]);
    expect(await at(41, 49, false)).toEqual([]);
    expect(await at(-Infinity, 10, false)).toEqual([10]);
  });
});
