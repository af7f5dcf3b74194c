import { openDB, type IDBPDatabase } from 'idb';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type ThawDB } from './schema';

let opening: Promise<IDBPDatabase<ThawDB>> | null = null;

/**
 * The one shared connection, opened lazily. When another context needs a newer version
 * (`blocking`), or the browser closes the connection (`terminated`), we let go and the next
 * call opens a fresh one, so a page never holds up an upgrade.
 */
export function getDb(): Promise<IDBPDatabase<ThawDB>> {
  opening ??= openDB<ThawDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
    blocked: () => {
      // An older connection elsewhere has not closed yet; it will on its `blocking` event.
    },
    blocking: () => void closeDb(),
    terminated: () => {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Closes the shared connection; the next getDb() reopens it. */
export async function closeDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}
