import type { BreakRecord } from '../db/records';
import { MINUTE_MS } from './constants';
import { freshSession } from './session';
import type { Draft } from './types';

type NewRecord = Omit<BreakRecord, 'id'>;

/** Records are written as the adapter receives them; an end before the start (clock set back) is clamped. */
function record(d: Draft, rec: NewRecord): void {
  const endedAt = rec.endedAt === undefined ? undefined : Math.max(rec.at, rec.endedAt);
  d.effects.push({ type: 'recordBreak', record: endedAt === undefined ? rec : { ...rec, endedAt } });
}

/**
 * The open reminder was neither started nor skipped (ignored, overtaken by a natural break or a pause):
 * every shown reminder ends up as exactly one record, so statistics can count prompts honestly.
 */
export function recordIgnored(d: Draft, endedAt: number): void {
  const { reminder, snoozes } = d.s;
  if (reminder === null) return;
  record(d, { at: reminder.shownAt, endedAt, outcome: 'suggested', origin: 'reminder', snoozes });
}

export function recordSkipped(d: Draft): void {
  const { reminder, snoozes } = d.s;
  if (reminder === null) return;
  record(d, { at: reminder.shownAt, endedAt: d.now, outcome: 'skipped', origin: 'reminder', snoozes });
}

/** Takes the reminder off screen (it may stay open, e.g. snoozed). */
export function hideReminder(d: Draft): void {
  if (d.s.reminder?.showing) {
    d.s.reminder.showing = false;
    d.effects.push({ type: 'clearReminder' });
  }
}

/**
 * The longest natural break recorded with its length. The wall clock is all the scheduler has, and it
 * cannot tell a long sleep or a closed browser from a clock set forward (by hand, or corrected after
 * being wrong): past a day, the gap says more about the clock than about the person, so the break is
 * recorded without a length ("a natural break") rather than as, say, 400 days away.
 */
export const LONGEST_MEASURED_BREAK_MS = 24 * 60 * MINUTE_MS;

/**
 * The user was away from `from` to `to` long enough to count as a break: log any open reminder as
 * ignored (it ended when they left), log the natural break, and start a fresh session.
 */
export function takeNaturalBreak(d: Draft, from: number, to: number): void {
  recordIgnored(d, from);
  const measured = to - from <= LONGEST_MEASURED_BREAK_MS;
  record(d, {
    at: from,
    ...(measured ? { endedAt: to } : {}),
    outcome: 'natural',
    origin: 'idle',
    snoozes: 0,
  });
  freshSession(d);
}
