import { afterEach, describe, expect, it } from 'vitest';
import { dayKey } from './days';
import { bucketDays, moodOverTime } from './mood-trend';
import { checkinAt, local } from './test-data';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('moodOverTime', () => {
  it('gives one empty point per day when there is no data', () => {
    process.env.TZ = 'UTC';
    const points = moodOverTime([], { range: 7, now: local(2026, 5, 10, 9), weekStartsOn: 1 });
    expect(points).toHaveLength(7);
    expect(points.every((p) => p.pleasantness === null && p.energy === null && p.count === 0)).toBe(true);
    expect(dayKey(points[0]?.start ?? 0)).toBe('2026-05-04');
    expect(dayKey(points[6]?.start ?? 0)).toBe('2026-05-10');
  });

  it('averages each day and leaves gaps as null, not as neutral', () => {
    process.env.TZ = 'Europe/Paris';
    const now = local(2026, 5, 10, 20);
    const checkins = [
      checkinAt(local(2026, 5, 10, 8), { pleasantness: 2, energy: 1 }),
      checkinAt(local(2026, 5, 10, 18), { pleasantness: -1, energy: null }),
      checkinAt(local(2026, 5, 8, 23, 59), { pleasantness: -4, energy: -4 }),
      // Not placed on the meter: ignored.
      checkinAt(local(2026, 5, 9, 12), { pleasantness: null, energy: null }),
    ];
    const points = moodOverTime(checkins, { range: 7, now, weekStartsOn: 1 });
    const byDay = new Map(points.map((p) => [dayKey(p.start), p]));
    expect(byDay.get('2026-05-10')).toMatchObject({ pleasantness: 0.5, energy: 1, count: 2 });
    expect(byDay.get('2026-05-09')).toMatchObject({ pleasantness: null, energy: null, count: 0 });
    expect(byDay.get('2026-05-08')).toMatchObject({ pleasantness: -4, energy: -4, count: 1 });
  });

  it('ignores check-ins outside the window, and a future one', () => {
    process.env.TZ = 'UTC';
    const now = local(2026, 5, 10, 12);
    const checkins = [
      checkinAt(local(2026, 5, 3, 23, 59), { pleasantness: 5 }), // the day before the window
      checkinAt(local(2026, 5, 11, 0, 1), { pleasantness: 5 }), // tomorrow
      checkinAt(local(2026, 5, 4, 0, 0), { pleasantness: 1 }), // the window's first minute
    ];
    const points = moodOverTime(checkins, { range: 7, now, weekStartsOn: 1 });
    expect(points.map((p) => p.pleasantness)).toEqual([1, null, null, null, null, null, null]);
  });

  it('a single check-in makes a single point', () => {
    const now = Date.UTC(2026, 0, 15, 12);
    const points = moodOverTime([checkinAt(now - 60_000, { pleasantness: 3 })], {
      range: 30,
      now,
      weekStartsOn: 1,
    });
    expect(points).toHaveLength(30);
    expect(points.filter((p) => p.count > 0)).toEqual([
      expect.objectContaining({ pleasantness: 3, count: 1 }),
    ]);
  });

  it('uses weeks for 90 and 365 days, the last one cut at tomorrow', () => {
    process.env.TZ = 'UTC';
    const now = local(2026, 5, 13, 12); // a Wednesday
    expect(bucketDays(7)).toBe(1);
    expect(bucketDays(30)).toBe(1);
    expect(bucketDays(90)).toBe(7);
    const points = moodOverTime([checkinAt(now, { pleasantness: 2 })], { range: 90, now, weekStartsOn: 1 });
    expect(points.length).toBeGreaterThanOrEqual(13);
    expect(points.length).toBeLessThanOrEqual(14);
    const last = points.at(-1);
    expect(dayKey(last?.start ?? 0)).toBe('2026-05-11');
    expect(dayKey(last?.end ?? 0)).toBe('2026-05-14');
    expect(last).toMatchObject({ pleasantness: 2, count: 1 });
    expect(moodOverTime([], { range: 365, now, weekStartsOn: 0 }).length).toBeGreaterThanOrEqual(53);
  });

  it('keeps a check-in late on the evening of a clock change in its own day', () => {
    process.env.TZ = 'America/New_York';
    const now = local(2026, 11, 3, 12);
    const checkins = [
      checkinAt(local(2026, 11, 1, 23, 30), { pleasantness: 4 }), // the 25-hour day
      checkinAt(local(2026, 11, 2, 0, 30), { pleasantness: -2 }),
    ];
    const points = moodOverTime(checkins, { range: 7, now, weekStartsOn: 1 });
    const byDay = new Map(points.map((p) => [dayKey(p.start), p.pleasantness]));
    expect(byDay.get('2026-11-01')).toBe(4);
    expect(byDay.get('2026-11-02')).toBe(-2);
    expect(new Set(points.map((p) => dayKey(p.start))).size).toBe(7);
  });

  it('buckets by the local date, so a zone change moves a check-in to another day', () => {
    const instant = Date.UTC(2026, 4, 10, 2); // 02:00 UTC
    const options = { range: 7, now: Date.UTC(2026, 4, 12, 12), weekStartsOn: 1 } as const;
    const dayWithReading = () =>
      dayKey(
        moodOverTime([checkinAt(instant, { pleasantness: 1 })], options).find((p) => p.count)?.start ?? 0,
      );
    process.env.TZ = 'Asia/Tokyo';
    expect(dayWithReading()).toBe('2026-05-10');
    process.env.TZ = 'America/Chicago';
    expect(dayWithReading()).toBe('2026-05-09');
  });
});
