import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { step, type SchedulerEvent, type SchedulerState } from './index';
import { replay, type TimelineEntry } from '@/tests/tools/scheduler-replay';
import { ALARM, MIN, at, settingsWith, started } from '@/tests/tools/scheduler-fixtures';

process.env.TZ = 'UTC';

const e = (h: number, m: number, event: SchedulerEvent): TimelineEntry => ({ at: at(h, m), event });

/** A working day from 9:00 to 17:00 with breaks taken, snoozed, skipped, ignored and idle stretches. */
const DAY: TimelineEntry[] = [
  e(9, 52, { type: 'start' }),
  e(9, 54, { type: 'finish' }),
  e(10, 20, { type: 'idle', since: at(10, 18) }), // 3 min away: short
  e(10, 21, { type: 'active' }),
  e(10, 48, { type: 'snooze' }),
  e(10, 59, { type: 'snooze' }),
  e(11, 10, { type: 'skip' }),
  e(11, 30, { type: 'locked', since: at(11, 30) }), // lunch: 1 h locked
  e(12, 30, { type: 'active' }),
  e(13, 0, { type: 'startup' }), // worker restart
  e(14, 15, { type: 'start' }),
  e(14, 20, { type: 'finish' }),
  e(14, 40, { type: 'idle', since: at(14, 37) }), // 8 min away: natural
  e(14, 45, { type: 'active' }),
  e(15, 36, { type: 'skip' }),
  e(16, 30, { type: 'start' }),
  e(16, 35, { type: 'finish' }),
];
const DAY_REMINDERS = [
  at(9, 50),
  at(10, 47), // 24 + 26 min of active time after the 9:54 finish (10:18–10:21 not counted)
  at(10, 58), // snooze 1
  at(11, 9), // snooze 2
  at(13, 20),
  at(14, 10), // the 13:20 one was ignored: once more a full stretch later
  at(15, 35),
  at(16, 26),
];
const DAY_RECORDS = [
  { at: at(10, 47), endedAt: at(11, 10), outcome: 'skipped', origin: 'reminder', snoozes: 2 },
  { at: at(11, 30), endedAt: at(12, 30), outcome: 'natural', origin: 'idle', snoozes: 0 },
  { at: at(13, 20), endedAt: at(14, 10), outcome: 'suggested', origin: 'reminder', snoozes: 0 },
  { at: at(14, 37), endedAt: at(14, 45), outcome: 'natural', origin: 'idle', snoozes: 0 },
  { at: at(15, 35), endedAt: at(15, 36), outcome: 'skipped', origin: 'reminder', snoozes: 0 },
];
const idleTransitions = (t: readonly TimelineEntry[]): number =>
  t.filter((x) => x.event.type === 'idle' || x.event.type === 'locked').length;

