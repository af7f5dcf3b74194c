import type { Settings } from '../settings/settings';
import { MINUTE_MS } from './constants';
import type { Draft, SchedulerState } from './types';

/** Minutes to ms, floored at one minute so a bad setting can never cause a zero-length alarm loop. */
export function minutes(n: number): number {
  return Math.max(1, Number.isFinite(n) ? n : 1) * MINUTE_MS;
}

/** A fresh scheduler: the user is taken to be active from `now` (the adapter reports idleness if not). */
export function initialState(now: number): SchedulerState {
  return {
    version: 1,
    presence: 'active',
    awaySince: null,
    accruedMs: 0,
    accrualSince: now,
    countdownFromMs: 0,
    countdown: 'stretch',
    reminder: null,
    snoozes: 0,
    holdUntil: null,
    pausedUntil: null,
    alarmAt: null,
    badge: '',
    lastEventAt: now,
    microFromMs: 0,
    checkinHandledUntil: now,
  };
}

/** Active time at `at`. Never negative, even if `at` lies before the accrual start (clock set back). */
export function accruedAt(s: SchedulerState, at: number): number {
  return s.accruedMs + (s.accrualSince === null ? 0 : Math.max(0, at - s.accrualSince));
}

/** Folds the running stretch into `accruedMs` and stops counting. */
export function stopAccrual(s: SchedulerState, at: number): void {
  s.accruedMs = accruedAt(s, at);
  s.accrualSince = null;
}

/** Accrued time at which the current countdown is due. */
export function dueAccruedMs(s: SchedulerState, settings: Settings): number {
  const length = s.countdown === 'snooze' ? settings.snoozeMin : settings.reminderEveryMin;
  return s.countdownFromMs + minutes(length);
}

/**
 * Starts a new session: no active time, a full stretch ahead, no open reminder. Accrual runs from now
 * only if the user is present. A reminder still on screen is taken down (callers record it first).
 */
export function freshSession(d: Draft): void {
  const { s } = d;
  if (s.reminder?.showing) d.effects.push({ type: 'clearReminder' });
  s.accruedMs = 0;
  s.accrualSince = s.presence === 'active' ? d.now : null;
  s.countdownFromMs = 0;
  s.countdown = 'stretch';
  s.reminder = null;
  s.snoozes = 0;
  s.holdUntil = null;
  s.microFromMs = 0;
}

/**
 * A deep enough copy that a step never mutates the state it was given. A state stored by an older
 * build lacks the micro-break and check-in fields: micro-breaks then count from the session's start,
 * and no check-in time before its last step is owed.
 */
export function copyState(s: SchedulerState): SchedulerState {
  const stored: Partial<SchedulerState> = s;
  return {
    ...s,
    reminder: s.reminder === null ? null : { ...s.reminder },
    microFromMs: stored.microFromMs ?? 0,
    checkinHandledUntil: stored.checkinHandledUntil ?? s.lastEventAt,
  };
}
