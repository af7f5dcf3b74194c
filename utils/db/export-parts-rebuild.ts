import { BLOCK, blockOf, everyPartOf, joinParts, partOf, TIME_INDEX, WEEK, weekOf } from './export-parts';
import type { ExportPart, PartRecord, PartStore } from './export-parts';
import { partWriter, type PartsTx } from './export-parts-write';

/** Items grouped by a number, in the order they come (items arrive sorted by it). */
function runsBy<T>(items: readonly T[], keyOf: (item: T) => number): [number, T[]][] {
  const runs: [number, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last && last[0] === key) last[1].push(item);
    else runs.push([key, [item]]);
  }
  return runs;
}

/**
 * Remakes every part of `stores` from their records in one pass (one read of each store in time
 * order), for when everything changed at once: the upgrade that introduced parts, a replacing import.
 * Awaits only IndexedDB requests, so it runs inside the caller's transaction.
 */
export async function rebuildAllParts(
  tx: PartsTx,
  stores: readonly PartStore[] = Object.keys(TIME_INDEX) as PartStore[],
): Promise<void> {
  await Promise.all(
    stores.map(async (store) => {
      const { index, parts } = partWriter(tx, store);
      const [records] = await Promise.all([index.getAll(null), parts.delete(everyPartOf(store))]);
      const weeks = runsBy<PartRecord>(records, weekOf).map(([week, list]): [number, ExportPart] => [
        week,
        partOf(list),
      ]);
      const blocks = runsBy(weeks, ([week]) => blockOf(week));
      await Promise.all([
        ...weeks.map(([week, part]) => parts.put(part, [store, WEEK, week])),
        ...blocks.map(([block, list]) =>
          parts.put(joinParts(list.map(([, part]) => part)), [store, BLOCK, block]),
        ),
      ]);
    }),
  );
}