describe('an 8 h day', () => {
  const run = (): ReturnType<typeof replay> =>
    replay(DAY, { settings: DEFAULT_SETTINGS, start: at(9), until: at(17) });

  it('reminds at exactly the expected moments and records every fate', () => {
    const r = run();
    expect(r.reminders).toEqual(DAY_REMINDERS);
    expect(r.records).toEqual(DAY_RECORDS);
    expect(r.alarm).toBe(at(17, 25));
    expect(r.badge).toBe('');
  });

  it('fires no alarm that does not remind: alarms ≤ reminders + idle transitions + 2', () => {
    const r = run();
    expect(r.alarmsFired).toEqual(DAY_REMINDERS);
    expect(r.alarmsFired.length).toBeLessThanOrEqual(r.reminders.length + idleTransitions(DAY) + 2);
  });

  it('a worker restart mid-day re-emits the same alarm, not a pushed one', () => {
    const restart = run().log.find((l) => l.at === at(13, 0));
    expect(restart?.effects).toEqual([
      { type: 'setAlarm', at: at(13, 20) },
      { type: 'badge', text: '' },
    ]);
  });

  it('reloading the state from JSON after every step changes nothing', () => {
    const plain = run();
    const reloaded = replay(DAY, {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      until: at(17),
      reloadEachStep: true,
    });
    expect(reloaded).toEqual(plain);
  });

  it('restarting the worker every few minutes changes nothing either', () => {
    const restarts: TimelineEntry[] = [];
    for (let t = at(9, 3); t < at(17); t += 7 * MIN) restarts.push({ at: t, event: { type: 'startup' } });
    const timeline = [...DAY, ...restarts].sort((a, b) => a.at - b.at);
    const r = replay(timeline, {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      until: at(17),
      reloadEachStep: true,
    });
    expect(r.reminders).toEqual(DAY_REMINDERS);
    expect(r.records).toEqual(DAY_RECORDS);
    expect(r.alarmsFired).toEqual(DAY_REMINDERS);
  });

  it('resuming mid-session from a JSON copy of the state continues identically', () => {
    const cut = at(12, 45);
    const before = replay(
      DAY.filter((x) => x.at <= cut),
      { settings: DEFAULT_SETTINGS, start: at(9), until: cut },
    );
    const stored = JSON.parse(JSON.stringify(before.state)) as SchedulerState;
    const rest = DAY.filter((x) => x.at > cut);
    const fromCopy = replay(rest, { settings: DEFAULT_SETTINGS, start: cut, until: at(17), state: stored });
    const fromLive = replay(rest, {
      settings: DEFAULT_SETTINGS,
      start: cut,
      until: at(17),
      state: before.state,
    });
    expect(fromCopy).toEqual(fromLive);
    expect([...before.reminders, ...fromCopy.reminders]).toEqual(DAY_REMINDERS);
    expect([...before.records, ...fromCopy.records]).toEqual(DAY_RECORDS);
  });
});

describe('replayed scenarios', () => {
  it('pause for 1 h: no alarm during it, one reminder at its end', () => {
    const r = replay([e(9, 10, { type: 'pause', until: at(10, 10) })], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      until: at(10, 59),
    });
    expect(r.alarmsFired).toEqual([at(10, 10)]);
    expect(r.reminders).toEqual([at(10, 10)]);
    expect(r.log.find((l) => l.at === at(9, 10))?.effects).toContainEqual({ type: 'badge', text: '‖' });
  });

  it('fullscreen film: 2 min rechecks while it lasts, then exactly one reminder', () => {
    const r = replay([], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      until: at(10, 30),
      environment: (t) => ({ fullscreen: t >= at(9, 45) && t < at(9, 55), audible: false }),
    });
    expect(r.alarmsFired).toEqual([at(9, 50), at(9, 52), at(9, 54), at(9, 56)]);
    expect(r.reminders).toEqual([at(9, 56)]);
  });

  it('a call (audible tab): deferred, then one reminder', () => {
    const r = replay([], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      until: at(10, 30),
      environment: (t) => ({ fullscreen: false, audible: t < at(9, 53) }),
    });
    expect(r.alarmsFired).toEqual([at(9, 50), at(9, 52), at(9, 54)]);
    expect(r.reminders).toEqual([at(9, 54)]);
  });

  it('settings changed mid-session re-plan at once, keeping the active time', () => {
    const every30 = settingsWith({ reminderEveryMin: 30 });
    const r = replay([{ at: at(9, 20), event: { type: 'settings' }, settings: every30 }], {
      settings: DEFAULT_SETTINGS,
      start: at(9),
      until: at(10, 5),
    });
    expect(r.log[1]?.effects).toEqual([{ type: 'setAlarm', at: at(9, 30) }]);
    expect(r.reminders).toEqual([at(9, 30), at(10, 0)]);
  });
});

/* ---------- simulated days: a seeded user reacting to reminders ---------- */

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sim {
  reminders: number[];
  /** Check-in reminders and micro-breaks shown. */
  others: number[];
  alarmsFired: number[];
  idleTransitions: number;
  newReminders: number;
  resolved: number;
  openAtEnd: boolean;
  naturalTooShort: number;
  remindedWhilePaused: number;
  pauses: number;
}

