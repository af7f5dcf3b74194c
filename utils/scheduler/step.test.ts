import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { BREAK_ALARM, initialState, step } from './index';
import {
  ALARM,
  MIN,
  at,
  feed,
  natural,
  reminderRecord,
  settingsWith,
  started,
} from '@/tests/tools/scheduler-fixtures';

process.env.TZ = 'UTC';

describe('startup and the first alarm', () => {
  it('names the one alarm', () => {
    expect(BREAK_ALARM).toBe('thaw-break');
  });

  it('plans one alarm a full stretch of active time after the start', () => {
    const r = step(initialState(at(9)), { type: 'startup' }, DEFAULT_SETTINGS, at(9));
    expect(r.effects).toEqual([
      { type: 'setAlarm', at: at(9, 50) },
      { type: 'badge', text: '' },
    ]);
    expect(r.state.alarmAt).toBe(at(9, 50));
    expect(r.state.presence).toBe('active');
  });

  it('startup mid-session re-emits the same alarm time however often the worker restarts', () => {
    let s = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 21), { type: 'active' }],
    ]).state;
    expect(s.alarmAt).toBe(at(9, 53));
    for (const now of [at(9, 22), at(9, 30), at(9, 30) + 30_000, at(9, 52)]) {
      const r = step(s, { type: 'startup' }, DEFAULT_SETTINGS, now);
      expect(r.effects).toEqual([
        { type: 'setAlarm', at: at(9, 53) },
        { type: 'badge', text: '' },
      ]);
      s = r.state;
    }
  });

  it('startup while a reminder is up restores the badge but does not show it again', () => {
    const showing = step(started(at(9)), ALARM, DEFAULT_SETTINGS, at(9, 50)).state;
    expect(step(showing, { type: 'startup' }, DEFAULT_SETTINGS, at(9, 55)).effects).toEqual([
      { type: 'setAlarm', at: at(10, 40) },
      { type: 'badge', text: '•' },
    ]);
  });

  it('does not mutate the state it is given', () => {
    const s = started(at(9));
    const copy = JSON.parse(JSON.stringify(s)) as unknown;
    feed(s, [
      [at(9, 50), ALARM],
      [at(9, 51), { type: 'snooze' }],
      [at(9, 52), { type: 'idle', since: at(9, 51) }],
    ]);
    expect(s).toEqual(copy);
  });

  it('emits nothing for an event that changes nothing', () => {
    const s = started(at(9));
    expect(step(s, { type: 'active' }, DEFAULT_SETTINGS, at(9, 10)).effects).toEqual([]);
    expect(step(s, { type: 'settings' }, DEFAULT_SETTINGS, at(9, 10)).effects).toEqual([]);
    expect(step(s, { type: 'snooze' }, DEFAULT_SETTINGS, at(9, 10)).effects).toEqual([]);
    expect(step(s, { type: 'skip' }, DEFAULT_SETTINGS, at(9, 10)).effects).toEqual([]);
    expect(step(s, { type: 'pause', until: null }, DEFAULT_SETTINGS, at(9, 10)).effects).toEqual([]);
  });
});

describe('the alarm', () => {
  it('shows a reminder when due and plans the next one a full stretch later', () => {
    const r = step(started(at(9)), ALARM, DEFAULT_SETTINGS, at(9, 50));
    expect(r.effects).toEqual([
      { type: 'showReminder' },
      { type: 'setAlarm', at: at(10, 40) },
      { type: 'badge', text: '•' },
    ]);
    expect(r.state.reminder).toEqual({ shownAt: at(9, 50), showing: true });
    expect(r.state.snoozes).toBe(0);
  });

  it('re-plans without a reminder when it rings early (stale alarm)', () => {
    const r = step(started(at(9)), ALARM, DEFAULT_SETTINGS, at(9, 40));
    expect(r.effects).toEqual([{ type: 'setAlarm', at: at(9, 50) }]);
    expect(r.state.reminder).toBeNull();
  });

  it('counts a hair-early alarm (under a second) as on time', () => {
    const r = step(started(at(9)), ALARM, DEFAULT_SETTINGS, at(9, 50) - 500);
    expect(r.effects[0]).toEqual({ type: 'showReminder' });
  });

  it('an ignored reminder is logged and shown again once, a full stretch later', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(10, 40), ALARM],
    ]);
    expect(effects[1]).toEqual([
      reminderRecord('suggested', at(9, 50), at(10, 40), 0),
      { type: 'showReminder' },
      { type: 'setAlarm', at: at(11, 30) },
    ]);
    expect(state.reminder).toEqual({ shownAt: at(10, 40), showing: true });
  });

  it('does nothing while away or in a break but still consumes the alarm', () => {
    const away = feed(started(at(9)), [[at(9, 20), { type: 'idle', since: at(9, 19) }]]).state;
    expect(step(away, ALARM, DEFAULT_SETTINGS, at(9, 50)).effects).toEqual([]);
    const inBreak = feed(started(at(9)), [[at(9, 20), { type: 'start' }]]).state;
    expect(step(inBreak, ALARM, DEFAULT_SETTINGS, at(9, 50)).effects).toEqual([]);
  });
});

