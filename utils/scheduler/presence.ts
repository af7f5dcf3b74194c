import { takeNaturalBreak } from './outcomes';
import { minutes, stopAccrual } from './session';
import type { Draft } from './types';

/**
 * The clock was set back (`now` before the last step). Stored past moments are shifted by the same amount,
 * so accrued and away time keep what was measured up to the last step and nothing goes negative. Pause ends
 * stay put: they are moments the user chose. The alarm is re-planned by the step.
 */
export function rebaseClock(d: Draft): void {
  const { s, now } = d;
  const shift = s.lastEventAt - now;
  if (shift <= 0) return;
  const back = (t: number | null): number | null => (t === null ? null : t - shift);
  s.accrualSince = back(s.accrualSince);
  s.awaySince = back(s.awaySince);
  s.holdUntil = back(s.holdUntil);
  if (s.reminder !== null) s.reminder.shownAt -= shift;
  s.lastEventAt = now;
}

/**
 * While active there is always an alarm (or a pause end) due, so hearing nothing for a long while after it
 * means the machine slept, the browser was closed, or the clock jumped forward. Silence counts from the
 * later of the alarm's moment and the last step; if it is at least a natural break, it is one (recorded
 * once, since the fresh session re-plans the alarm and resets the silence).
 */
export function creditSilence(d: Draft): void {
  const { s, settings, now } = d;
  if (s.presence !== 'active' || s.alarmAt === null) return;
  const silentFrom = Math.max(s.alarmAt, s.lastEventAt);
  if (now - silentFrom >= minutes(settings.naturalBreakMin)) takeNaturalBreak(d, silentFrom, now);
}

/** The idle API says input stopped at `since` (idle or locked: treated alike). */
export function goAway(d: Draft, since: number): void {
  const { s, now } = d;
  if (s.presence === 'break') return; // sitting still during a break is the point
  const at = Number.isFinite(since) ? Math.min(since, now) : now;
  if (s.presence === 'away') {
    // idle then locked: the stretch began at the earlier of the two
    s.awaySince = Math.min(s.awaySince ?? at, at);
    return;
  }
  // Input cannot have stopped before accrual last resumed (e.g. before a natural-break reset).
  const from = Math.max(at, s.accrualSince ?? at);
  stopAccrual(s, from);
  s.presence = 'away';
  s.awaySince = from;
}

/** The user is back. A long enough absence was a natural break; a short one only paused accrual. */
export function comeBack(d: Draft): void {
  const { s, settings, now } = d;
  if (s.presence !== 'away') return;
  const since = Math.min(s.awaySince ?? now, now);
  s.presence = 'active';
  s.awaySince = null;
  if (now - since >= minutes(settings.naturalBreakMin)) {
    takeNaturalBreak(d, since, now);
  } else {
    s.accrualSince = now;
  }
}
