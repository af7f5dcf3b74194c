import type { Worker } from '@playwright/test';

/** Reads every record of one store of the extension's real IndexedDB, from inside the worker. */
export async function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/**
 * Writes one record into a store of the extension's real IndexedDB (key given for out-of-line
 * stores), as it is, with no check: for seeding what a test starts from.
 */
export async function writeRecord(
  worker: Worker,
  store: string,
  value: unknown,
  key?: string,
): Promise<void> {
  await worker.evaluate(
    ({ store, value, key }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          if (key === undefined) tx.objectStore(store).put(value);
          else tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, value, key },
  );
}
