import type { Settings } from '../settings/settings';
import { MICRO_GAP_MS, ON_TIME_TOLERANCE_MS } from './constants';
import { nextAllowedMoment } from './quiet';
import { accruedAt, dueAccruedMs, minutes } from './session';
import type { Draft, SchedulerState } from './types';

/*
 * Micro-breaks: a 20-second eye or posture break every `microBreakEveryMin` minutes of active time,
 * kept apart from the long breaks. Rules:
 * - Counted in active time, like the long break: idle pauses it, a natural or taken break restarts it.
 * - None while a break reminder is open (on screen or snoozed), and none planned within MICRO_GAP_MS
 *   before a long break is due: the long break comes instead.
 * - Quiet time and pauses hold it like a reminder. A fullscreen window or playing tab (when those
 *   hold reminders) skips it: the next one comes a full interval later, never a recheck.
 * - Shown as a quiet notification and recorded as a break {origin 'micro', outcome 'suggested'}.
 */

/** Accrued time at which the next micro-break is due, or null when none is planned before the long break. */
function microDueAccruedMs(s: SchedulerState, settings: Settings): number | null {
  if (!settings.microBreaks || s.reminder !== null) return null;
  const due = s.microFromMs + minutes(settings.microBreakEveryMin);
  return due <= dueAccruedMs(s, settings) - MICRO_GAP_MS ? due : null;
}

/** When the alarm should ring for the next micro-break, while active (a held-back ring waits for its hold). */
export function microTarget(s: SchedulerState, settings: Settings): number | null {
  const due = microDueAccruedMs(s, settings);
  if (due === null || s.accrualSince === null) return null;
  const at = s.accrualSince + Math.max(0, due - s.accruedMs);
  return nextAllowedMoment(s.holdUntil === null ? at : Math.max(at, s.holdUntil), settings);
}

/**
 * At a ring: 'due' to show one now; 'late' when one fell due but now lies too close to the long break
 * (held by a pause or quiet time until then), so it is dropped; 'none' otherwise.
 */
export function microState(s: SchedulerState, settings: Settings, now: number): 'none' | 'due' | 'late' {
  const due = microDueAccruedMs(s, settings);
  const accrued = accruedAt(s, now);
  if (due === null || accrued + ON_TIME_TOLERANCE_MS < due) return 'none';
  return accrued <= dueAccruedMs(s, settings) - MICRO_GAP_MS ? 'due' : 'late';
}

/** Starts the next interval from now, without showing anything (skipped while watching or on a call). */
export function restartMicro(d: Draft): void {
  d.s.microFromMs = accruedAt(d.s, d.now);
}

export function showMicroBreak(d: Draft): void {
  restartMicro(d);
  d.effects.push({ type: 'showMicroBreak' });
  d.effects.push({
    type: 'recordBreak',
    record: { at: d.now, outcome: 'suggested', origin: 'micro', snoozes: 0 },
  });
}
