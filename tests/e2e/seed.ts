import { expect, type Worker } from '@playwright/test';
import type { History } from '../tools/seed-data';

/** One record bound for one store. */
interface Put {
  store: 'checkins' | 'entries' | 'breaks';
  value: unknown;
}

/** Waits until the extension has created its database (the worker does at start-up). */
export async function waitForDatabase(worker: Worker): Promise<void> {
  await expect
    .poll(() =>
      worker.evaluate(async () =>
        (await indexedDB.databases()).some((db) => db.name === 'thaw' && db.version),
      ),
    )
    .toBe(true);
}

/**
 * Writes a generated history (tests/tools/seed-data.ts) into the extension's real IndexedDB from
 * the service worker: one transaction per `batchSize` records, then one change
 * announcement per store so open pages refresh as they would after any write.
 */
export async function seedHistory(worker: Worker, history: History, batchSize = 3000): Promise<void> {
  await waitForDatabase(worker);
  const puts: Put[] = [
    ...history.checkins.map((value) => ({ store: 'checkins' as const, value })),
    ...history.entries.map((value) => ({ store: 'entries' as const, value })),
    ...history.breaks.map((value) => ({ store: 'breaks' as const, value })),
  ];
  for (let start = 0; start < puts.length; start += batchSize) {
    await worker.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('thaw');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['checkins', 'entries', 'breaks'], 'readwrite');
            for (const { store, value } of batch) tx.objectStore(store).put(value);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
          };
        }),
      puts.slice(start, start + batchSize),
    );
  }
  await worker.evaluate(() => {
    // The extension's change channel (utils/db/changes.ts): "anything in these stores may have changed".
    const channel = new BroadcastChannel('thaw-changes');
    for (const store of ['checkins', 'entries', 'breaks']) channel.postMessage({ store });
    channel.close();
  });
}

/** How many records each store of the extension's database holds. */
export async function countRecords(worker: Worker): Promise<Record<Put['store'], number>> {
  return worker.evaluate(
    () =>
      new Promise<Record<'checkins' | 'entries' | 'breaks', number>>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['checkins', 'entries', 'breaks']);
          const counts = { checkins: 0, entries: 0, breaks: 0 };
          for (const store of ['checkins', 'entries', 'breaks'] as const) {
            const request = tx.objectStore(store).count();
            request.onsuccess = () => (counts[store] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