function simulateDay(seed: number, settings: Settings, reload: boolean): Sim {
  const rnd = prng(seed);
  const start = at(9);
  const end = at(17);
  const minutes = (lo: number, hi: number): number => Math.round((lo + rnd() * (hi - lo)) * MIN);
  const queue: Array<{ at: number; event: SchedulerEvent }> = [];
  const away: Array<[number, number]> = [];
  for (let t = start + minutes(5, 60); t < end; t += minutes(5, 60)) {
    const len = minutes(2, 30);
    if (t + len >= end) break;
    queue.push({ at: t + MIN, event: { type: 'idle', since: t } }); // the idle API notices a minute later
    queue.push({ at: t + len, event: { type: 'active' } });
    away.push([t, t + len]);
    t += len;
  }
  const isAway = (t: number): boolean => away.some(([a, b]) => t >= a && t <= b + MIN);
  for (let i = 0; i < 10; i++) queue.push({ at: start + minutes(0, 480), event: { type: 'startup' } });
  let pause: [number, number] | null = null;
  if (rnd() < 0.4) {
    const p = start + minutes(30, 400);
    if (!isAway(p)) {
      pause = [p, p + minutes(30, 90)];
      queue.push({ at: p, event: { type: 'pause', until: pause[1] } });
    }
  }

  let state: SchedulerState = started(start, settings);
  let alarm = state.alarmAt;
  let clock = start;
  const out: Sim = {
    reminders: [],
    others: [],
    alarmsFired: [],
    idleTransitions: 0,
    newReminders: 0,
    resolved: 0,
    openAtEnd: false,
    naturalTooShort: 0,
    remindedWhilePaused: 0,
    pauses: pause === null ? 0 : 1,
  };
  for (let guard = 0; guard < 10_000; guard++) {
    queue.sort((a, b) => a.at - b.at);
    const next = queue[0];
    const fireAlarm =
      alarm !== null && Math.max(alarm, clock) <= (next?.at ?? end) && Math.max(alarm, clock) <= end;
    if (!fireAlarm && (next === undefined || next.at > end)) break;
    let now: number;
    let event: SchedulerEvent;
    if (fireAlarm && alarm !== null) {
      now = Math.max(alarm, clock);
      event = ALARM;
      alarm = null;
      out.alarmsFired.push(now);
    } else if (next !== undefined) {
      queue.shift();
      now = next.at;
      event = next.event;
    } else break;
    const hadReminder = state.reminder !== null;
    const result = step(state, event, settings, now);
    state = reload ? (JSON.parse(JSON.stringify(result.state)) as SchedulerState) : result.state;
    clock = now;
    if (event.type === 'idle') out.idleTransitions += 1;
    let recordedReminder = false;
    for (const effect of result.effects) {
      if (effect.type === 'setAlarm') alarm = effect.at;
      if (effect.type === 'clearAlarm') alarm = null;
      if (effect.type === 'recordBreak') {
        if (effect.record.origin === 'reminder') {
          out.resolved += 1;
          recordedReminder = true;
        }
        if (
          effect.record.outcome === 'natural' &&
          (effect.record.endedAt ?? 0) - effect.record.at < 5 * MIN
        ) {
          out.naturalTooShort += 1;
        }
      }
      if (effect.type === 'showCheckinReminder' || effect.type === 'showMicroBreak') {
        out.others.push(now);
        if (pause !== null && now >= pause[0] && now < pause[1]) out.remindedWhilePaused += 1;
      }
      if (effect.type === 'showReminder') {
        out.reminders.push(now);
        if (pause !== null && now >= pause[0] && now < pause[1]) out.remindedWhilePaused += 1;
        if (state.reminder?.shownAt === now) out.newReminders += 1;
        // the user's reaction, unless they are not there
        const r = rnd();
        const later = now + minutes(0.5, 3);
        if (!isAway(later) && r < 0.75) {
          if (r < 0.25) queue.push({ at: later, event: { type: 'snooze' } });
          else if (r < 0.45) queue.push({ at: later, event: { type: 'skip' } });
          else {
            const finish = later + minutes(2, 6);
            if (!isAway(finish) && !away.some(([a]) => a >= later && a <= finish)) {
              queue.push({ at: later, event: { type: 'start' } });
              queue.push({ at: finish, event: { type: 'finish' } });
            }
          }
        }
      }
    }
    // a started reminder is recorded by the adapter, not here
    if (event.type === 'start' && hadReminder && !recordedReminder) out.resolved += 1;
  }
  out.openAtEnd = state.reminder !== null;
  return out;
}

