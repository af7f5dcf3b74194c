import { DEFER_MS, ON_TIME_TOLERANCE_MS } from './constants';
import { recordIgnored } from './outcomes';
import { isQuiet } from './quiet';
import { accruedAt, dueAccruedMs } from './session';
import { checkinDue, offerCheckin } from './checkin-reminder';
import { microState, restartMicro, showMicroBreak } from './micro-break';
import type { AlarmContext, Draft } from './types';

/** Shows the reminder and restarts the countdown so an ignored one comes back only after a full stretch. */
function showReminder(d: Draft): void {
  const { s, now } = d;
  if (s.reminder?.showing) {
    // Still on screen a whole stretch later: that one was ignored. Log it and show a new one, once.
    recordIgnored(d, now);
    s.reminder = null;
  }
  if (s.reminder === null) {
    s.reminder = { shownAt: now, showing: true };
    s.snoozes = 0;
  } else {
    s.reminder.showing = true; // a snoozed reminder returns; its start and snooze count carry on
  }
  s.countdownFromMs = accruedAt(s, now);
  s.countdown = 'stretch';
  s.holdUntil = null;
  d.effects.push({ type: 'showReminder' });
}

/** Whether the environment holds reminders back: a fullscreen window or a playing tab, when chosen. */
function heldBack(settings: Draft['settings'], context: AlarmContext): boolean {
  return (
    (context.fullscreen && settings.waitWhileFullscreen) || (context.audible && settings.waitWhileAudible)
  );
}

/**
 * Our alarm rang. Remind only if everything still agrees it is time; otherwise do nothing here and let the
 * step re-plan (which moves the alarm to the end of a pause or quiet window, or to the real due moment if
 * the alarm was stale). Fullscreen or audio defers a break or check-in reminder by a short recheck (the
 * only alarm that repeats) and skips a micro-break. One ring may bring a break reminder and a check-in
 * time together: the break is shown and the check-in time is done with (offerCheckin).
 */
export function onAlarm(d: Draft, context: AlarmContext): void {
  const { s, settings, now } = d;
  if (s.presence !== 'active' || s.pausedUntil !== null) return;
  if (s.holdUntil !== null && now + ON_TIME_TOLERANCE_MS < s.holdUntil) return;
  if (isQuiet(now, settings)) return;
  const breakDue = accruedAt(s, now) + ON_TIME_TOLERANCE_MS >= dueAccruedMs(s, settings);
  const checkin = checkinDue(s, settings, now);
  const microNow = microState(s, settings, now);
  if (microNow === 'late') restartMicro(d);
  const micro = microNow === 'due';
  if (!breakDue && !checkin && !micro) return;
  if (heldBack(settings, context)) {
    if (micro) restartMicro(d);
    if (breakDue || checkin) s.holdUntil = now + DEFER_MS;
    return;
  }
  s.holdUntil = null;
  if (breakDue) showReminder(d);
  if (checkin) offerCheckin(d, context.lastCheckinAt ?? null, breakDue);
  if (micro && !breakDue) showMicroBreak(d);
}
