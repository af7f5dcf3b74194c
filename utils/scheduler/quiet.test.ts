import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { nextReminderAt, step } from './index';
import { nextAllowedMoment } from './quiet';
import { replay } from '@/tests/tools/scheduler-replay';
import {
  ALARM,
  at,
  feed,
  natural,
  quietHours,
  settingsWith,
  started,
} from '@/tests/tools/scheduler-fixtures';

process.env.TZ = 'UTC';

const night = settingsWith({ quietHours: quietHours(22 * 60, 7 * 60) });
// The test Monday is day 0; Saturday is day 5, Sunday day 6, next Monday day 7.
const weekend = settingsWith({ quietDays: [0, 6] });

describe('quiet hours across midnight (22:00–07:00)', () => {
  it('a break due at 22:20 is planned for 07:00 and reminded once then', () => {
    const r = replay([{ at: at(7, 30, 1), event: { type: 'active' } }], {
      settings: night,
      start: at(21, 30),
    });
    expect(r.log[0]?.effects).toEqual([
      { type: 'setAlarm', at: at(7, 0, 1) },
      { type: 'badge', text: '' },
    ]);
    expect(r.alarmsFired).toEqual([at(7, 0, 1)]);
    expect(r.reminders).toEqual([at(7, 0, 1)]);
    expect(r.alarm).toBe(at(7, 50, 1)); // next one a full stretch later, not a burst
  });

  it('an alarm ringing inside the window moves to its end without reminding', () => {
    const planned = started(at(21, 30)); // planned for 22:20 before quiet hours were switched on
    const r = step(planned, ALARM, night, at(22, 20));
    expect(r.effects).toEqual([{ type: 'setAlarm', at: at(7, 0, 1) }]);
  });

  it('idle overnight: the alarm is cleared and the morning starts a fresh session', () => {
    const { effects } = feed(
      started(at(21, 30), night),
      [
        [at(23, 0), { type: 'idle', since: at(22, 58) }],
        [at(6, 50, 1), { type: 'active' }],
      ],
      night,
    );
    expect(effects[0]).toEqual([{ type: 'clearAlarm' }]);
    expect(effects[1]).toEqual([natural(at(22, 58), at(6, 50, 1)), { type: 'setAlarm', at: at(7, 40, 1) }]);
  });

  it('back at 06:00: due at 06:50 inside the window, so 07:00', () => {
    const { effects } = feed(
      started(at(21, 30), night),
      [
        [at(23, 0), { type: 'idle', since: at(22, 58) }],
        [at(6, 0, 1), { type: 'active' }],
      ],
      night,
    );
    expect(effects[1]).toContainEqual({ type: 'setAlarm', at: at(7, 0, 1) });
  });

  it('window boundaries: start is quiet, end is not', () => {
    expect(nextAllowedMoment(at(21, 59), night)).toBe(at(21, 59));
    expect(nextAllowedMoment(at(22, 0), night)).toBe(at(7, 0, 1));
    expect(nextAllowedMoment(at(0, 0, 1), night)).toBe(at(7, 0, 1));
    expect(nextAllowedMoment(at(6, 59, 1) + 59_000, night)).toBe(at(7, 0, 1));
    expect(nextAllowedMoment(at(7, 0, 1), night)).toBe(at(7, 0, 1));
  });

  it('a window within one day (12:00–13:00)', () => {
    const lunch = settingsWith({ quietHours: quietHours(12 * 60, 13 * 60) });
    expect(step(started(at(11, 30), lunch), { type: 'settings' }, lunch, at(11, 30)).state.alarmAt).toBe(
      at(13, 0),
    );
    expect(nextAllowedMoment(at(11, 59), lunch)).toBe(at(11, 59));
    expect(nextAllowedMoment(at(12, 30), lunch)).toBe(at(13, 0));
  });

  it('disabled, or start equal to end, means no quiet hours', () => {
    const off = settingsWith({ quietHours: { enabled: false, startMin: 0, endMin: 23 * 60 } });
    const empty = settingsWith({ quietHours: quietHours(600, 600) });
    expect(nextAllowedMoment(at(10, 0), off)).toBe(at(10, 0));
    expect(nextAllowedMoment(at(10, 0), empty)).toBe(at(10, 0));
  });
});

