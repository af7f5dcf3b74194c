// Helpers shared by the scheduler tests (not used by the extension itself).
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { initialState } from '@/utils/scheduler/session';
import { step } from '@/utils/scheduler/step';
import type { Effect, SchedulerEvent, SchedulerState } from '@/utils/scheduler/types';

export const MIN = 60_000;

/** Monday 2 March 2026, 00:00 UTC. Test files that use it run with TZ=UTC, so it is local midnight too. */
export const MONDAY = Date.UTC(2026, 2, 2);

/** A moment `day` days after the test Monday, at h:m. */
export function at(h: number, m = 0, day = 0): number {
  return MONDAY + ((day * 24 + h) * 60 + m) * MIN;
}

export function settingsWith(patch: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...patch };
}

export function quietHours(startMin: number, endMin: number): Settings['quietHours'] {
  return { enabled: true, startMin, endMin };
}

export const ALARM: SchedulerEvent = { type: 'alarm', fullscreen: false, audible: false };

/** A scheduler as the background has it after its first start at `now`. */
export function started(now: number, settings: Settings = DEFAULT_SETTINGS): SchedulerState {
  return step(initialState(now), { type: 'startup' }, settings, now).state;
}

/** Steps through `events` in order; returns the last state and every step's effects. */
export function feed(
  state: SchedulerState,
  events: ReadonlyArray<readonly [number, SchedulerEvent]>,
  settings: Settings = DEFAULT_SETTINGS,
): { state: SchedulerState; effects: Effect[][] } {
  let current = state;
  const effects: Effect[][] = [];
  for (const [now, event] of events) {
    const result = step(current, event, settings, now);
    current = result.state;
    effects.push(result.effects);
  }
  return { state: current, effects };
}

/** A natural break record as the scheduler writes it. */
export function natural(from: number, to: number): Effect {
  return {
    type: 'recordBreak',
    record: { at: from, endedAt: to, outcome: 'natural', origin: 'idle', snoozes: 0 },
  };
}

export function reminderRecord(
  outcome: 'suggested' | 'skipped',
  from: number,
  to: number,
  snoozes: number,
): Effect {
  return { type: 'recordBreak', record: { at: from, endedAt: to, outcome, origin: 'reminder', snoozes } };
}
