/** The parts of an idb time index (key: epoch ms) that a backwards scan uses. */
export interface TimeIndex<T> {
  count(range: IDBKeyRange): Promise<number>;
  getAll(range: IDBKeyRange): Promise<T[]>;
  openKeyCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<{ key: number } | null>;
}

export interface ScanOptions<T> {
  /** Only records with lower <= time (< or <=, see upperOpen) upper; either may be infinite. */
  lower: number;
  upper: number;
  upperOpen: boolean;
  /** Newest first within a batch (time, then id, descending). */
  order: (a: T, b: T) => number;
  keep: (record: T) => boolean;
  /** Stop once this many records were kept. */
  wanted: number;
  /** About this many records per read; reads stay under twice this unless one millisecond holds more. */
  batchSize?: number;
}

/**
 * Reads a time index from the newest record backwards in bounded batches (one `getAll` per time
 * window, the window narrowed or widened to hold about `batchSize` records) and keeps the first
 * `wanted` records passing `keep`. Memory holds one batch plus what was kept, whatever the history;
 * bulk reads avoid a round trip per record, which a cursor would cost.
 */
export async function scanBack<T>(index: TimeIndex<T>, options: ScanOptions<T>): Promise<T[]> {
  const batch = options.batchSize ?? 500;
  const all = IDBKeyRange.bound(options.lower, options.upper, false, options.upperOpen);
  const [newest, oldest, total] = await Promise.all([
    index.openKeyCursor(all, 'prev'),
    index.openKeyCursor(all, 'next'),
    index.count(all),
  ]);
  if (!newest || !oldest) return [];

  const kept: T[] = [];
  // A first guess at a window holding one batch, from the average density.
  let span = Math.max(1, Math.ceil(((newest.key - oldest.key + 1) * batch) / total));
  let high = newest.key;
  let highOpen = false;
  while (kept.length < options.wanted) {
    const low = Math.max(oldest.key, high - span);
    const range = IDBKeyRange.bound(low, high, false, highOpen);
    const count = await index.count(range);
    if (count > 2 * batch && span > 1) {
      span = Math.max(1, Math.floor(span / 2));
      continue;
    }
    const records = (await index.getAll(range)).sort(options.order);
    for (const record of records) {
      if (kept.length >= options.wanted) break;
      if (options.keep(record)) kept.push(record);
    }
    if (low === oldest.key) break;
    high = low;
    highOpen = true;
    if (count < batch / 2) span *= 2;
  }
  return kept;
}
