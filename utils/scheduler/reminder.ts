import { DEFER_MS, ON_TIME_TOLERANCE_MS } from './constants';
import { recordIgnored } from './outcomes';
import { isQuiet } from './quiet';
import { accruedAt, dueAccruedMs } from './session';
import type { Draft } from './types';

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

/**
 * Our alarm rang. Remind only if everything still agrees it is time; otherwise do nothing here and let the
 * step re-plan (which moves the alarm to the end of a pause or quiet window, or to the real due moment if
 * the alarm was stale). Fullscreen or audio defers by a short recheck: the only alarm that repeats.
 */
export function onAlarm(d: Draft, fullscreen: boolean, audible: boolean): void {
  const { s, settings, now } = d;
  if (s.presence !== 'active' || s.pausedUntil !== null) return;
  if (accruedAt(s, now) + ON_TIME_TOLERANCE_MS < dueAccruedMs(s, settings)) return;
  if (s.holdUntil !== null && now + ON_TIME_TOLERANCE_MS < s.holdUntil) return;
  if (isQuiet(now, settings)) return;
  if ((fullscreen && settings.waitWhileFullscreen) || (audible && settings.waitWhileAudible)) {
    s.holdUntil = now + DEFER_MS;
    return;
  }
  showReminder(d);
}
