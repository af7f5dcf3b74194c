import { getDb } from '../db/connection';
import { abortAndSettle } from '../db/abort';
import { checkStoredLock } from '../db/lock-write';
import { settingsFrom } from '../settings/settings';
import { RECORD_STORES, type ExportFile } from './format';
import { zero, type StoreCounts } from './preview';
import { announceEveryStore } from './stores';

/** Merge adds the file's records whose ids are new here; replace makes the file's records the only ones. */
export type ImportMode = 'merge' | 'replace';

export interface ImportOutcome {
  added: StoreCounts;
  /** Records skipped because their id was already here (merge only). */
  skipped: number;
}

export { LockChangedError } from '../db/lock-write';

/**
 * Writes a validated file in ONE transaction over every store it touches: all of it lands, or
 * (on any error) none of it. Replace also takes the file's settings; a setting the file lacks
 * keeps its current value. Merge leaves the settings alone.
 * `lockId` is the vault the file's texts are sealed to (null: readable, for a lock that is off); the
 * same transaction checks it, so texts never land in the clear while the lock is on
 * (LockChangedError otherwise).
 */
export async function applyImport(
  file: ExportFile,
  mode: ImportMode,
  options: { lockId?: string | null } = {},
): Promise<ImportOutcome> {
  const tx = (await getDb()).transaction(['settings', 'state', ...RECORD_STORES], 'readwrite');
  const outcome: ImportOutcome = { added: zero(), skipped: 0 };
  const writes: Promise<unknown>[] = [];
  try {
    await checkStoredLock(tx.objectStore('state'), options.lockId ?? undefined);
    for (const store of RECORD_STORES) {
      const target = tx.objectStore(store);
      const records: readonly ExportFile[typeof store][number][] = file[store];
      const here = new Set<string>(mode === 'merge' ? await target.getAllKeys() : []);
      if (mode === 'replace') writes.push(target.clear());
      for (const record of records) {
        if (here.has(record.id)) {
          outcome.skipped++;
          continue;
        }
        writes.push(target.put(record));
        outcome.added[store]++;
      }
    }
    if (mode === 'replace') {
      const settings = tx.objectStore('settings');
      const current = await settings.get('settings');
      writes.push(settings.put(settingsFrom(current, file.settings), 'settings'));
    }
  } catch (error) {
    // A synchronous failure part way must not let the requests already made commit.
    await abortAndSettle(tx, writes);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  announceEveryStore();
  return outcome;
}
