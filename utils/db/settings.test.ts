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
    const { guidance: _dropped, ...older } = { ...DEFAULT_SETTINGS, reminderEveryMin: 20 };
    // A record written by an older version that did not know `guidance` yet.
    await (await getDb()).put('settings', older as typeof DEFAULT_SETTINGS, 'settings');
    expect(await getSettings()).toMatchObject({ reminderEveryMin: 20, guidance: 'off' });
  });

  it.each([
    [true, 'chimes'],
    [false, 'off'],
  ] as const)(
    'reads the older chime switch (sound: %s) as guidance "%s", and stores it so',
    async (sound, guidance) => {
      const { guidance: _new, gentlerBreathing: _newer, ...rest } = DEFAULT_SETTINGS;
      const older = { ...rest, sound, theme: 'dark' };
      await (await getDb()).put('settings', older as unknown as typeof DEFAULT_SETTINGS, 'settings');
      expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', guidance });
      await updateSettings({ snoozeMin: 5 });
      const stored = await (await getDb()).get('settings', 'settings');
      expect(stored).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', guidance, snoozeMin: 5 });
      expect(stored).not.toHaveProperty('sound');
    },
  );

  it('keeps a guidance choice made since over the older switch', async () => {
    const record = { ...DEFAULT_SETTINGS, guidance: 'voice', sound: true };
    await (await getDb()).put('settings', record as typeof DEFAULT_SETTINGS, 'settings');
    expect((await getSettings()).guidance).toBe('voice');
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
