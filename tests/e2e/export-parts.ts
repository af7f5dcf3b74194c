import type { Worker } from '@playwright/test';
import { PART_SPAN_MS, TIME_INDEX, WEEKS_PER_BLOCK, type PartStore } from '../../utils/db/export-parts';

/**
 * Remakes the export parts of `stores` (utils/db/export-parts.ts) from their records, in the
 * extension's real IndexedDB, the way the product does after its own writes. The test tools that
 * write records straight into the database call it, so an export sees what they wrote.
 * Runs in the worker: everything it uses is passed in or defined inside.
 */
export async function rebuildExportParts(worker: Worker, stores: readonly PartStore[]): Promise<void> {
  await worker.evaluate(
    ({ stores, span, perBlock, indexes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores, 'exportParts'], 'readwrite');
          const parts = tx.objectStore('exportParts');
          for (const store of stores) {
            parts.delete(IDBKeyRange.bound([store, 0, -Infinity], [store, 1, Infinity]));
            const read = tx.objectStore(store).index(indexes[store]).getAll();
            read.onsuccess = () => {
              const weeks = new Map<number, unknown[]>();
              for (const record of read.result as { at?: number; createdAt?: number }[]) {
                const week = Math.floor((record.createdAt ?? record.at ?? 0) / span);
                weeks.set(week, [...(weeks.get(week) ?? []), record]);
              }
              const blocks = new Map<number, { records: number; json: Blob }[]>();
              for (const [week, records] of weeks) {
                const part = {
                  records: records.length,
                  json: new Blob([records.map((r) => JSON.stringify(r)).join(',\n')]),
                };
                parts.put(part, [store, 0, week]);
                const block = Math.floor(week / perBlock);
                blocks.set(block, [...(blocks.get(block) ?? []), part]);
              }
              for (const [block, list] of blocks) {
                const json = new Blob(
                  list.flatMap((part, i) => (i === 0 ? [part.json] : [',\n', part.json])),
                );
                parts.put({ records: list.reduce((n, part) => n + part.records, 0), json }, [
                  store,
                  1,
                  block,
                ]);
              }
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        };
      }),
    { stores: [...stores], span: PART_SPAN_MS, perBlock: WEEKS_PER_BLOCK, indexes: TIME_INDEX },
  );
}
