import { describe, expect, it } from 'vitest';
import { nextReminderAt } from './index';
import { nextAllowedMoment } from './quiet';
import { replay } from '@/tests/tools/scheduler-replay';
import { quietHours, settingsWith, started } from '@/tests/tools/scheduler-fixtures';

// Germany: clocks go 02:00 CET → 03:00 CEST on Sun 29 March 2026, and 03:00 CEST → 02:00 CET on Sun 25 Oct.
process.env.TZ = 'Europe/Berlin';

const Z = (iso: string): number => Date.parse(iso);
const night = settingsWith({ quietHours: quietHours(22 * 60, 7 * 60) });

describe('quiet hours on daylight-saving days (Europe/Berlin)', () => {
  it('the test zone is really in effect', () => {
    expect(new Date(Z('2026-03-28T21:30:00Z')).getHours()).toBe(22);
    expect(new Date(Z('2026-03-29T05:00:00Z')).getHours()).toBe(7);
  });

  it('spring forward: the short night still ends at 07:00 local (05:00Z), one reminder', () => {
    const start = Z('2026-03-28T21:30:00Z'); // Sat 22:30 CET
    const s = started(start, night);
    expect(s.alarmAt).toBe(Z('2026-03-29T05:00:00Z'));
    const r = replay([], { settings: night, start, until: Z('2026-03-29T06:00:00Z') });
    // once at the window's end, then (ignored) once more only a full stretch later
    expect(r.reminders).toEqual([Z('2026-03-29T05:00:00Z'), Z('2026-03-29T05:50:00Z')]);
    expect(r.alarmsFired).toEqual(r.reminders);
  });

  it('fall back: the long night ends at 07:00 local (06:00Z)', () => {
    const start = Z('2026-10-24T20:30:00Z'); // Sat 22:30 CEST
    expect(started(start, night).alarmAt).toBe(Z('2026-10-25T06:00:00Z'));
    expect(nextReminderAt(started(start, night), night, start)).toBe(Z('2026-10-25T06:00:00Z'));
  });

  it('a window ending inside the skipped hour ends at the jump (03:00 CEST = 01:00Z)', () => {
    const early = settingsWith({ quietHours: quietHours(60, 150) }); // 01:00–02:30
    expect(nextAllowedMoment(Z('2026-03-29T00:30:00Z'), early)).toBe(Z('2026-03-29T01:00:00Z'));
    const toTwo = settingsWith({ quietHours: quietHours(23 * 60, 120) }); // 23:00–02:00
    expect(nextAllowedMoment(Z('2026-03-29T00:30:00Z'), toTwo)).toBe(Z('2026-03-29T01:00:00Z'));
    expect(started(Z('2026-03-28T23:40:00Z'), early).alarmAt).toBe(Z('2026-03-29T01:00:00Z'));
  });

  it('a window ending inside the repeated hour ends at each pass of that wall time', () => {
    const early = settingsWith({ quietHours: quietHours(60, 150) }); // 01:00–02:30
    // first pass: 02:10 CEST → 02:30 CEST
    expect(nextAllowedMoment(Z('2026-10-25T00:10:00Z'), early)).toBe(Z('2026-10-25T00:30:00Z'));
    // second pass: 02:10 CET → 02:30 CET, never a moment before `t`
    expect(nextAllowedMoment(Z('2026-10-25T01:10:00Z'), early)).toBe(Z('2026-10-25T01:30:00Z'));
  });

  it('a quiet Sunday ends at local midnight however long the day is', () => {
    const sunday = settingsWith({ quietDays: [0] });
    expect(nextAllowedMoment(Z('2026-03-29T08:00:00Z'), sunday)).toBe(Z('2026-03-29T22:00:00Z')); // 23 h day
    expect(nextAllowedMoment(Z('2026-10-25T08:00:00Z'), sunday)).toBe(Z('2026-10-25T23:00:00Z')); // 25 h day
  });
});