describe('idle and locked', () => {
  it('idle stops accrual at `since` and clears the alarm', () => {
    const r = step(started(at(9)), { type: 'idle', since: at(9, 18) }, DEFAULT_SETTINGS, at(9, 20));
    expect(r.effects).toEqual([{ type: 'clearAlarm' }]);
    expect(r.state).toMatchObject({
      presence: 'away',
      awaySince: at(9, 18),
      accruedMs: 18 * MIN,
      accrualSince: null,
      alarmAt: null,
    });
  });

  it('a short idle only pauses accrual: no record, the rest of the stretch follows', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 21), { type: 'active' }],
    ]);
    expect(effects[1]).toEqual([{ type: 'setAlarm', at: at(9, 53) }]);
    expect(state.accruedMs).toBe(18 * MIN);
    expect(state.accrualSince).toBe(at(9, 21));
  });

  it('4:59 away is still short', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 23) - 1000, { type: 'active' }],
    ]);
    expect(effects[1]).toEqual([{ type: 'setAlarm', at: at(9, 55) - 1000 }]);
  });

  it('exactly naturalBreakMin away is a natural break: recorded, session reset', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 23), { type: 'active' }],
    ]);
    expect(effects[1]).toEqual([natural(at(9, 18), at(9, 23)), { type: 'setAlarm', at: at(10, 13) }]);
    expect(state.accruedMs).toBe(0);
    expect(state.accrualSince).toBe(at(9, 23));
  });

  it('locked is treated like idle, and idle then locked keeps the earlier start', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 25), { type: 'locked', since: at(9, 25) }],
      [at(9, 40), { type: 'active' }],
    ]);
    expect(effects[1]).toEqual([]);
    expect(effects[2]).toEqual([natural(at(9, 18), at(9, 40)), { type: 'setAlarm', at: at(10, 30) }]);
    expect(state.presence).toBe('active');
  });

  it('clamps `since`: not in the future, not before accrual resumed', () => {
    const future = step(started(at(9)), { type: 'locked', since: at(9, 30) }, DEFAULT_SETTINGS, at(9, 20));
    expect(future.state.awaySince).toBe(at(9, 20));
    expect(future.state.accruedMs).toBe(20 * MIN);
    const { state } = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 18) }],
      [at(9, 21), { type: 'active' }],
      [at(9, 22), { type: 'idle', since: at(9, 10) }],
    ]);
    expect(state.awaySince).toBe(at(9, 21));
    expect(state.accruedMs).toBe(18 * MIN);
  });

  it('a long absence with a reminder on screen closes it as ignored, then the natural break', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 55), { type: 'idle', since: at(9, 52) }],
      [at(10, 30), { type: 'active' }],
    ]);
    expect(effects[1]).toEqual([{ type: 'clearAlarm' }]); // the reminder stays up while away
    expect(effects[2]).toEqual([
      reminderRecord('suggested', at(9, 50), at(9, 52), 0),
      natural(at(9, 52), at(10, 30)),
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(11, 20) },
      { type: 'badge', text: '' },
    ]);
    expect(state.reminder).toBeNull();
  });

  it('a short absence keeps the reminder up and its repeat where it was in active time', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(10, 0), { type: 'idle', since: at(9, 58) }],
      [at(10, 2), { type: 'active' }],
    ]);
    expect(effects[2]).toEqual([{ type: 'setAlarm', at: at(10, 44) }]);
    expect(state.reminder?.showing).toBe(true);
    expect(state.badge).toBe('•');
  });

  it('idle and active are ignored during a break', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 10), { type: 'start' }],
      [at(9, 12), { type: 'idle', since: at(9, 11) }],
      [at(9, 30), { type: 'active' }],
    ]);
    expect(effects[1]).toEqual([]);
    expect(effects[2]).toEqual([]);
    expect(state.presence).toBe('break');
  });
});

