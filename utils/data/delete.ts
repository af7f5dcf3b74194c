import { getDb } from '../db/connection';
import { ALL_STORES, announceEveryStore } from './stores';

/**
 * Removes everything Thaw keeps, every store in one transaction: records, settings (so the
 * defaults apply again) and the scheduler's state. Open pages hear of it on the change channel.
 */
export async function deleteEverything(): Promise<void> {
  const tx = (await getDb()).transaction(ALL_STORES, 'readwrite');
  await Promise.all([...ALL_STORES.map((store) => tx.objectStore(store).clear()), tx.done]);
  announceEveryStore();
}
