import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { onChange, type Change } from '../db/changes';
import { getDb } from '../db/connection';
import { getSettings, updateSettings } from '../db/settings';
import { getState, setState } from '../db/state';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { deleteEverything } from './delete';
import { readAll, seed } from './fixtures/database';
import { ALL_STORES } from './stores';

describe('deleteEverything', () => {
  it('empties every store, so the settings are the defaults again', async () => {
    await seed({ checkins: [makeCheckin()], entries: [makeEntry()], breaks: [makeBreak()] });
    await updateSettings({ reminderEveryMin: 20 });
    await setState('lastReminderExercise', 'box_breathing');
    await deleteEverything();
    expect(await readAll()).toEqual({ checkins: [], entries: [], breaks: [], exercises: [] });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getState('lastReminderExercise')).toBeUndefined();
    const db = await getDb();
    for (const store of ALL_STORES) expect(await db.count(store), store).toBe(0);
  });

  it('lists every store of the database', async () => {
    expect([...(await getDb()).objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
  });

  it('announces every store', async () => {
    const heard: Change[] = [];
    const stop = onChange((change) => heard.push(change));
    await deleteEverything();
    stop();
    expect(heard).toEqual(ALL_STORES.map((store) => ({ store })));
  });
});
