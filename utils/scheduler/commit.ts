import type { Settings } from '../settings/settings';
import { ON_TIME_TOLERANCE_MS } from './constants';
import { initialState } from './session';
import { step } from './step';
import type { Effect, SchedulerEvent, SchedulerState } from './types';

/** What running one step needs from the database and the browser; the background passes the real ones. */
export interface StepPorts {
  readState(): Promise<SchedulerState | undefined>;
  readSettings(): Promise<Settings>;
  writeState(state: SchedulerState): Promise<void>;
  /** When the real break alarm will ring next, or null when none is set. */
  alarmAt(): Promise<number | null>;
  /** Sets the real break alarm (repeating, see ALARM_REPEAT_MIN) for `at`, unless it is set for then already. */
  setAlarm(at: number): Promise<void>;
  clearAlarm(): Promise<void>;
  /** Carries out one effect other than the alarm's: a reminder, the badge, a break record. */
  apply(effect: Effect, settings: Settings): Promise<void>;
}

/**
 * Runs one step and makes it real, in an order that is safe wherever the browser stops the worker
 * (at any await). Only its alarm reliably wakes a stopped worker, so the real alarm must never ring
 * later than the stored plan wants: one that rings early only wakes the worker, whose steps then
 * re-plan from the stored state; one that rings late or never misses a break. So:
 * 1. an alarm that moves earlier is set before the state is stored;
 * 2. the state is stored;
 * 3. the alarm is made to match the stored plan (moved later, or cleared): every step, whatever its
 *    effects say, so any wake puts the real alarm back on the plan;
 * 4. the other effects (a stop loses them, but never writes a break record twice).
 */
export async function commitStep(ports: StepPorts, event: SchedulerEvent, now: number): Promise<void> {
  const [stored, settings] = await Promise.all([ports.readState(), ports.readSettings()]);
  const { state, effects } = step(stored ?? initialState(now), event, settings, now);
  const planned = state.alarmAt;
  if (planned !== null) {
    const current = await ports.alarmAt();
    if (current === null || current > planned + ON_TIME_TOLERANCE_MS) await ports.setAlarm(planned);
  }
  await ports.writeState(state);
  await (planned === null ? ports.clearAlarm() : ports.setAlarm(planned));
  for (const effect of effects) {
    if (effect.type !== 'setAlarm' && effect.type !== 'clearAlarm') await ports.apply(effect, settings);
  }
}
