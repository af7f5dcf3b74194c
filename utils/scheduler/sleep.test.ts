import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { step, type Effect, type SchedulerEvent, type SchedulerState } from './index';
import { planTarget } from './plan';
import { replay } from '@/tests/tools/scheduler-replay';
import { accruedAt, dueAccruedMs } from './session';
import { ALARM, MIN, at, feed, natural, reminderRecord, started } from '@/tests/tools/scheduler-fixtures';

process.env.TZ = 'UTC';

const reminderShows = (effects: Effect[][]): number =>
  effects.flat().filter((e) => e.type === 'showReminder').length;

describe('sleep and late alarms', () => {
  it('3 h asleep, no events: the late alarm is a natural break, no reminder on waking', () => {
    const r = replay([], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      sleeps: [{ from: at(9, 30), to: at(12, 30) }],
      until: at(13, 30),
    });
    expect(r.alarmsFired).toEqual([at(12, 30), at(13, 20)]);
    expect(r.records).toEqual([
      { at: at(9, 50), endedAt: at(12, 30), outcome: 'natural', origin: 'idle', snoozes: 0 },
    ]);
    expect(r.reminders).toEqual([at(13, 20)]); // the next one a full stretch after waking
  });

  it('asleep with a reminder up: it is closed as ignored, no burst of reminders on waking', () => {
    const r = replay([], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      sleeps: [{ from: at(10), to: at(13) }],
      until: at(14),
    });
    expect(r.reminders).toEqual([at(9, 50), at(13, 50)]);
    expect(r.alarmsFired).toEqual([at(9, 50), at(13), at(13, 50)]);
    expect(r.records).toEqual([
      { at: at(9, 50), endedAt: at(10, 40), outcome: 'suggested', origin: 'reminder', snoozes: 0 },
      { at: at(10, 40), endedAt: at(13), outcome: 'natural', origin: 'idle', snoozes: 0 },
    ]);
    const wake = r.log.find((l) => l.at === at(13));
    expect(wake?.effects).toContainEqual({ type: 'clearReminder' });
    expect(wake?.effects.some((e) => e.type === 'showReminder')).toBe(false);
  });

  it('asleep through several snoozes and stretches: one late alarm, zero reminders', () => {
    const r = replay(
      [
        { at: at(9, 51), event: { type: 'snooze' } },
        { at: at(10, 2), event: { type: 'snooze' } },
      ],
      {
        settings: DEFAULT_SETTINGS,
        start: at(9),
        sleeps: [{ from: at(10, 5), to: at(15) }],
        until: at(15, 49),
      },
    );
    expect(r.alarmsFired).toEqual([at(9, 50), at(10, 1), at(15)]);
    expect(r.reminders).toEqual([at(9, 50), at(10, 1)]);
    expect(r.records).toEqual([
      { at: at(9, 50), endedAt: at(10, 12), outcome: 'suggested', origin: 'reminder', snoozes: 2 },
      { at: at(10, 12), endedAt: at(15), outcome: 'natural', origin: 'idle', snoozes: 0 },
    ]);
    expect(r.alarm).toBe(at(15, 50));
  });

  it('locked before sleeping: the natural break runs from the lock, recorded once', () => {
    const r = replay(
      [
        { at: at(9, 30), event: { type: 'locked', since: at(9, 30) } },
        { at: at(12, 30), event: { type: 'active' } },
      ],
      {
        settings: DEFAULT_SETTINGS,
        start: at(9),
        sleeps: [{ from: at(9, 31), to: at(12, 30) }],
        until: at(13, 30),
      },
    );
    expect(r.records).toEqual([
      { at: at(9, 30), endedAt: at(12, 30), outcome: 'natural', origin: 'idle', snoozes: 0 },
    ]);
    expect(r.alarmsFired).toEqual([at(13, 20)]);
  });

  it('a lock reported after the late alarm does not record the gap twice', () => {
    const { effects } = feed(started(at(9)), [
      [at(12, 30), ALARM],
      [at(12, 30) + 10_000, { type: 'locked', since: at(9, 30) }],
      [at(12, 31), { type: 'active' }],
    ]);
    expect(effects[0]).toEqual([natural(at(9, 50), at(12, 30)), { type: 'setAlarm', at: at(13, 20) }]);
    expect(effects.flat().filter((e) => e.type === 'recordBreak')).toHaveLength(1);
  });

  it('an alarm a few minutes late (less than a natural break) simply reminds', () => {
    const r = replay([], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      sleeps: [{ from: at(9, 49), to: at(9, 53) }],
      until: at(10),
    });
    expect(r.reminders).toEqual([at(9, 53)]);
    expect(r.records).toEqual([]);
  });

  it('the browser restarts long after the alarm was due: startup credits the gap', () => {
    const r = step(started(at(9)), { type: 'startup' }, DEFAULT_SETTINGS, at(12));
    expect(r.effects).toEqual([
      natural(at(9, 50), at(12)),
      { type: 'setAlarm', at: at(12, 50) },
      { type: 'badge', text: '' },
    ]);
  });

  it('silence counts from the last step when that was after the alarm moment', () => {
    // an event at 9:52 saw the 9:50 alarm still pending; it rings at 9:56: 4 min of silence, not a break
    const { effects } = feed(started(at(9)), [
      [at(9, 52), { type: 'settings' }],
      [at(9, 56), ALARM],
    ]);
    expect(effects[1]?.[0]).toEqual({ type: 'showReminder' });
  });

  it('a clock jumped forward by 3 h is treated like sleep', () => {
    const r = step(started(at(9)), { type: 'active' }, DEFAULT_SETTINGS, at(12, 10));
    expect(r.effects).toEqual([natural(at(9, 50), at(12, 10)), { type: 'setAlarm', at: at(13) }]);
  });

  it('a clock jumped forward by 400 days: one natural break, recorded without a length', () => {
    const r = step(started(at(9)), { type: 'active' }, DEFAULT_SETTINGS, at(9, 55, 400));
    expect(r.effects).toEqual([
      { type: 'recordBreak', record: { at: at(9, 50), outcome: 'natural', origin: 'idle', snoozes: 0 } },
      { type: 'setAlarm', at: at(10, 45, 400) },
    ]);
  });

  it('away for 400 days by the clock after an idle report: recorded without a length too', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 30), { type: 'idle', since: at(9, 29) }],
      [at(9, 40, 400), { type: 'active' }],
    ]);
    expect(effects[1]?.[0]).toEqual({
      type: 'recordBreak',
      record: { at: at(9, 29), outcome: 'natural', origin: 'idle', snoozes: 0 },
    });
  });

  it('a night asleep (up to a day) keeps its measured length', () => {
    const r = step(started(at(18)), { type: 'active' }, DEFAULT_SETTINGS, at(18, 50, 1));
    expect(r.effects[0]).toEqual(natural(at(18, 50), at(18, 50, 1)));
  });

  it('a pause slept through: the pause ends and the gap is one natural break', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 10), { type: 'pause', until: at(10, 10) }],
      [at(13), ALARM],
    ]);
    expect(effects[1]).toEqual([
      natural(at(10, 10), at(13)),
      { type: 'setAlarm', at: at(13, 50) },
      { type: 'badge', text: '' },
    ]);
    expect(state.pausedUntil).toBeNull();
  });
});

