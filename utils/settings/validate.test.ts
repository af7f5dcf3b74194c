import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { formatTimeOfDay, parseTimeOfDay, validateSetting } from './validate';

describe('validateSetting', () => {
  it('accepts every default', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      expect(validateSetting(key, DEFAULT_SETTINGS[key]), key).toBeNull();
    }
  });

  it.each([
    ['reminderEveryMin', 15, null],
    ['reminderEveryMin', 120, null],
    ['reminderEveryMin', 14, { kind: 'range', min: 15, max: 120 }],
    ['reminderEveryMin', 121, { kind: 'range', min: 15, max: 120 }],
    ['reminderEveryMin', 30.5, { kind: 'range', min: 15, max: 120 }],
    ['reminderEveryMin', Number.NaN, { kind: 'range', min: 15, max: 120 }],
    ['snoozeMin', 0, { kind: 'range', min: 1, max: 30 }],
    ['naturalBreakMin', 2, null],
    ['breakLengthMin', 16, { kind: 'range', min: 1, max: 15 }],
    ['microBreakEveryMin', 10, null],
    ['microBreakEveryMin', 60, null],
    ['microBreakEveryMin', 9, { kind: 'range', min: 10, max: 60 }],
    ['microBreakEveryMin', 61, { kind: 'range', min: 10, max: 60 }],
  ] as const)('%s = %s', (key, value, expected) => {
    expect(validateSetting(key, value)).toEqual(expected);
  });

  it('checks quiet hours, days and choices', () => {
    expect(validateSetting('quietHours', { enabled: true, startMin: 1380, endMin: 420 })).toBeNull();
    expect(validateSetting('quietHours', { enabled: true, startMin: 1440, endMin: 0 })).toEqual({
      kind: 'invalid',
    });
    expect(validateSetting('quietDays', [0, 6])).toBeNull();
    expect(validateSetting('quietDays', [7])).toEqual({ kind: 'invalid' });
    expect(validateSetting('reminderStyle', 'page')).toBeNull();
    expect(validateSetting('reminderStyle', 'popup')).toEqual({ kind: 'invalid' });
    expect(validateSetting('theme', 'dark')).toBeNull();
    expect(validateSetting('guidance', 'voice')).toBeNull();
    expect(validateSetting('guidance', 'chimes')).toBeNull();
    expect(validateSetting('guidance', true)).toEqual({ kind: 'invalid' });
    expect(validateSetting('guidance', 'online')).toEqual({ kind: 'invalid' });
    expect(validateSetting('gentlerBreathing', true)).toBeNull();
    expect(validateSetting('gentlerBreathing', 'yes')).toEqual({ kind: 'invalid' });
  });
});

describe('check-in reminders and micro-breaks', () => {
  const reminders = (patch: object) => ({ enabled: true, times: [540, 780], days: [1, 2, 3], ...patch });

  it('accepts up to three different times on any days', () => {
    expect(validateSetting('checkinReminders', reminders({}))).toBeNull();
    expect(validateSetting('checkinReminders', reminders({ times: [0, 720, 1439] }))).toBeNull();
    expect(validateSetting('checkinReminders', reminders({ times: [], days: [] }))).toBeNull();
  });

  it.each([
    ['four times', reminders({ times: [60, 120, 180, 240] })],
    ['the same time twice', reminders({ times: [540, 540] })],
    ['a time past midnight', reminders({ times: [1440] })],
    ['a fractional time', reminders({ times: [540.5] })],
    ['a day that is no weekday', reminders({ days: [7] })],
    ['a day twice', reminders({ days: [1, 1] })],
    ['no switch', { times: [540], days: [1] }],
    ['not an object', 'daily'],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(validateSetting('checkinReminders', value)).toEqual({ kind: 'invalid' });
  });

  it('micro-breaks are a switch', () => {
    expect(validateSetting('microBreaks', true)).toBeNull();
    expect(validateSetting('microBreaks', 1)).toEqual({ kind: 'invalid' });
  });
});

describe('factors', () => {
  it("accepts the person's list within its limits and refuses anything else", () => {
    expect(validateSetting('factors', DEFAULT_SETTINGS.factors)).toBeNull();
    expect(validateSetting('factors', [{ id: 'own_1', name: 'Yoga', hidden: true }])).toBeNull();
    expect(validateSetting('factors', [{ id: 'own_1', name: null, hidden: false }])).toEqual({
      kind: 'invalid',
    });
    expect(validateSetting('factors', 'sleep')).toEqual({ kind: 'invalid' });
  });
});

describe('time of day', () => {
  it('parses and formats minutes after midnight', () => {
    expect(parseTimeOfDay('22:30')).toBe(1350);
    expect(parseTimeOfDay('07:05')).toBe(425);
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('7:5')).toBeNull();
    expect(formatTimeOfDay(425)).toBe('07:05');
  });
});
