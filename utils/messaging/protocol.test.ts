import { describe, expect, it } from 'vitest';
import { tomorrowMorning } from '../settings/pause';
import { MAX_PAUSE_MS, parseMessage } from './protocol';

const NOW = Date.UTC(2026, 2, 2, 9);
const HOUR = 3_600_000;

describe('parseMessage: the background checks what it is sent, range as well as type', () => {
  it.each([
    ['an hour', NOW + HOUR],
    ['until tomorrow morning', tomorrowMorning(NOW)],
    ['a whole week', NOW + MAX_PAUSE_MS],
    ['a moment already past (resume)', NOW - HOUR],
    ['null (resume)', null],
  ])('accepts a pause of %s', (_name, until) => {
    expect(parseMessage({ type: 'pause', payload: { until } }, NOW)).toEqual({
      type: 'pause',
      payload: { until },
    });
  });

  it.each([
    ['forever (1e308)', 1e308],
    ['infinity', Infinity],
    ['a week and a minute', NOW + MAX_PAUSE_MS + 60_000],
    ['past what a Date can hold', 8.64e15 + 1],
    ['before 1970', -1],
    ['not a number', Number.NaN],
    ['a fraction of a millisecond', NOW + 0.5],
    ['a string', String(NOW + HOUR)],
  ])('refuses a pause until %s', (_name, until) => {
    expect(parseMessage({ type: 'pause', payload: { until } }, NOW)).toBeNull();
  });

  it('refuses a pause without its moment, or with something else in its place', () => {
    for (const payload of [null, undefined, {}, [], 'soon', { until: { valueOf: () => NOW } }])
      expect(parseMessage({ type: 'pause', payload }, NOW)).toBeNull();
  });

  it('accepts requests that carry nothing only when they carry nothing', () => {
    for (const type of ['getPlan', 'breakStarted', 'breakFinished', 'snooze', 'skip', 'settingsChanged']) {
      expect(parseMessage({ type, payload: null }, NOW)).toEqual({ type, payload: null });
      expect(parseMessage({ type, payload: { until: 1e308 } }, NOW)).toBeNull();
    }
  });

  it('refuses what is no message of ours', () => {
    for (const value of [
      null,
      'pause',
      { type: 'toString', payload: null },
      { type: 'unknown', payload: null },
    ])
      expect(parseMessage(value, NOW)).toBeNull();
  });
});
