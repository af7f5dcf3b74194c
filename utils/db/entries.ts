import { announceChange } from './changes';
import { getDb } from './connection';
import { StaleWriteError } from './lock-write';
import { putPrivate } from './private-write';
import { checkRecordTimes } from './record-times';
import type { Entry } from './records';

/**
 * An edit was refused: the entry was saved again (in another tab) after this edit began. Nothing was
 * written; `stored` is the entry as it is now.
 */
export class EntryChangedError extends StaleWriteError {
  override name = 'EntryChangedError';
  constructor(readonly stored: Entry) {
    super('This entry was changed elsewhere after the edit began; nothing was written.');
  }
}

/**
 * Saves an entry, new or edited; its text is sealed while the lock is on. With `basedOn` (the
 * `updatedAt` the edit began from), an entry saved since is not written over: EntryChangedError.
 * An entry deleted meanwhile is saved again, so no words are lost.
 */
export async function putEntry(entry: Entry, options: { basedOn?: number } = {}): Promise<Entry> {
  checkRecordTimes(entry.createdAt, entry.updatedAt);
  const { basedOn } = options;
  await putPrivate(
    'entries',
    entry,
    basedOn === undefined
      ? undefined
      : (stored) => {
          if (stored && 'text' in stored && stored.updatedAt !== basedOn) throw new EntryChangedError(stored);
        },
  );
  return entry;
}

export async function getEntry(id: string): Promise<Entry | undefined> {
  return (await getDb()).get('entries', id);
}

export async function deleteEntry(id: string): Promise<void> {
  await (await getDb()).delete('entries', id);
  announceChange({ store: 'entries', ids: [id] });
}

/** Entries with from <= createdAt < to, oldest first: the time index, never the whole history. */
export async function entriesBetween(from: number, to: number): Promise<Entry[]> {
  return (await getDb()).getAllFromIndex('entries', 'by_created', IDBKeyRange.bound(from, to, false, true));
}
