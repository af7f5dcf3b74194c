import { afterEach, describe, expect, it } from 'vitest';
import { checkinAt, local } from './test-data';
import { DAY_PARTS, dayPartOf, moodByTimeOfDay } from './time-of-day';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('time of day', () => {
  it.each([
    [0, 'night'],
    [4, 'night'],
    [5, 'morning'],
    [11, 'morning'],
    [12, 'afternoon'],
    [16, 'afternoon'],
    [17, 'evening'],
    [21, 'evening'],
    [22, 'night'],
    [23, 'night'],
  ] as const)('%s h is %s', (hour, part) => {
    process.env.TZ = 'Pacific/Auckland';
    expect(dayPartOf(local(2026, 4, 5, hour, 30))).toBe(part);
  });

  it('reads the local clock: the same instant is morning in one zone and night in another', () => {
    const instant = Date.UTC(2026, 5, 1, 8); // 08:00 UTC
    process.env.TZ = 'Europe/London';
    expect(dayPartOf(instant)).toBe('morning');
    process.env.TZ = 'America/Los_Angeles';
    expect(dayPartOf(instant)).toBe('night');
  });

  it('follows the clock through a daylight-saving change', () => {
    process.env.TZ = 'Europe/Berlin';
    // 04:30 local on the morning the clocks went forward at 02:00: still night.
    expect(dayPartOf(local(2026, 3, 29, 4, 30))).toBe('night');
    expect(dayPartOf(local(2026, 3, 29, 5, 0))).toBe('morning');
  });

  it('gives every part of the day, in order, even with no data', () => {
    expect(moodByTimeOfDay([]).map((p) => [p.part, p.checkins, p.pleasantness, p.energy])).toEqual(
      DAY_PARTS.map((part) => [part, 0, null, null]),
    );
  });

  it('averages mood per part of the day, counting unplaced check-ins but not their mood', () => {
    process.env.TZ = 'UTC';
    const result = moodByTimeOfDay([
      checkinAt(local(2026, 1, 1, 8), { pleasantness: 2, energy: 2 }),
      checkinAt(local(2026, 1, 2, 9), { pleasantness: 0, energy: null }),
      checkinAt(local(2026, 1, 2, 23), { pleasantness: null, energy: null }),
    ]);
    expect(result[0]).toEqual({ part: 'morning', checkins: 2, pleasantness: 1, energy: 2 });
    expect(result[3]).toEqual({ part: 'night', checkins: 1, pleasantness: null, energy: null });
  });
});
