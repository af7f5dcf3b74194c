/** A key cursor over a time index (key: epoch ms), as idb gives it. */
export interface TimeKeyCursor {
  key: number;
  advance(count: number): Promise<TimeKeyCursor | null>;
}

/** The parts of an idb time index that a backwards scan uses. */
export interface TimeIndex<T> {
  getAll(range: IDBKeyRange): Promise<T[]>;
  openKeyCursor(range: IDBKeyRange, direction: 'prev'): Promise<TimeKeyCursor | null>;
}

export interface ScanOptions<T, U> {
  /** Only records with lower <= time (< or <=, see upperOpen) upper; either may be infinite. */
  lower: number;
  upper: number;
  upperOpen: boolean;
  /** What to keep of a record, or undefined to pass over it. */
  pick: (record: T) => U | undefined;
  /** Records in the first read; each later read doubles, up to `maxBatch`. */
  firstBatch?: number;
  maxBatch?: number;
}

/** A backwards scan in progress. */
export interface BackScan<T> {
  /** Every record at or after this time has been read (Infinity before the first read). */
  readonly frontier: number;
  /** True once the oldest record in range has been read. */
  readonly done: boolean;
  /** Reads the next, older batch and returns what `pick` kept of it. */
  next(): Promise<T[]>;
}

/**
 * Reads a time index from the newest record backwards, one bounded batch per call, so a caller
 * can stop as soon as it has what it needs (a search stops at its first screenful). Each batch is
 * found by stepping one key cursor `size` records further back (no counting, which would read the
 * whole range) and then read in bulk with one `getAll`; batches start small and grow, so a near answer is
 * quick and a far one takes few round trips. A batch holds `size` records, plus any that share
 * its oldest millisecond; memory holds one batch at a time.
 */
export function scanBack<T, U>(index: TimeIndex<T>, options: ScanOptions<T, U>): BackScan<U> {
  const maxBatch = Math.max(2, options.maxBatch ?? 2000);
  let size = Math.min(maxBatch, Math.max(2, options.firstBatch ?? 64));
  let high = options.upper;
  let highOpen = options.upperOpen;
  let frontier = Infinity;
  let done = options.lower > options.upper || (options.lower === options.upper && options.upperOpen);

  // Sits on the oldest record read so far; stepping it back `size` records finds the next batch.
  let edge: TimeKeyCursor | null = null;

  /** The record `size` back from the last batch (null when fewer remain); false when none remain. */
  const stepBack = async (range: IDBKeyRange): Promise<TimeKeyCursor | null | false> => {
    if (edge) {
      const moved = await edge.advance(size);
      // Landing inside the millisecond just read (it held more than a batch) would give an empty
      // range: start afresh below it instead.
      if (!moved || moved.key < high) return moved;
    }
    const newest = await index.openKeyCursor(range, 'prev');
    if (!newest) return false;
    return size > 1 ? newest.advance(size - 1) : newest;
  };

  const next = async (): Promise<U[]> => {
    if (done) return [];
    const range = IDBKeyRange.bound(options.lower, high, false, highOpen);
    const found = await stepBack(range);
    edge = found || null;
    const low = edge ? edge.key : options.lower;
    const records = found === false ? [] : await index.getAll(IDBKeyRange.bound(low, high, false, highOpen));
    // At the lower bound, the batch (which holds every record of its oldest millisecond) was the last.
    done = !edge || low <= options.lower;
    frontier = done ? -Infinity : low;
    high = low;
    highOpen = true;
    size = Math.min(maxBatch, size * 2);
    const kept: U[] = [];
    for (const record of records) {
      const value = options.pick(record);
      if (value !== undefined) kept.push(value);
    }
    return kept;
  };

  return {
    get frontier() {
      return frontier;
    },
    get done() {
      return done;
    },
    next,
  };
}

/**
 * The `wanted` newest values across several backward scans, in `order` (fewer when the scans run
 * out). Reads every scan's first batch together, then always the scan that lags furthest behind
 * in time, and stops once `wanted`
 * values are certain: at or after the time down to which every scan has read. Checks `signal`
 * between reads, so a search nobody waits for any more stops early.
 */
export async function newestAcross<U>(
  scans: readonly BackScan<U>[],
  options: {
    wanted: number;
    timeOf: (value: U) => number;
    order: (a: U, b: U) => number;
    signal?: AbortSignal;
  },
): Promise<U[]> {
  const { wanted, timeOf } = options;
  const found: U[] = [];
  const settled = () => Math.max(-Infinity, ...scans.map((scan) => scan.frontier));
  for (;;) {
    options.signal?.throwIfAborted();
    const open = scans.filter((scan) => !scan.done);
    const from = settled();
    if (open.length === 0 || found.filter((value) => timeOf(value) >= from).length >= wanted) break;
    // Scans not started yet all read their first batch at once; then the one furthest behind.
    const fresh = open.filter((scan) => scan.frontier === Infinity);
    const reading = fresh.length > 0 ? fresh : [open.reduce((a, b) => (b.frontier > a.frontier ? b : a))];
    for (const batch of await Promise.all(reading.map((scan) => scan.next()))) found.push(...batch);
  }
  const from = settled();
  return found
    .filter((value) => timeOf(value) >= from)
    .sort(options.order)
    .slice(0, wanted);
}
