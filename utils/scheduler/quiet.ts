import type { Settings } from '../settings/settings';
import { MINUTE_MS } from './constants';

/*
 * Quiet hours and quiet days, in the user's local time (whatever `new Date(t)` reports). Windows are
 * found with Date's local constructor so daylight-saving days come out right: a night that loses or
 * gains an hour still ends at the same wall-clock time.
 */

type QuietHours = Settings['quietHours'];

/** Window ends to walk past before concluding reminders are never allowed (every day quiet). */
const MAX_HOPS = 32;

function minuteOfDay(d: Date): number {
  return d.getHours() * 60 + d.getMinutes();
}

function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

function inQuietHours(minute: number, q: QuietHours): boolean {
  if (!q.enabled || q.startMin === q.endMin) return false;
  return q.startMin < q.endMin
    ? minute >= q.startMin && minute < q.endMin
    : minute >= q.startMin || minute < q.endMin;
}

/** The first moment after `t` (which lies inside quiet hours) when the window is over. */
function quietHoursEnd(t: number, q: QuietHours): number {
  const d = new Date(t);
  const minute = minuteOfDay(d);
  const dayOffset = q.startMin > q.endMin && minute >= q.startMin ? 1 : 0;
  let end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, 0, q.endMin).getTime();
  // Spring forward: an end inside the skipped hour is pushed past the jump; the window really ends at
  // the jump itself, the first instant whose wall clock shows the end time or later.
  while (
    end - MINUTE_MS > t &&
    sameLocalDay(end - MINUTE_MS, end) &&
    minuteOfDay(new Date(end - MINUTE_MS)) >= q.endMin
  ) {
    end -= MINUTE_MS;
  }
  // Fall back: in the repeated hour the end may resolve to its first pass, before `t`; count real minutes.
  if (end <= t) end = t - (d.getSeconds() * 1000 + d.getMilliseconds()) + (q.endMin - minute) * MINUTE_MS;
  return end;
}

function nextLocalMidnight(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * The earliest moment at or after `t` outside quiet hours and quiet days, or null if there is none
 * (every day of the week is quiet).
 */
export function nextAllowedMoment(t: number, settings: Settings): number | null {
  let at = t;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const d = new Date(at);
    if (settings.quietDays.includes(d.getDay())) {
      at = nextLocalMidnight(d);
    } else if (inQuietHours(minuteOfDay(d), settings.quietHours)) {
      at = quietHoursEnd(at, settings.quietHours);
    } else {
      return at;
    }
  }
  return null;
}

export function isQuiet(t: number, settings: Settings): boolean {
  return nextAllowedMoment(t, settings) !== t;
}
