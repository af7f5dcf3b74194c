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

export async function deleteEntry(id: string): Promise<void> {
  await (await getDb()).delete('entries', id);
  announceChange({ store: 'entries', ids: [id] });
}
