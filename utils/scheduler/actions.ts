import { hideReminder, recordIgnored, recordSkipped } from './outcomes';
import { comeBack } from './presence';
import { accruedAt, freshSession, stopAccrual } from './session';
import type { Draft } from './types';

/*
 * What the user did with a reminder or a break. A user action proves presence, so an away user is brought
 * back first (which may credit a natural break and close a stale reminder, making the action a no-op).
 */

export function onSnooze(d: Draft): void {
  comeBack(d);
  const { s } = d;
  if (s.reminder === null) return; // nothing to snooze (stale button)
  s.snoozes += 1;
  hideReminder(d);
  s.countdownFromMs = accruedAt(s, d.now);
  s.countdown = 'snooze';
  s.holdUntil = null;
}

export function onSkip(d: Draft): void {
  comeBack(d);
  if (d.s.reminder === null) return;
  recordSkipped(d);
  freshSession(d);
}

/** A break began. The adapter records it (reading `snoozes`, which stays until the break finishes). */
export function onStart(d: Draft): void {
  comeBack(d);
  const { s } = d;
  hideReminder(d);
  stopAccrual(s, d.now);
  s.presence = 'break';
  s.awaySince = null;
  s.reminder = null;
  s.holdUntil = null;
}

/** The break ended, completed or stopped: the user is here and a fresh session begins. */
export function onFinish(d: Draft): void {
  const { s } = d;
  s.presence = 'active';
  s.awaySince = null;
  freshSession(d);
}

/**
 * Pause until a moment (null or a past moment resumes now). An open reminder is closed as ignored. Active
 * time keeps counting through the pause, so at its end the user is reminded once if a break is due.
 */
export function onPause(d: Draft, until: number | null): void {
  comeBack(d);
  const { s, now } = d;
  if (until === null || !Number.isFinite(until) || until <= now) {
    s.pausedUntil = null;
    return;
  }
  recordIgnored(d, now);
  hideReminder(d);
  s.reminder = null;
  s.pausedUntil = until;
}
