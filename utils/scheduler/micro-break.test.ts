import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { step } from './index';
import { replay, type TimelineEntry } from '@/tests/tools/scheduler-replay';
import { ALARM, MIN, at, quietHours, settingsWith, started } from '@/tests/tools/scheduler-fixtures';

process.env.TZ = 'UTC';

const micro = (patch: Partial<Settings> = {}): Settings =>
  settingsWith({ microBreaks: true, microBreakEveryMin: 20, ...patch });
const e = (hh: number, mm: number, event: TimelineEntry['event']): TimelineEntry => ({
  at: at(hh, mm),
  event,
});
const run = (settings: Settings, timeline: TimelineEntry[] = [], extra: object = {}) =>
  replay(timeline, { settings, start: at(9), until: at(11), ...extra });

describe('micro-breaks through the scheduler', () => {
  it('off by default', () => {
    expect(DEFAULT_SETTINGS.microBreaks).toBe(false);
    expect(run(DEFAULT_SETTINGS).microBreaks).toEqual([]);
  });

  it('every 20 min of active time, between the long breaks, each on the one alarm', () => {
    const r = run(micro(), [e(9, 52, { type: 'start' }), e(9, 55, { type: 'finish' })]);
    // 9:20, 9:40, the long break at 9:50; a fresh session after it: 10:15, 10:35, long break 10:45
    expect(r.microBreaks).toEqual([at(9, 20), at(9, 40), at(10, 15), at(10, 35)]);
    expect(r.reminders).toEqual([at(9, 50), at(10, 45)]);
    expect(r.alarmsFired).toEqual([at(9, 20), at(9, 40), at(9, 50), at(10, 15), at(10, 35), at(10, 45)]);
  });

  it('is shown as a quiet notification and recorded as a micro-break, never as a page', () => {
    const r = step(started(at(9), micro()), ALARM, micro(), at(9, 20));
    expect(r.effects).toEqual([
      { type: 'showMicroBreak' },
      { type: 'recordBreak', record: { at: at(9, 20), outcome: 'suggested', origin: 'micro', snoozes: 0 } },
      { type: 'setAlarm', at: at(9, 40) },
    ]);
  });

  it('never within 5 min before a long break: the long break comes instead', () => {
    // every 45 of 50: 5 min before is allowed; every 46 is not
    expect(run(micro({ microBreakEveryMin: 45 }), [], { until: at(9, 50) }).microBreaks).toEqual([at(9, 45)]);
    const r = run(micro({ microBreakEveryMin: 46 }), [], { until: at(9, 59) });
    expect(r.microBreaks).toEqual([]);
    expect(r.alarmsFired).toEqual([at(9, 50)]);
  });

  it('none while a break reminder is open, snoozed or ignored', () => {
    const r = run(micro(), [e(9, 51, { type: 'snooze' })], { until: at(10, 30) });
    // snoozed at 9:51, back at 10:01, ignored since: no micro-break until it is answered
    expect(r.microBreaks).toEqual([at(9, 20), at(9, 40)]);
    expect(r.reminders).toEqual([at(9, 50), at(10, 1)]);
  });

  it('idle time does not count; a natural break starts the count again', () => {
    const short = run(micro(), [e(9, 10, { type: 'idle', since: at(9, 9) }), e(9, 12, { type: 'active' })]);
    expect(short.microBreaks[0]).toBe(at(9, 23)); // 9:09–9:12 away: three minutes later
    const long = run(micro(), [e(9, 30, { type: 'idle', since: at(9, 25) }), e(9, 40, { type: 'active' })]);
    expect(long.microBreaks.slice(0, 2)).toEqual([at(9, 20), at(10)]); // fresh count from 9:40
  });

  it('skipped, not rechecked, during a fullscreen film: the next comes a full interval later', () => {
    const r = run(micro(), [], {
      until: at(9, 45),
      environment: (t: number) => ({ fullscreen: t < at(9, 30), audible: false }),
    });
    expect(r.microBreaks).toEqual([at(9, 40)]);
    expect(r.alarmsFired).toEqual([at(9, 20), at(9, 40)]);
  });

  it('never in quiet hours or while paused', () => {
    const quiet = run(micro({ quietHours: quietHours(9 * 60 + 10, 9 * 60 + 30) }), [], { until: at(9, 45) });
    expect(quiet.microBreaks).toEqual([at(9, 30)]);
    // the one due at 9:20 waits for the pause's end, once, unless that is too near the long break
    const paused = run(micro(), [e(9, 5, { type: 'pause', until: at(9, 30) })], { until: at(9, 49) });
    expect(paused.microBreaks).toEqual([at(9, 30)]);
    const nearBreak = run(micro(), [e(9, 5, { type: 'pause', until: at(9, 47) })], { until: at(9, 49) });
    expect(nearBreak.microBreaks).toEqual([]);
    expect(nearBreak.alarmsFired).toEqual([at(9, 47)]);
  });

  it('a skipped long break starts a fresh count for micro-breaks too', () => {
    const r = run(micro(), [e(9, 51, { type: 'skip' })], { until: at(10, 12) });
    expect(r.microBreaks).toEqual([at(9, 20), at(9, 40), at(10, 11)]);
  });
});

