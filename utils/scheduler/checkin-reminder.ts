import type { Settings } from '../settings/settings';
import { CHECKIN_GRACE_MS, ON_TIME_TOLERANCE_MS, RECENT_CHECKIN_MS } from './constants';
import { isQuiet } from './quiet';
import type { Draft, SchedulerState } from './types';

/*
 * Check-in reminders at chosen times of day, through the break scheduler's one alarm. Rules:
 * - A time inside quiet hours or on a quiet day is never offered.
 * - Nothing while away, paused or in a break; a time missed that way is offered when the user is back,
 *   if that is within CHECKIN_GRACE_MS of it, and dropped after.
 * - No reminder when a check-in was saved in the last hour, nor at the same ring as a break reminder
 *   (the break page asks how you are). Either way that time is done with.
 * - Saved settings start the times afresh: a time already passed is not owed.
 */

/** Days to look ahead for the next time: a week covers every choice of weekdays. */
const DAYS_AHEAD = 8;

/** The first chosen time strictly after `after` that is neither quiet nor on an unchosen day, or null. */
export function nextCheckinSlot(after: number, settings: Settings): number | null {
  const { enabled, times, days } = settings.checkinReminders;
  if (!enabled || times.length === 0 || days.length === 0) return null;
  const base = new Date(after);
  for (let offset = 0; offset <= DAYS_AHEAD; offset++) {
    const slots = times
      .map((minute) =>
        new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset, 0, minute).getTime(),
      )
      .filter((t) => t > after && days.includes(new Date(t).getDay()) && !isQuiet(t, settings))
      .sort((a, b) => a - b);
    if (slots[0] !== undefined) return slots[0];
  }
  return null;
}

/** When the alarm should ring for the next check-in time (a held-back ring waits for its hold). */
export function checkinTarget(s: SchedulerState, settings: Settings): number | null {
  const slot = nextCheckinSlot(s.checkinHandledUntil, settings);
  if (slot === null) return null;
  return s.holdUntil === null ? slot : Math.max(slot, s.holdUntil);
}

/** Run at the start of every step: times more than the grace ago are dropped, unoffered. */
export function expireCheckinSlots(d: Draft): void {
  const { s, settings, now } = d;
  const slot = nextCheckinSlot(s.checkinHandledUntil, settings);
  if (slot !== null && slot < now - CHECKIN_GRACE_MS) s.checkinHandledUntil = now - CHECKIN_GRACE_MS;
}

/** Settings were saved: times already passed are not owed (turning reminders on never rings at once). */
export function restartCheckinSlots(d: Draft): void {
  d.s.checkinHandledUntil = Math.max(d.s.checkinHandledUntil, d.now);
}

export function checkinDue(s: SchedulerState, settings: Settings, now: number): boolean {
  const slot = nextCheckinSlot(s.checkinHandledUntil, settings);
  return slot !== null && slot <= now + ON_TIME_TOLERANCE_MS;
}

/** A due time at a ring that reminds: invite a check-in unless one was just made or a break was offered. */
export function offerCheckin(d: Draft, lastCheckinAt: number | null, breakShown: boolean): void {
  const { s, now } = d;
  s.checkinHandledUntil = Math.max(s.checkinHandledUntil, now);
  const recent = lastCheckinAt !== null && now - lastCheckinAt < RECENT_CHECKIN_MS;
  if (!breakShown && !recent) d.effects.push({ type: 'showCheckinReminder' });
}
