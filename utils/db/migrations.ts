import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { migrateHelpRegion } from '../content/help-place';
import { rebuildAllParts } from './export-parts-rebuild';
import type { ThawDB } from './schema';

type UpgradeTx = IDBPTransaction<ThawDB, StoreNames<ThawDB>[], 'versionchange'>;

/**
 * Brings a database of any older version up to DB_VERSION, one step per version.
 * Steps only add or transform; they never drop a user's records.
 */
export function migrate(db: IDBPDatabase<ThawDB>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('checkins', { keyPath: 'id' }).createIndex('by_at', 'at');
    db.createObjectStore('entries', { keyPath: 'id' }).createIndex('by_created', 'createdAt');
    db.createObjectStore('breaks', { keyPath: 'id' }).createIndex('by_at', 'at');
    db.createObjectStore('settings');
    db.createObjectStore('state');
  }
  if (oldVersion < 2) {
    // Every tag and feeling word ever used, listed cheaply (one key per distinct value) for the
    // journal's filters, without reading the history.
    tx.objectStore('entries').createIndex('by_tag', 'tags', { multiEntry: true });
    tx.objectStore('checkins').createIndex('by_emotion', 'emotions', { multiEntry: true });
  }
  if (oldVersion < 3) {
    // The export kept ready (export-parts.ts), made once from the records already here. If this
    // fails, the upgrade aborts and the database stays as it was, records untouched.
    db.createObjectStore('exportParts');
    rebuildAllParts(tx).catch(() => {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request itself.
      }
    });
  }
  if (oldVersion < 4) {
    // The help-line setting names a country now, not a region ("uk" -> "GB", "eu" -> "other").
    const settings = tx.objectStore('settings');
    void settings.get('settings').then((stored) => {
      if (stored && 'helpRegion' in stored) {
        return settings.put({ ...stored, helpRegion: migrateHelpRegion(stored.helpRegion) }, 'settings');
      }
      return undefined;
    });
  }
}
