import type { Settings } from '../settings/settings';
import { PAUSED_BADGE, REMINDER_BADGE } from './constants';
import { checkinTarget } from './checkin-reminder';
import { microTarget } from './micro-break';
import { nextAllowedMoment } from './quiet';
import { dueAccruedMs } from './session';
import type { SchedulerState } from './types';

/** When the countdown runs out if accrual runs (or resumes) from `resumeAt`, before holds and quiet time. */
function dueMoment(s: SchedulerState, settings: Settings, resumeAt: number): number {
  const due = resumeAt + Math.max(0, dueAccruedMs(s, settings) - s.accruedMs);
  return s.holdUntil === null ? due : Math.max(due, s.holdUntil);
}

/**
 * The moment the one alarm should ring, or null for none: the earliest of the break reminder, the next
 * check-in time and the next micro-break, so there is still one alarm at a time. It depends only on stored moments, never on
 * `now`, so re-planning an unchanged state (a worker restart) yields the same time and never pushes it.
 * Expired pauses must already be dropped.
 */
export function planTarget(s: SchedulerState, settings: Settings): number | null {
  if (s.presence === 'break') return null;
  // A pause keeps its alarm even while away: it ends the pause and clears the badge.
  if (s.pausedUntil !== null) return s.pausedUntil;
  if (s.presence === 'away' || s.accrualSince === null) return null;
  const targets = [
    nextAllowedMoment(dueMoment(s, settings, s.accrualSince), settings),
    checkinTarget(s, settings),
    microTarget(s, settings),
  ].filter((t): t is number => t !== null);
  return targets.length === 0 ? null : Math.min(...targets);
}

/**
 * The alarm to hold for a planned target. A target already past fires as soon as possible (`now`), but an
 * alarm that is already overdue is kept, not pushed: the adapter then leaves it alone and it rings.
 */
export function chooseAlarm(target: number | null, current: number | null, now: number): number | null {
  if (target === null || target >= now) return target;
  if (current !== null && current >= target && current <= now) return current;
  return now;
}

/**
 * When the next reminder is expected if the user stays active, for the popup ("next break in 23 min").
 * `now` while a reminder is on screen (a break is due), null during a break or when every day is quiet.
 */
export function nextReminderAt(state: SchedulerState, settings: Settings, now: number): number | null {
  if (state.presence === 'break') return null;
  if (state.reminder?.showing) return now;
  let at = dueMoment(state, settings, state.accrualSince ?? now);
  if (state.pausedUntil !== null) at = Math.max(at, state.pausedUntil);
  return nextAllowedMoment(Math.max(at, now), settings);
}

export function badgeText(s: SchedulerState): string {
  if (s.reminder?.showing) return REMINDER_BADGE;
  return s.pausedUntil === null ? '' : PAUSED_BADGE;
}