describe('snooze, skip, start, finish', () => {
  it('snooze hides the reminder, counts, and brings it back after snoozeMin of active time', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 52), { type: 'snooze' }],
      [at(10, 2), ALARM],
    ]);
    expect(effects[1]).toEqual([
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(10, 2) },
      { type: 'badge', text: '' },
    ]);
    expect(effects[2]).toEqual([
      { type: 'showReminder' },
      { type: 'setAlarm', at: at(10, 52) },
      { type: 'badge', text: '•' },
    ]);
    // the same reminder: first shown at 9:50, one snooze so far
    expect(state.reminder).toEqual({ shownAt: at(9, 50), showing: true });
    expect(state.snoozes).toBe(1);
  });

  it('snoozed twice, then skipped: one skipped record with both snoozes; fresh session', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 52), { type: 'snooze' }],
      [at(10, 2), ALARM],
      [at(10, 3), { type: 'snooze' }],
      [at(10, 13), ALARM],
      [at(10, 14), { type: 'skip' }],
    ]);
    expect(effects[3]).toEqual([
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(10, 13) },
      { type: 'badge', text: '' },
    ]);
    expect(effects[5]).toEqual([
      reminderRecord('skipped', at(9, 50), at(10, 14), 2),
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(11, 4) },
      { type: 'badge', text: '' },
    ]);
    expect(state).toMatchObject({ reminder: null, snoozes: 0, accruedMs: 0, accrualSince: at(10, 14) });
  });

  it('a snooze pauses with the user: idle time does not count toward it', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 51), { type: 'snooze' }],
      [at(9, 55), { type: 'idle', since: at(9, 54) }],
      [at(9, 57), { type: 'active' }],
    ]);
    expect(effects[3]).toEqual([{ type: 'setAlarm', at: at(10, 4) }]);
  });

  it('start clears reminder and alarm, keeps the snooze count until finish; finish starts afresh', () => {
    const { state: during, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 51), { type: 'snooze' }],
      [at(10, 1), ALARM],
      [at(10, 2), { type: 'start' }],
    ]);
    expect(effects[3]).toEqual([
      { type: 'clearReminder' },
      { type: 'clearAlarm' },
      { type: 'badge', text: '' },
    ]);
    expect(during).toMatchObject({ presence: 'break', snoozes: 1, reminder: null, accrualSince: null });
    const after = step(during, { type: 'finish' }, DEFAULT_SETTINGS, at(10, 5));
    expect(after.effects).toEqual([{ type: 'setAlarm', at: at(10, 55) }]);
    expect(after.state).toMatchObject({
      presence: 'active',
      snoozes: 0,
      accruedMs: 0,
      accrualSince: at(10, 5),
    });
  });

  it('a break started on request (no reminder) records nothing here', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 20), { type: 'start' }],
      [at(9, 22), { type: 'finish' }],
    ]);
    expect(effects).toEqual([[{ type: 'clearAlarm' }], [{ type: 'setAlarm', at: at(10, 12) }]]);
  });

  it('a user action while marked away brings the user back first', () => {
    // away 2 min (short), then skip the reminder that is still up
    const { effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 53), { type: 'idle', since: at(9, 52) }],
      [at(9, 54), { type: 'skip' }],
    ]);
    expect(effects[2]).toEqual([
      reminderRecord('skipped', at(9, 50), at(9, 54), 0),
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(10, 44) },
      { type: 'badge', text: '' },
    ]);
  });

  it('a stale snooze after a long absence: the natural break wins, the snooze is a no-op', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 53), { type: 'idle', since: at(9, 52) }],
      [at(10, 30), { type: 'snooze' }],
    ]);
    expect(effects[2]).toEqual([
      reminderRecord('suggested', at(9, 50), at(9, 52), 0),
      natural(at(9, 52), at(10, 30)),
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(11, 20) },
      { type: 'badge', text: '' },
    ]);
    expect(state.snoozes).toBe(0);
  });
});

describe('pause', () => {
  it('pause for 1 h: badge, one alarm at the end, then one reminder since a break is due', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 10), { type: 'pause', until: at(10, 10) }],
      [at(10, 10), ALARM],
    ]);
    expect(effects[0]).toEqual([
      { type: 'setAlarm', at: at(10, 10) },
      { type: 'badge', text: '‖' },
    ]);
    expect(effects[1]).toEqual([
      { type: 'showReminder' },
      { type: 'setAlarm', at: at(11, 0) },
      { type: 'badge', text: '•' },
    ]);
    expect(state.pausedUntil).toBeNull();
  });

  it('when the pause ends before a break is due, the normal alarm follows', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 10), { type: 'pause', until: at(9, 30) }],
      [at(9, 30), ALARM],
    ]);
    expect(effects[1]).toEqual([
      { type: 'setAlarm', at: at(9, 50) },
      { type: 'badge', text: '' },
    ]);
  });

  it('pausing closes an open reminder as ignored', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 55), { type: 'pause', until: at(10, 55) }],
    ]);
    expect(effects[1]).toEqual([
      reminderRecord('suggested', at(9, 50), at(9, 55), 0),
      { type: 'clearReminder' },
      { type: 'setAlarm', at: at(10, 55) },
      { type: 'badge', text: '‖' },
    ]);
  });

  it('resume now (null) ends the pause at once', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 10), { type: 'pause', until: at(10, 10) }],
      [at(9, 20), { type: 'pause', until: null }],
    ]);
    expect(effects[1]).toEqual([
      { type: 'setAlarm', at: at(9, 50) },
      { type: 'badge', text: '' },
    ]);
    expect(state.pausedUntil).toBeNull();
  });

  it('a pause that ends while away only clears the badge', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 10), { type: 'pause', until: at(10, 10) }],
      [at(9, 40), { type: 'idle', since: at(9, 38) }],
      [at(10, 10), ALARM],
    ]);
    expect(effects[1]).toEqual([]); // the pause alarm stays: it must clear the badge
    expect(effects[2]).toEqual([{ type: 'badge', text: '' }]);
    expect(state.alarmAt).toBeNull();
  });
});