/* ---------- the alarm budget with everything on ---------- */

/** The working day of bench/scheduler-day.ts: six stretches away, one a lunch. */
function benchDay(start: number): TimelineEntry[] {
  const t = (m: number) => start + m * MIN;
  const away = (from: number, minutes: number): TimelineEntry[] => [
    { at: t(from), event: { type: 'idle', since: t(from) - MIN } },
    { at: t(from + minutes), event: { type: 'active' } },
  ];
  return [
    ...away(35, 2),
    ...away(130, 3),
    ...away(200, 45),
    ...away(300, 1),
    ...away(390, 8),
    ...away(450, 2),
  ];
}

describe('an 8 h day with check-in reminders and micro-breaks on', () => {
  const everything = micro({
    checkinReminders: { enabled: true, times: [10 * 60, 13 * 60, 16 * 60], days: [0, 1, 2, 3, 4, 5, 6] },
  });
  const day = () => replay(benchDay(at(8)), { settings: everything, start: at(8), until: at(16, 0) + 0 });

  it('every alarm shows something: alarms = reminders + check-ins + micro-breaks', () => {
    const r = replay(benchDay(at(8)), { settings: everything, start: at(8), until: at(16) });
    const shown = r.reminders.length + r.checkinReminders.length + r.microBreaks.length;
    expect(r.checkinReminders).toEqual([at(10), at(13), at(16)]);
    expect(r.alarmsFired.length).toBe(shown);
    // the bench's budget: no more than what is shown + idle transitions + 2
    expect(r.alarmsFired.length).toBeLessThanOrEqual(shown + 12 + 2);
  });

  it('with the default micro-break interval it stays within the 20 alarms of the default day budget', () => {
    expect(day().alarmsFired.length).toBeLessThanOrEqual(20);
  });

  it('every micro-break lies at least 5 min before and after every long break reminder', () => {
    const r = day();
    for (const m of r.microBreaks) {
      for (const b of r.reminders) expect(Math.abs(m - b), `${m} vs ${b}`).toBeGreaterThanOrEqual(5 * MIN);
    }
  });

  it('is the same when the worker restarts every few minutes and reloads its state', () => {
    const restarts: TimelineEntry[] = [];
    for (let t = at(8, 3); t < at(16); t += 7 * MIN) restarts.push({ at: t, event: { type: 'startup' } });
    const timeline = [...benchDay(at(8)), ...restarts].sort((a, b) => a.at - b.at);
    const r = replay(timeline, { settings: everything, start: at(8), until: at(16), reloadEachStep: true });
    const plain = day();
    expect(r.microBreaks).toEqual(plain.microBreaks);
    expect(r.checkinReminders).toEqual(plain.checkinReminders);
    expect(r.alarmsFired).toEqual(plain.alarmsFired);
  });
});