describe('quiet days', () => {
  it('a break due on Saturday waits for Monday 00:00', () => {
    const s = started(at(10, 0, 5), weekend);
    expect(s.alarmAt).toBe(at(0, 0, 7));
  });

  it('quiet days and quiet hours chain: Friday 23:00 → Monday 07:00', () => {
    const both = settingsWith({ quietDays: [0, 6], quietHours: quietHours(22 * 60, 7 * 60) });
    expect(nextAllowedMoment(at(23, 0, 4), both)).toBe(at(7, 0, 7));
  });

  it('reminds once at the end of a quiet day if still active', () => {
    const r = replay([], { settings: weekend, start: at(23, 0, 6), until: at(0, 49, 7) });
    expect(r.reminders).toEqual([at(0, 0, 7)]);
    expect(r.alarmsFired).toEqual([at(0, 0, 7)]);
    expect(r.alarm).toBe(at(0, 50, 7));
  });

  it('every day quiet: no alarm at all, no loop', () => {
    const always = settingsWith({ quietDays: [0, 1, 2, 3, 4, 5, 6] });
    const r = step(started(at(9)), { type: 'settings' }, always, at(9, 10));
    expect(r.effects).toEqual([{ type: 'clearAlarm' }]);
    expect(nextReminderAt(r.state, always, at(9, 10))).toBeNull();
    expect(step(r.state, { type: 'startup' }, always, at(9, 11)).effects).toEqual([
      { type: 'clearAlarm' },
      { type: 'badge', text: '' },
    ]);
  });
});

describe('nextReminderAt (the popup countdown)', () => {
  it('while active: the due moment', () => {
    expect(nextReminderAt(started(at(9)), DEFAULT_SETTINGS, at(9, 27))).toBe(at(9, 50));
  });

  it('while away: the rest of the stretch from now', () => {
    const away = step(started(at(9)), { type: 'idle', since: at(9, 18) }, DEFAULT_SETTINGS, at(9, 20)).state;
    expect(nextReminderAt(away, DEFAULT_SETTINGS, at(9, 30))).toBe(at(10, 2));
  });

  it('a reminder on screen: due now; in a break: none', () => {
    const showing = step(started(at(9)), ALARM, DEFAULT_SETTINGS, at(9, 50)).state;
    expect(nextReminderAt(showing, DEFAULT_SETTINGS, at(9, 55))).toBe(at(9, 55));
    const inBreak = step(showing, { type: 'start' }, DEFAULT_SETTINGS, at(9, 56)).state;
    expect(nextReminderAt(inBreak, DEFAULT_SETTINGS, at(9, 57))).toBeNull();
  });

  it('snoozed: the end of the snooze', () => {
    const snoozed = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 52), { type: 'snooze' }],
    ]).state;
    expect(nextReminderAt(snoozed, DEFAULT_SETTINGS, at(9, 53))).toBe(at(10, 2));
  });

  it('paused: the later of the pause end and the due moment', () => {
    const long = step(started(at(9)), { type: 'pause', until: at(11) }, DEFAULT_SETTINGS, at(9, 10)).state;
    expect(nextReminderAt(long, DEFAULT_SETTINGS, at(9, 10))).toBe(at(11));
    const short = step(
      started(at(9)),
      { type: 'pause', until: at(9, 20) },
      DEFAULT_SETTINGS,
      at(9, 10),
    ).state;
    expect(nextReminderAt(short, DEFAULT_SETTINGS, at(9, 10))).toBe(at(9, 50));
  });

  it('quiet hours: the end of the window; never before now', () => {
    expect(nextReminderAt(started(at(21, 30), night), night, at(21, 40))).toBe(at(7, 0, 1));
    expect(nextReminderAt(started(at(9)), settingsWith({ reminderEveryMin: 15 }), at(9, 40))).toBe(at(9, 40));
  });
});
