import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import type { Checkin } from './records';
import { getDb } from './connection';
import { newestAcross, scanBack, type BackScan, type TimeIndex } from './scan-back';

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
    openKeyCursor: (range, direction) => index.openKeyCursor(range, direction),
    getAll: async (range) => {
      const records = await index.getAll(range);
      reads.push(records.length);
      return records;
    },
  };
}

const everything = { lower: -Infinity, upper: Infinity, upperOpen: false, pick: (c: Checkin) => c };

/** Reads a scan to its end; checks after every read that it has returned exactly what its frontier claims. */
async function drain(scan: BackScan<Checkin>, written: readonly Checkin[]): Promise<Checkin[]> {
  const found: Checkin[] = [];
  while (!scan.done) {
    found.push(...(await scan.next()));
    const claimed = written.filter((c) => c.at >= scan.frontier).map((c) => c.id);
    expect(found.map((c) => c.id).sort()).toEqual(claimed.sort());
  }
  return found;
}

describe('scanBack', () => {
  it('finds nothing in an empty store, and is done after one read', async () => {
    const scan = scanBack(await watchedIndex([]), everything);
    expect(scan.done).toBe(false);
    expect(scan.frontier).toBe(Infinity);
    expect(await scan.next()).toEqual([]);
    expect(scan.done).toBe(true);
    expect(scan.frontier).toBe(-Infinity);
    expect(await scan.next()).toEqual([]);
  });

  it('reads everything once, newest batches first, growing batches bounded however uneven the history', async () => {
    const times = [
      ...Array.from({ length: 300 }, (_, i) => 1_000_000 + i * 7919), // spread out
      ...Array.from({ length: 150 }, (_, i) => 5_000_000 + (i % 40)), // a crowded few milliseconds
      ...Array.from({ length: 60 }, () => 9_000_000), // many in one millisecond
      42, // one far older
    ];
    const written = await write(times);
    const reads: number[] = [];
    const scan = scanBack(await watchedIndex(reads), { ...everything, firstBatch: 5, maxBatch: 40 });
    const found = await drain(scan, written);
    expect(found).toHaveLength(written.length);
    expect(new Set(found.map((c) => c.id)).size).toBe(written.length);
    // The one millisecond that holds 60 is read whole; after it, batches double up to the cap,
    // each within the few records sharing a millisecond (≤ 4 here) of its nominal size.
    expect(reads[0]).toBe(60);
    const nominal = [10, 20, 40, 40, 40];
    reads.slice(1, -1).forEach((n, i) => {
      expect(n).toBeGreaterThanOrEqual((nominal[i] ?? 40) - 4);
      expect(n).toBeLessThanOrEqual((nominal[i] ?? 40) + 4);
    });
    expect(reads.reduce((a, b) => a + b, 0)).toBe(written.length);
  });

  it('reads only as far as asked: one small batch for the newest records', async () => {
    const written = await write(Array.from({ length: 400 }, (_, i) => i * 1000));
    const reads: number[] = [];
    const odd = (c: Checkin) => (Number(c.id.slice(2)) % 2 === 1 ? c : undefined);
    const scan = scanBack(await watchedIndex(reads), { ...everything, pick: odd, firstBatch: 10 });
    const first = await scan.next();
    expect(reads).toEqual([10]);
    expect(first.map((c) => c.id).sort()).toEqual(
      written
        .slice(0, 10)
        .filter((c) => odd(c))
        .map((c) => c.id)
        .sort(),
    );
    expect(scan.frontier).toBe(written[9]?.at);
    expect(scan.done).toBe(false);
  });

  it('keeps to its bounds, the upper one open or closed', async () => {
    await write([10, 20, 30, 40, 50]);
    const index = await watchedIndex([]);
    const at = async (lower: number, upper: number, upperOpen: boolean) => {
      const scan = scanBack(index, { ...everything, lower, upper, upperOpen, firstBatch: 2 });
      const found: number[] = [];
      while (!scan.done) found.push(...(await scan.next()).map((c) => c.at));
      return found.sort((a, b) => b - a);
    };
    expect(await at(20, 40, false)).toEqual([40, 30, 20]);
    expect(await at(20, 40, true)).toEqual([30, 20]);
    expect(await at(41, 49, false)).toEqual([]);
    expect(await at(-Infinity, 10, false)).toEqual([10]);
    expect(await at(30, 30, false)).toEqual([30]);
    expect(await at(30, 30, true)).toEqual([]);
    expect(await at(40, 30, false)).toEqual([]);
  });

  it('ends cleanly when a batch stops exactly at the lower bound', async () => {
    const written = await write([20, 20, 20, 30, 40]);
    const scan = scanBack(await watchedIndex([]), { ...everything, lower: 20, firstBatch: 3 });
    const found = await drain(scan, written);
    expect(found).toHaveLength(5);
  });
});

/** A scan over values given as batches (newest first), each with its frontier. */
function fakeScan(batches: { values: number[]; frontier: number }[]): BackScan<number> & { reads: number } {
  let read = 0;
  return {
    get frontier() {
      return read === 0 ? Infinity : (batches[read - 1]?.frontier ?? -Infinity);
    },
    get done() {
      return read >= batches.length;
    },
    get reads() {
      return read;
    },
    next: async () => batches[read++]?.values ?? [],
  };
}

const across = (scans: BackScan<number>[], wanted: number, signal?: AbortSignal) =>
  newestAcross(scans, { wanted, timeOf: (n) => n, order: (a, b) => b - a, signal });

describe('newestAcross', () => {
  it('merges the newest values of every scan, newest first', async () => {
    const a = fakeScan([
      { values: [100, 90], frontier: 80 },
      { values: [50], frontier: -Infinity },
    ]);
    const b = fakeScan([
      { values: [95, 85], frontier: 60 },
      { values: [40], frontier: -Infinity },
    ]);
    expect(await across([a, b], 4)).toEqual([100, 95, 90, 85]);
  });

  it('stops once enough values are certain, without reading further', async () => {
    const a = fakeScan([
      { values: [100, 99, 98], frontier: 90 },
      { values: [80], frontier: -Infinity },
    ]);
    const b = fakeScan([
      { values: [97], frontier: 90 },
      { values: [10], frontier: -Infinity },
    ]);
    expect(await across([a, b], 3)).toEqual([100, 99, 98]);
    expect([a.reads, b.reads]).toEqual([1, 1]);
  });

  it('does not trust a value older than what another scan has read down to', async () => {
    // a's 70 is found early, but b may still hold newer values: b is read until it passes 70.
    const a = fakeScan([{ values: [70], frontier: -Infinity }]);
    const b = fakeScan([
      { values: [], frontier: 90 },
      { values: [85], frontier: 75 },
      { values: [72], frontier: 50 },
      { values: [1], frontier: -Infinity },
    ]);
    expect(await across([a, b], 2)).toEqual([85, 72]);
    expect(b.reads).toBe(3);
  });

  it('returns fewer when every scan runs out, and nothing from no scans', async () => {
    const a = fakeScan([{ values: [3, 2], frontier: -Infinity }]);
    expect(await across([a], 5)).toEqual([3, 2]);
    expect(await across([], 5)).toEqual([]);
  });

  it('stops between reads once its signal is aborted', async () => {
    const controller = new AbortController();
    const a = fakeScan([
      { values: [], frontier: 50 },
      { values: [], frontier: 10 },
      { values: [1], frontier: -Infinity },
    ]);
    const original = a.next;
    a.next = async () => {
      controller.abort();
      return original();
    };
    await expect(across([a], 1, controller.signal)).rejects.toThrow();
    expect(a.reads).toBe(1);
  });
});
