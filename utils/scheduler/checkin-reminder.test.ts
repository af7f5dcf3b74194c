import { describe, expect, it } from 'vitest';
import type { Settings } from '../settings/settings';
import { nextCheckinSlot } from './checkin-reminder';
import { initialState, step, type SchedulerState } from './index';
import { replay, type TimelineEntry } from '@/tests/tools/scheduler-replay';
import { ALARM, at, quietHours, settingsWith, started } from '@/tests/tools/scheduler-fixtures';

process.env.TZ = 'UTC';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
/** Check-in reminders at the given times (h, m pairs as minutes), breaks far apart so they stay out of the way. */
function withTimes(times: number[], patch: Partial<Settings> = {}): Settings {
  return settingsWith({
    reminderEveryMin: 120,
    checkinReminders: { enabled: true, times, days: EVERY_DAY },
    ...patch,
  });
}
const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const e = (hh: number, mm: number, event: TimelineEntry['event'], day = 0): TimelineEntry => ({
  at: at(hh, mm, day),
  event,
});

describe('the next check-in time', () => {
  it.each([
    ['off', settingsWith(), at(8), null],
    ['no times chosen', withTimes([]), at(8), null],
    ['before the first time', withTimes([h(9), h(13)]), at(8), at(9)],
    ['exactly at a time: the next one', withTimes([h(9), h(13)]), at(9), at(13)],
    ['after the last time: tomorrow', withTimes([h(9), h(13)]), at(13), at(9, 0, 1)],
    ['times in any order', withTimes([h(17, 30), h(9)]), at(10), at(17, 30)],
    [
      'a time in quiet hours is skipped',
      withTimes([h(7), h(12)], { quietHours: quietHours(h(22), h(8)) }),
      at(6),
      at(12),
    ],
    ['a quiet day is skipped (Monday quiet)', withTimes([h(9)], { quietDays: [1] }), at(8), at(9, 0, 1)],
    ['every day quiet: never', withTimes([h(9)], { quietDays: EVERY_DAY }), at(8), null],
  ])('%s', (_name, settings, after, expected) => {
    expect(nextCheckinSlot(after, settings)).toBe(expected);
  });

  it('only on the chosen days (Monday 2 March 2026 is day 0 here)', () => {
    const fridays = settingsWith({ checkinReminders: { enabled: true, times: [h(9)], days: [5] } });
    expect(nextCheckinSlot(at(8), fridays)).toBe(at(9, 0, 4));
    const none = settingsWith({ checkinReminders: { enabled: true, times: [h(9)], days: [] } });
    expect(nextCheckinSlot(at(8), none)).toBeNull();
  });
});

