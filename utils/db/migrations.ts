import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { migrateHelpRegion } from '../content/help-place';
import type { ThawDB } from './schema';

/** Version 3's store of export copies (no longer in the schema). */
const DROPPED_EXPORT_COPIES = 'exportParts';

type UpgradeTx = IDBPTransaction<ThawDB, StoreNames<ThawDB>[], 'versionchange'>;

/**
 * Brings a database of any older version up to DB_VERSION, one step per version.
 * Steps never drop a user's records.
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
  // Version 3 kept a ready-made copy of the export in a store of its own; version 4 drops it, so a
  // database older than 3 has nothing to do for it.
  if (oldVersion < 4) {
    const raw = unwrap(db);
    if (raw.objectStoreNames.contains(DROPPED_EXPORT_COPIES)) raw.deleteObjectStore(DROPPED_EXPORT_COPIES);
    // Texts sealed by pages without the passphrase (their `locked.epk`), found without reading every
    // record when the journal is unlocked and turns them into faster locked texts.
    tx.objectStore('checkins').createIndex('by_sealed', 'locked.epk');
    tx.objectStore('entries').createIndex('by_sealed', 'locked.epk');
  }
  if (oldVersion < 5) {
    // The help-line setting names a country now, not a region ("uk" -> "GB", "eu" -> "other").
    const settings = tx.objectStore('settings');
    void settings.get('settings').then((stored) => {
      if (stored && 'helpRegion' in stored) {
        return settings.put({ ...stored, helpRegion: migrateHelpRegion(stored.helpRegion) }, 'settings');
      }
      return undefined;
    });
  }
  if (oldVersion < 6) {
    // The person's own exercises, in a store of their own so every built-in id stays as it is.
    db.createObjectStore('exercises', { keyPath: 'id' }).createIndex('by_created', 'createdAt');
  }
}
