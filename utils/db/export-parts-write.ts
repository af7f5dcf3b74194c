import {
  BLOCK,
  blockOf,
  joinParts,
  partKeys,
  partOf,
  WEEK,
  WEEKS_PER_BLOCK,
  weekRange,
  type ExportPart,
  type PartKey,
  type PartRecord,
  type PartStore,
} from './export-parts';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { ThawDB } from './schema';

/** What rewriting parts needs from a transaction: the store's time index and the parts store. */
export interface PartWriter {
  index: { getAll(query: IDBKeyRange | null): Promise<PartRecord[]> };
  parts: {
    getAll(query: IDBKeyRange): Promise<ExportPart[]>;
    put(part: ExportPart, key: PartKey): Promise<unknown>;
    delete(key: PartKey | IDBKeyRange): Promise<unknown>;
  };
}

/** A transaction that can write a store's records and the parts (and may span other stores). */
export type PartsTx = IDBPTransaction<ThawDB, StoreNames<ThawDB>[], 'readwrite' | 'versionchange'>;

/** What rewriteWeeks needs for `store`, taken from a transaction over it and the parts store. */
export function partWriter(tx: PartsTx, store: PartStore): PartWriter {
  return {
    index:
      store === 'entries' ? tx.objectStore(store).index('by_created') : tx.objectStore(store).index('by_at'),
    parts: tx.objectStore('exportParts'),
  };
}

/** Puts a part, or deletes it when it holds nothing. */
const putOrDelete = (to: PartWriter, part: ExportPart | null, key: PartKey) =>
  part && part.records > 0 ? to.parts.put(part, key) : to.parts.delete(key);

/** Remakes one store's blocks from its week parts as they now are. */
export async function rewriteBlocks(
  to: PartWriter,
  name: PartStore,
  blocks: Iterable<number>,
): Promise<void> {
  await Promise.all(
    [...new Set(blocks)].map(async (block) => {
      const first = block * WEEKS_PER_BLOCK;
      const weeks = await to.parts.getAll(partKeys(name, WEEK, first, first + WEEKS_PER_BLOCK));
      await putOrDelete(to, weeks.length > 0 ? joinParts(weeks) : null, [name, BLOCK, block]);
    }),
  );
}

/**
 * Rebuilds the parts of `weeks` (and their blocks) from the records as they now are in the same
 * transaction: call it after the record writes (requests in one transaction run in order). An
 * emptied week or block loses its part. Awaits only IndexedDB requests, so the transaction stays open.
 */
export async function rewriteWeeks(to: PartWriter, name: PartStore, weeks: Iterable<number>): Promise<void> {
  const unique = [...new Set(weeks)];
  await Promise.all(
    unique.map(async (week) =>
      putOrDelete(to, partOf(await to.index.getAll(weekRange(week))), [name, WEEK, week]),
    ),
  );
  await rewriteBlocks(to, name, unique.map(blockOf));
}