describe('check-in reminders through the scheduler (replayed)', () => {
  const run = (settings: Settings, timeline: TimelineEntry[] = [], extra: object = {}) =>
    replay(timeline, { settings, start: at(9), until: at(12), ...extra });

  it('off by default: no reminder, no alarm for it', () => {
    const r = run(settingsWith({ reminderEveryMin: 120 }));
    expect(r.checkinReminders).toEqual([]);
    expect(r.alarmsFired).toEqual([at(11)]);
  });

  it('rings the one alarm at each chosen time and invites a check-in', () => {
    const r = run(withTimes([h(10), h(11, 30)]));
    expect(r.checkinReminders).toEqual([at(10), at(11, 30)]);
    // the break at 11:00 and the two check-in times share the one alarm, in order
    expect(r.alarmsFired).toEqual([at(10), at(11), at(11, 30)]);
    expect(r.reminders).toEqual([at(11)]);
  });

  it('no reminder when a check-in was saved in the last hour', () => {
    const r = run(withTimes([h(10), h(11, 30)]), [], { checkins: [at(9, 15)] });
    expect(r.checkinReminders).toEqual([at(11, 30)]); // 9:15 is 45 min before 10:00, 2 h 15 before 11:30
  });

  it('a check-in exactly an hour before is not recent', () => {
    const r = run(withTimes([h(10)]), [], { checkins: [at(9)] });
    expect(r.checkinReminders).toEqual([at(10)]);
  });

  it('never in quiet hours or on a quiet day', () => {
    expect(run(withTimes([h(10)], { quietHours: quietHours(h(9, 30), h(10, 30)) })).checkinReminders).toEqual(
      [],
    );
    expect(run(withTimes([h(10)], { quietDays: [1] })).checkinReminders).toEqual([]);
  });

  it('a pause holds it; at the pause end it is offered if the time was within the last hour', () => {
    const short = run(withTimes([h(10)]), [e(9, 30, { type: 'pause', until: at(10, 30) })]);
    expect(short.checkinReminders).toEqual([at(10, 30)]);
    const long = run(withTimes([h(10)]), [e(9, 30, { type: 'pause', until: at(11, 30) })]);
    expect(long.checkinReminders).toEqual([]);
  });

  it('away at the time: offered on return within the hour, dropped after', () => {
    const back = run(withTimes([h(10)]), [
      e(9, 58, { type: 'idle', since: at(9, 57) }),
      e(10, 2, { type: 'active' }),
    ]);
    expect(back.checkinReminders).toEqual([at(10, 2)]);
    expect(back.alarmsFired).not.toContain(at(10)); // no alarm while away

    const lunch = run(withTimes([h(10)]), [
      e(9, 50, { type: 'locked', since: at(9, 50) }),
      e(11, 15, { type: 'active' }),
    ]);
    expect(lunch.checkinReminders).toEqual([]);
    expect(lunch.records.map((r) => r.outcome)).toEqual(['natural']);
  });

  it('in a break at the time: offered when it finishes, if still within the hour', () => {
    const r = run(withTimes([h(10)]), [e(9, 58, { type: 'start' }), e(10, 5, { type: 'finish' })]);
    expect(r.checkinReminders).toEqual([at(10, 5)]);
  });

  it('at the same ring as a break reminder, only the break is shown (its page asks how you are)', () => {
    const r = run(withTimes([h(10)], { reminderEveryMin: 60 }));
    expect(r.reminders).toContain(at(10));
    expect(r.checkinReminders).toEqual([]);
    expect(r.alarmsFired.filter((t) => t === at(10))).toHaveLength(1);
  });

  it('a fullscreen film defers it by short rechecks, then it is offered once', () => {
    const r = run(withTimes([h(10)]), [], {
      environment: (t: number) => ({ fullscreen: t >= at(9, 55) && t < at(10, 3), audible: false }),
    });
    expect(r.alarmsFired.slice(0, 3)).toEqual([at(10), at(10, 2), at(10, 4)]);
    expect(r.checkinReminders).toEqual([at(10, 4)]);
  });

  it('saving settings never rings for a time already passed; the next day it does', () => {
    const on = withTimes([h(10)]);
    const r = replay([{ at: at(10, 30), event: { type: 'settings' }, settings: on }], {
      settings: settingsWith({ reminderEveryMin: 120 }),
      start: at(9),
      until: at(12, 0, 1),
    });
    expect(r.checkinReminders).toEqual([at(10, 0, 1)]);
  });

  it('a time set a minute ahead rings a minute later', () => {
    const r = replay([{ at: at(10, 30), event: { type: 'settings' }, settings: withTimes([h(10, 31)]) }], {
      settings: settingsWith({ reminderEveryMin: 120 }),
      start: at(9),
      until: at(11),
    });
    expect(r.checkinReminders).toEqual([at(10, 31)]);
  });

  it('after a night asleep, at most one reminder for the missed times, never a burst', () => {
    const r = replay([], {
      settings: withTimes([h(10), h(10, 30), h(11)], { reminderEveryMin: 120 }),
      start: at(9),
      until: at(13),
      sleeps: [{ from: at(9, 30), to: at(10, 45) }],
    });
    expect(r.checkinReminders).toEqual([at(10, 45), at(11)]);
  });

  it('survives worker restarts and a JSON reload after every step', () => {
    const restarts: TimelineEntry[] = [9, 10, 11].map((hh) => e(hh, 1, { type: 'startup' }));
    const settings = withTimes([h(10), h(11, 30)]);
    const plain = run(settings, restarts);
    const reloaded = run(settings, restarts, { reloadEachStep: true });
    expect(reloaded.checkinReminders).toEqual(plain.checkinReminders);
    expect(plain.checkinReminders).toEqual([at(10), at(11, 30)]);
  });
});

describe('a state stored by an older build', () => {
  it('gains the new fields: no time before its last step is owed', () => {
    const { microFromMs: _m, checkinHandledUntil: _c, ...old } = started(at(9));
    const r = step(old as SchedulerState, { type: 'startup' }, withTimes([h(8, 30), h(10)]), at(9, 10));
    expect(r.state.microFromMs).toBe(0);
    expect(r.state.checkinHandledUntil).toBe(at(9));
    expect(r.state.alarmAt).toBe(at(10));
    const rang = step(r.state, ALARM, withTimes([h(8, 30), h(10)]), at(10));
    expect(rang.effects).toContainEqual({ type: 'showCheckinReminder' });
  });

  it('a fresh state owes nothing from before it began', () => {
    expect(initialState(at(9)).checkinHandledUntil).toBe(at(9));
  });
});
