import type { BreakRecord } from '@/utils/db/records';
import type { Settings } from '@/utils/settings/settings';
import { initialState } from '@/utils/scheduler/session';
import { step } from '@/utils/scheduler/step';
import type { Effect, SchedulerEvent, SchedulerState } from '@/utils/scheduler/types';

/*
 * Replays a day against the pure scheduler, playing the browser's part: the one alarm fires at its moment,
 * or when the machine wakes if it was asleep then, and never before the events already delivered.
 * For tests and for reasoning about a recorded day; it holds no real timers.
 */

export interface TimelineEntry {
  at: number;
  event: SchedulerEvent;
  /** Settings in force from this entry on (send with a 'settings' event). */
  settings?: Settings;
}

export interface ReplayOptions {
  settings: Settings;
  /** When the worker first starts (a 'startup' is delivered then). */
  start: number;
  /** Keep firing alarms until this moment; defaults to the last entry. */
  until?: number;
  /** Resume from this state instead of a fresh one. */
  state?: SchedulerState;
  /** Fullscreen / audible at a moment, reported with each alarm. */
  environment?: (at: number) => { fullscreen: boolean; audible: boolean };
  /** Spans when the machine sleeps: an alarm due inside one fires at its end. */
  sleeps?: ReadonlyArray<{ from: number; to: number }>;
  /** Store and reload the state as JSON after every step, as a restarted worker would. */
  reloadEachStep?: boolean;
  /** Moments check-ins were saved: each alarm reports the latest one before it, as the adapter does. */
  checkins?: readonly number[];
}

export interface ReplayResult {
  state: SchedulerState;
  reminders: number[];
  /** When a check-in reminder was shown. */
  checkinReminders: number[];
  /** When a micro-break was shown. */
  microBreaks: number[];
  alarmsFired: number[];
  records: Array<Omit<BreakRecord, 'id'>>;
  log: Array<{ at: number; event: SchedulerEvent; effects: Effect[] }>;
  /** The alarm still set at the end. */
  alarm: number | null;
  badge: string;
}

/** Guards against a scheduler bug that would re-arm an alarm forever. */
const MAX_STEPS = 100_000;

export function replay(timeline: readonly TimelineEntry[], opts: ReplayOptions): ReplayResult {
  const until = opts.until ?? timeline.at(-1)?.at ?? opts.start;
  const environment = opts.environment ?? (() => ({ fullscreen: false, audible: false }));
  const lastCheckinAt = (t: number): number | null =>
    (opts.checkins ?? []).filter((c) => c <= t).reduce<number | null>((a, c) => Math.max(a ?? c, c), null);
  const wake = (t: number): number => opts.sleeps?.find((z) => t >= z.from && t < z.to)?.to ?? t;
  const out: ReplayResult = {
    state: opts.state ?? initialState(opts.start),
    reminders: [],
    checkinReminders: [],
    microBreaks: [],
    alarmsFired: [],
    records: [],
    log: [],
    alarm: null,
    badge: opts.state?.badge ?? '',
  };
  let settings = opts.settings;
  let clock = opts.start;
  let steps = 0;

  const run = (event: SchedulerEvent, at: number): void => {
    if (++steps > MAX_STEPS) throw new Error('replay: too many steps (alarm loop?)');
    const result = step(out.state, event, settings, at);
    out.state = opts.reloadEachStep
      ? (JSON.parse(JSON.stringify(result.state)) as SchedulerState)
      : result.state;
    out.log.push({ at, event, effects: result.effects });
    for (const effect of result.effects) {
      if (effect.type === 'setAlarm') out.alarm = effect.at;
      else if (effect.type === 'clearAlarm') out.alarm = null;
      else if (effect.type === 'showReminder') out.reminders.push(at);
      else if (effect.type === 'showCheckinReminder') out.checkinReminders.push(at);
      else if (effect.type === 'showMicroBreak') out.microBreaks.push(at);
      else if (effect.type === 'recordBreak') out.records.push(effect.record);
      else if (effect.type === 'badge') out.badge = effect.text;
    }
    clock = at;
  };

  /** Fires every alarm due up to `limit` (inclusive). */
  const fireAlarmsUntil = (limit: number): void => {
    while (out.alarm !== null) {
      const at = wake(Math.max(out.alarm, clock));
      if (at > limit) return;
      out.alarm = null; // one-shot: the browser drops it as it fires
      out.alarmsFired.push(at);
      run({ type: 'alarm', ...environment(at), lastCheckinAt: lastCheckinAt(at) }, at);
    }
  };

  run({ type: 'startup' }, opts.start);
  for (const entry of timeline) {
    if (entry.at < clock) throw new Error(`replay: timeline goes back in time at ${entry.at}`);
    fireAlarmsUntil(entry.at);
    if (entry.settings) settings = entry.settings;
    run(entry.event, entry.at);
  }
  fireAlarmsUntil(until);
  return out;
}
