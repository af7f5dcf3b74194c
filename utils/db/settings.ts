import { settingsFrom, type Settings } from '../settings/settings';
import { announceChange } from './changes';
import { getDb } from './connection';

/**
 * The user's settings; defaults fill anything never set (or added in a newer version), and a record
 * from an older version is read in today's shape (`upgradeSettings`).
 */
export async function getSettings(): Promise<Settings> {
  const stored = await (await getDb()).get('settings', 'settings');
  return settingsFrom(stored);
}

/** Saves a change to some settings and returns the whole result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = await getDb();
  const tx = db.transaction('settings', 'readwrite');
  const next = settingsFrom(await tx.store.get('settings'), patch);
  await tx.store.put(next, 'settings');
  await tx.done;
  announceChange({ store: 'settings' });
  return next;
}
