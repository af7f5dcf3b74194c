import type { BreakRecord } from '../db/records';
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
 * The user was away from `from` to `to` long enough to count as a break: log any open reminder as
 * ignored (it ended when they left), log the natural break, and start a fresh session.
 */
export function takeNaturalBreak(d: Draft, from: number, to: number): void {
  recordIgnored(d, from);
  record(d, { at: from, endedAt: to, outcome: 'natural', origin: 'idle', snoozes: 0 });
  freshSession(d);
}