describe('simulated days (seeded)', () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);

  it('alarms that fire ≤ reminders + idle transitions + 2, every day', () => {
    for (const seed of seeds) {
      const sim = simulateDay(seed, DEFAULT_SETTINGS, false);
      expect(sim.alarmsFired.length, `seed ${seed}`).toBeLessThanOrEqual(
        sim.reminders.length + sim.idleTransitions + 2,
      );
      // stricter: with no quiet time or fullscreen, an alarm rings only to remind or to end a pause
      expect(sim.alarmsFired.length, `seed ${seed}`).toBeLessThanOrEqual(sim.reminders.length + sim.pauses);
    }
  });

  it('every reminder gets exactly one fate; no reminder while paused; natural breaks are real', () => {
    for (const seed of seeds) {
      const sim = simulateDay(seed, DEFAULT_SETTINGS, false);
      expect(sim.resolved + (sim.openAtEnd ? 1 : 0), `seed ${seed}`).toBe(sim.newReminders);
      expect(sim.remindedWhilePaused, `seed ${seed}`).toBe(0);
      expect(sim.naturalTooShort, `seed ${seed}`).toBe(0);
      for (let i = 1; i < sim.reminders.length; i++) {
        const gap = (sim.reminders[i] ?? 0) - (sim.reminders[i - 1] ?? 0);
        expect(gap, `seed ${seed}`).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.snoozeMin * MIN);
      }
    }
  });

  it('is deterministic and survives a JSON reload after every step', () => {
    for (const seed of seeds.slice(0, 50)) {
      expect(simulateDay(seed, DEFAULT_SETTINGS, true)).toEqual(simulateDay(seed, DEFAULT_SETTINGS, false));
    }
  });

  it('holds with check-in reminders and micro-breaks on: every alarm still shows something', () => {
    const everything = settingsWith({
      microBreaks: true,
      microBreakEveryMin: 15,
      checkinReminders: { enabled: true, times: [9 * 60 + 30, 12 * 60, 16 * 60 + 45], days: [1] },
    });
    let others = 0;
    for (const seed of seeds) {
      const sim = simulateDay(seed, everything, seed % 4 === 0);
      others += sim.others.length;
      expect(sim.alarmsFired.length, `seed ${seed}`).toBeLessThanOrEqual(
        sim.reminders.length + sim.others.length + sim.idleTransitions + 2,
      );
      expect(sim.alarmsFired.length, `seed ${seed}`).toBeLessThanOrEqual(
        sim.reminders.length + sim.others.length + sim.pauses + 3, // + check-in times dropped at a break's ring
      );
      expect(sim.resolved + (sim.openAtEnd ? 1 : 0), `seed ${seed}`).toBe(sim.newReminders);
      expect(sim.remindedWhilePaused, `seed ${seed}`).toBe(0);
    }
    expect(others).toBeGreaterThan(seeds.length * 5);
  });

  it('holds with other settings too (short stretch, long snooze, quick natural breaks)', () => {
    const other = settingsWith({ reminderEveryMin: 15, snoozeMin: 30, naturalBreakMin: 2 });
    for (const seed of seeds.slice(0, 50)) {
      const sim = simulateDay(seed, other, false);
      expect(sim.alarmsFired.length, `seed ${seed}`).toBeLessThanOrEqual(
        sim.reminders.length + sim.idleTransitions + 2,
      );
      expect(sim.resolved + (sim.openAtEnd ? 1 : 0), `seed ${seed}`).toBe(sim.newReminders);
    }
  });
});
