import { readInPages } from '../data/read-pages';
import type { PrivateRecord } from '../lock/records';
import type { RevealCache } from '../lock/reveal-cache';
import { getDb } from './connection';

/**
 * Reveals every locked text of the journal into the cache, so search can match words in them. Reads
 * page by page in one transaction (collecting only the locked ones), then decrypts outside it.
 * Texts already revealed are not decrypted again, so calling this again costs one read.
 */
export async function revealEverything(cache: RevealCache): Promise<void> {
  const tx = (await getDb()).transaction(['checkins', 'entries']);
  const locked: PrivateRecord[] = [];
  const keep = (page: PrivateRecord[]) => {
    for (const record of page) if (record.locked) locked.push(record);
  };
  await readInPages(tx.objectStore('checkins'), keep);
  await readInPages(tx.objectStore('entries'), keep);
  await tx.done;
  await cache.fill(locked);
}
