import { announceChange } from './changes';
import { getDb } from './connection';
import { putPrivate } from './private-write';
import { checkRecordTimes } from './record-times';
import type { Entry } from './records';

/** Saves an entry, new or edited; its text is sealed while the lock is on. */
export async function putEntry(entry: Entry): Promise<Entry> {
  checkRecordTimes(entry.createdAt, entry.updatedAt);
  await putPrivate('entries', entry);
  return entry;
}

export async function getEntry(id: string): Promise<Entry | undefined> {
  return (await getDb()).get('entries', id);
}

/** Entries with from <= createdAt < to, oldest first. */
export async function entriesBetween(from: number, to: number): Promise<Entry[]> {
  return (await getDb()).getAllFromIndex('entries', 'by_created', IDBKeyRange.bound(from, to, false, true));
}

export async function deleteEntry(id: string): Promise<void> {
  await (await getDb()).delete('entries', id);
  announceChange({ store: 'entries', ids: [id] });
}

export async function countEntries(): Promise<number> {
  return (await getDb()).count('entries');
}
