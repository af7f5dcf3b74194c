import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { getDb } from './connection';
import { getSettings, updateSettings } from './settings';

describe('settings store', () => {
  it('gives the defaults to a new user', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps earlier changes when saving another', async () => {
    await updateSettings({ reminderEveryMin: 30 });
    await updateSettings({ theme: 'dark' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, reminderEveryMin: 30, theme: 'dark' });
  });

  it('fills settings added in a newer version from the defaults', async () => {
    const { sound: _dropped, ...older } = { ...DEFAULT_SETTINGS, reminderEveryMin: 20 };
    // A record written by an older version that did not know `sound` yet.
    await (await getDb()).put('settings', older as typeof DEFAULT_SETTINGS, 'settings');
    expect(await getSettings()).toMatchObject({ reminderEveryMin: 20, sound: DEFAULT_SETTINGS.sound });
  });

  it('reads a stored value out of its range as the default, so the scheduler never runs on it', async () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      reminderEveryMin: 1e308,
      snoozeMin: 0,
      naturalBreakMin: 12,
      theme: 'neon',
    };
    await (await getDb()).put('settings', stored as unknown as typeof DEFAULT_SETTINGS, 'settings');
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, naturalBreakMin: 12 });
  });

  it('refuses to save a value out of its range, and keeps what was there', async () => {
    await updateSettings({ snoozeMin: 7 });
    await expect(updateSettings({ snoozeMin: 1e308 })).rejects.toThrow();
    await expect(updateSettings({ reminderEveryMin: 5, theme: 'dark' })).rejects.toThrow();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, snoozeMin: 7 });
  });
});