describe('clock set back', () => {
  it('keeps the active time measured so far and re-plans from the new clock', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 30), { type: 'settings' }],
      [at(9, 10), { type: 'startup' }], // clock set back 20 min
    ]);
    expect(effects[1]).toEqual([
      { type: 'setAlarm', at: at(9, 30) },
      { type: 'badge', text: '' },
    ]);
    expect(accruedAt(state, at(9, 10))).toBe(30 * MIN);
  });

  it('away time is measured across the change, never negative', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 5), { type: 'active' }], // clock set back 15 min: 2 min away, not a break
    ]);
    expect(effects[1]).toEqual([{ type: 'setAlarm', at: at(9, 37) }]);
    expect(state.accruedMs).toBe(18 * MIN);
  });

  it('a reminder record never ends before it began', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(7, 50), { type: 'skip' }],
    ]);
    expect(effects[1]?.[0]).toEqual(reminderRecord('skipped', at(7, 50), at(7, 50), 0));
  });

  it('seeded clock chaos: nothing throws, nothing negative, the plan stays sane', () => {
    let seed = 42;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const kinds: SchedulerEvent[] = [
      ALARM,
      { type: 'active' },
      { type: 'snooze' },
      { type: 'skip' },
      { type: 'start' },
      { type: 'finish' },
      { type: 'startup' },
      { type: 'settings' },
    ];
    let state: SchedulerState = started(at(9));
    let now = at(9);
    for (let i = 0; i < 5000; i++) {
      // mostly forward, sometimes back by up to 2 h, sometimes forward by up to 4 h
      const r = rnd();
      now +=
        r < 0.15
          ? -Math.floor(rnd() * 120 * MIN)
          : r < 0.2
            ? Math.floor(rnd() * 240 * MIN)
            : Math.floor(rnd() * 20 * MIN);
      const pick = rnd();
      const event: SchedulerEvent =
        pick < 0.1
          ? { type: 'idle', since: now - Math.floor((rnd() - 0.2) * 30 * MIN) }
          : pick < 0.15
            ? { type: 'pause', until: rnd() < 0.3 ? null : now + Math.floor((rnd() - 0.2) * 90 * MIN) }
            : (kinds[Math.floor(rnd() * kinds.length)] ?? ALARM);
      const result = step(state, event, DEFAULT_SETTINGS, now);
      state = result.state;
      expect(state.accruedMs).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(accruedAt(state, now))).toBe(true);
      // the countdown is never more than a full stretch away
      expect(dueAccruedMs(state, DEFAULT_SETTINGS) - accruedAt(state, now)).toBeLessThanOrEqual(50 * MIN);
      if (state.alarmAt !== null) {
        // in the past only when the reminder really is overdue (it then rings at once)
        if (state.alarmAt < now)
          expect(planTarget(state, DEFAULT_SETTINGS) ?? 0).toBeLessThanOrEqual(state.alarmAt);
        expect(state.alarmAt).toBeLessThanOrEqual(Math.max(now + 52 * MIN, state.pausedUntil ?? 0));
      }
      expect(reminderShows([result.effects])).toBeLessThanOrEqual(1);
      for (const e of result.effects) {
        if (e.type === 'recordBreak')
          expect(e.record.endedAt ?? e.record.at).toBeGreaterThanOrEqual(e.record.at);
      }
      expect(['', '•', '‖']).toContain(state.badge);
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    }
  });
});
