import { afterEach, describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/unit/factories';
import { monthCalendar, monthStart } from './calendar';
import { dayKey } from './days';
import { checkinAt, local } from './test-data';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('monthCalendar', () => {
  it('lays out a month in whole weeks, starting on the chosen weekday', () => {
    process.env.TZ = 'UTC';
    const weeks = monthCalendar({ month: local(2026, 2, 14), weekStartsOn: 1, checkins: [], entries: [] });
    // February 2026 starts on a Sunday: the first Monday row begins on 26 January.
    expect(dayKey(weeks[0]?.[0]?.day ?? 0)).toBe('2026-01-26');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(28);
    expect(dayKey(weeks.at(-1)?.at(-1)?.day ?? 0)).toBe('2026-03-01');
    const sundayFirst = monthCalendar({
      month: local(2026, 2, 1),
      weekStartsOn: 0,
      checkins: [],
      entries: [],
    });
    expect(sundayFirst).toHaveLength(4);
    expect(sundayFirst[0]?.[0]).toMatchObject({ dayOfMonth: 1, inMonth: true });
  });

  it('counts check-ins and entries per day and averages placed pleasantness', () => {
    process.env.TZ = 'Asia/Kolkata';
    const weeks = monthCalendar({
      month: local(2026, 7, 1),
      weekStartsOn: 1,
      checkins: [
        checkinAt(local(2026, 7, 3, 9), { pleasantness: 3, energy: -2 }),
        checkinAt(local(2026, 7, 3, 22), { pleasantness: null, energy: null }),
        checkinAt(local(2026, 7, 3, 23, 59), { pleasantness: -1, energy: 1 }),
      ],
      entries: [
        makeEntry({ createdAt: local(2026, 7, 3, 21) }),
        makeEntry({ createdAt: local(2026, 7, 4, 0, 1) }),
      ],
    });
    const days = new Map(weeks.flat().map((d) => [dayKey(d.day), d]));
    expect(days.get('2026-07-03')).toMatchObject({ checkins: 3, entries: 1, pleasantness: 1, energy: -0.5 });
    expect(days.get('2026-07-04')).toMatchObject({
      checkins: 0,
      entries: 1,
      pleasantness: null,
      energy: null,
    });
    expect(days.get('2026-07-02')).toMatchObject({ checkins: 0, entries: 0, pleasantness: null });
  });

  it('keeps each day once across the daylight-saving change', () => {
    process.env.TZ = 'Europe/Berlin';
    const days = monthCalendar({
      month: local(2026, 10, 20),
      weekStartsOn: 1,
      checkins: [],
      entries: [],
    }).flat();
    const keys = days.map((d) => dayKey(d.day));
    expect(new Set(keys).size).toBe(keys.length);
    expect(days.filter((d) => d.inMonth).map((d) => d.dayOfMonth)).toEqual(
      Array.from({ length: 31 }, (_, i) => i + 1),
    );
  });

  it('steps between months', () => {
    process.env.TZ = 'America/Sao_Paulo';
    expect(dayKey(monthStart(local(2026, 1, 31, 23)))).toBe('2026-01-01');
    expect(dayKey(monthStart(local(2026, 1, 31, 23), -1))).toBe('2025-12-01');
    expect(dayKey(monthStart(local(2026, 12, 5), 1))).toBe('2027-01-01');
  });
});