describe('settings change', () => {
  it('re-plans with the new stretch, keeping accrued time', () => {
    const r = step(started(at(9)), { type: 'settings' }, settingsWith({ reminderEveryMin: 30 }), at(9, 20));
    expect(r.effects).toEqual([{ type: 'setAlarm', at: at(9, 30) }]);
  });

  it('a stretch already exceeded fires as soon as possible, once', () => {
    const shorter = settingsWith({ reminderEveryMin: 15 });
    const { state, effects } = feed(
      started(at(9)),
      [
        [at(9, 20), { type: 'settings' }],
        [at(9, 20, 0) + 30_000, { type: 'startup' }],
        [at(9, 21), ALARM],
      ],
      shorter,
    );
    expect(effects[0]).toEqual([{ type: 'setAlarm', at: at(9, 20) }]);
    // a worker restart does not push the overdue alarm
    expect(effects[1]).toEqual([
      { type: 'setAlarm', at: at(9, 20) },
      { type: 'badge', text: '' },
    ]);
    expect(effects[2]).toEqual([
      { type: 'showReminder' },
      { type: 'setAlarm', at: at(9, 36) },
      { type: 'badge', text: '•' },
    ]);
    expect(state.accruedMs).toBe(0);
  });

  it('a longer snooze setting stretches a running snooze', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 52), { type: 'snooze' }],
    ]);
    expect(effects[1]).toContainEqual({ type: 'setAlarm', at: at(10, 2) });
    const snoozed = feed(started(at(9)), [
      [at(9, 50), ALARM],
      [at(9, 52), { type: 'snooze' }],
    ]).state;
    const r = step(snoozed, { type: 'settings' }, settingsWith({ snoozeMin: 20 }), at(9, 55));
    expect(r.effects).toEqual([{ type: 'setAlarm', at: at(10, 12) }]);
  });

  it('floors nonsense durations at one minute instead of looping', () => {
    const r = step(initialState(at(9)), { type: 'startup' }, settingsWith({ reminderEveryMin: 0 }), at(9));
    expect(r.effects[0]).toEqual({ type: 'setAlarm', at: at(9, 1) });
  });
});

describe('fullscreen and audible', () => {
  const fullscreen = { type: 'alarm', fullscreen: true, audible: false } as const;
  const audible = { type: 'alarm', fullscreen: false, audible: true } as const;

  it('fullscreen defers by 2 min rechecks, then reminds once', () => {
    const { state, effects } = feed(started(at(9)), [
      [at(9, 50), fullscreen],
      [at(9, 52), fullscreen],
      [at(9, 54), ALARM],
    ]);
    expect(effects[0]).toEqual([{ type: 'setAlarm', at: at(9, 52) }]);
    expect(effects[1]).toEqual([{ type: 'setAlarm', at: at(9, 54) }]);
    expect(effects[2]).toEqual([
      { type: 'showReminder' },
      { type: 'setAlarm', at: at(10, 44) },
      { type: 'badge', text: '•' },
    ]);
    expect(state.holdUntil).toBeNull();
  });

  it('audible defers the same way', () => {
    const { effects } = feed(started(at(9)), [
      [at(9, 50), audible],
      [at(9, 52), ALARM],
    ]);
    expect(effects[0]).toEqual([{ type: 'setAlarm', at: at(9, 52) }]);
    expect(effects[1]?.[0]).toEqual({ type: 'showReminder' });
  });

  it('does not wait when the setting is off', () => {
    const noWait = settingsWith({ waitWhileFullscreen: false, waitWhileAudible: false });
    expect(step(started(at(9)), fullscreen, noWait, at(9, 50)).effects[0]).toEqual({ type: 'showReminder' });
    expect(step(started(at(9)), audible, noWait, at(9, 50)).effects[0]).toEqual({ type: 'showReminder' });
  });

  it('an alarm that rings early during a hold does not remind', () => {
    const held = step(started(at(9)), fullscreen, DEFAULT_SETTINGS, at(9, 50)).state;
    const r = step(held, ALARM, DEFAULT_SETTINGS, at(9, 51));
    expect(r.effects).toEqual([{ type: 'setAlarm', at: at(9, 52) }]);
  });
});
