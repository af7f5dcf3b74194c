import { DEFAULT_SETTINGS, settingsFrom, type Settings } from '../settings/settings';
import { validateSetting } from '../settings/validate';
import { announceChange } from './changes';
import { getDb } from './connection';

type Key = keyof Settings;
const KEYS = Object.keys(DEFAULT_SETTINGS) as Key[];

/**
 * The user's settings: a record from an older version read in today's shape (`settingsFrom`), and
 * defaults for anything never set or outside its limits, so the scheduler never runs on one.
 */
export async function getSettings(): Promise<Settings> {
  const stored = settingsFrom(await (await getDb()).get('settings', 'settings'));
  const settings: Record<Key, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of KEYS) if (validateSetting(key, stored[key]) === null) settings[key] = stored[key];
  return settings as Settings;
}

/** Saves a change to some settings and returns the whole result; a value out of its limits is refused. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const refused = (Object.keys(patch) as Key[]).filter((key) => validateSetting(key, patch[key]) !== null);
  if (refused.length > 0) throw new RangeError(`Settings out of their limits: ${refused.join(', ')}`);
  const db = await getDb();
  const tx = db.transaction('settings', 'readwrite');
  const next = settingsFrom(await tx.store.get('settings'), patch);
  await tx.store.put(next, 'settings');
  await tx.done;
  announceChange({ store: 'settings' });
  return next;
}
