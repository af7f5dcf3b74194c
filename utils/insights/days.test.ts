import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayFromKey, dayKey, dayStart, weekStart, windowStart } from './days';
import { local } from './test-data';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const HOUR = 3_600_000;

describe('calendar days in the local time zone', () => {
  it('starts a day at local midnight, whatever the offset', () => {
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham']) {
      process.env.TZ = tz;
      const at = local(2026, 6, 15, 23, 59);
      expect(dayStart(at), tz).toBe(local(2026, 6, 15, 0, 0));
      expect(dayKey(at), tz).toBe('2026-06-15');
    }
  });

  it('names the same instant by different dates in different zones', () => {
    const instant = Date.UTC(2026, 0, 1, 3); // 03:00 UTC on 1 January
    process.env.TZ = 'America/New_York';
    expect(dayKey(instant)).toBe('2025-12-31');
    process.env.TZ = 'Europe/Berlin';
    expect(dayKey(instant)).toBe('2026-01-01');
  });

  it('counts the 23-hour spring-forward day as one day (Europe/Berlin)', () => {
    process.env.TZ = 'Europe/Berlin';
    const sunday = local(2026, 3, 29, 0); // clocks go from 02:00 to 03:00
    expect(addDays(sunday, 1) - sunday).toBe(23 * HOUR);
    expect(dayKey(addDays(sunday, 1))).toBe('2026-03-30');
    expect(dayStart(local(2026, 3, 29, 23, 30))).toBe(sunday);
  });

  it('counts the 25-hour fall-back day as one day (America/New_York)', () => {
    process.env.TZ = 'America/New_York';
    const sunday = local(2026, 11, 1, 0);
    expect(addDays(sunday, 1) - sunday).toBe(25 * HOUR);
    expect(dayStart(local(2026, 11, 1, 23, 59))).toBe(sunday);
    expect(dayKey(addDays(local(2026, 10, 31, 8), 2))).toBe('2026-11-02');
  });

  it('handles a day whose midnight does not exist (America/Santiago springs forward at 00:00)', () => {
    process.env.TZ = 'America/Santiago';
    const start = dayStart(local(2026, 9, 6, 15));
    expect(dayKey(start)).toBe('2026-09-06');
    expect(start).toBeLessThanOrEqual(local(2026, 9, 6, 15));
    expect(dayKey(addDays(start, -1))).toBe('2026-09-05');
    expect(dayKey(addDays(start, 1))).toBe('2026-09-07');
  });

  it('crosses months and years', () => {
    process.env.TZ = 'UTC';
    expect(dayKey(addDays(local(2024, 2, 28), 1))).toBe('2024-02-29');
    expect(dayKey(addDays(local(2026, 12, 31), 1))).toBe('2027-01-01');
    expect(dayKey(addDays(local(2026, 1, 1), -1))).toBe('2025-12-31');
  });

  it('finds the start of the week for any first weekday', () => {
    process.env.TZ = 'Australia/Sydney';
    const wednesday = local(2026, 4, 8, 18); // Wednesday 8 April 2026
    expect(dayKey(weekStart(wednesday, 1))).toBe('2026-04-06');
    expect(dayKey(weekStart(wednesday, 0))).toBe('2026-04-05');
    expect(dayKey(weekStart(wednesday, 3))).toBe('2026-04-08');
    expect(dayKey(weekStart(wednesday, 4))).toBe('2026-04-02');
  });

  it('gives a window that ends today and holds exactly its number of days', () => {
    process.env.TZ = 'Europe/London';
    const now = local(2026, 3, 31, 9); // the window crosses the spring change on 29 March
    expect(dayKey(windowStart(now, 7))).toBe('2026-03-25');
    expect(addDays(windowStart(now, 7), 6)).toBe(dayStart(now));
    expect(windowStart(now, 1)).toBe(dayStart(now));
  });
});

describe('dayFromKey', () => {
  it('reads a date input value as local midnight, and round-trips with dayKey', () => {
    process.env.TZ = 'America/Santiago';
    expect(dayKey(dayFromKey('2026-09-06') ?? 0)).toBe('2026-09-06');
    process.env.TZ = 'Asia/Tokyo';
    expect(dayFromKey('2026-03-08')).toBe(local(2026, 3, 8, 0));
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['', '2026-02-30', '2026-13-01', '26-01-01', 'yesterday', '2026-1-1']) {
      expect(dayFromKey(bad), bad).toBeNull();
    }
  });
});
