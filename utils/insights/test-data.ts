/** Crafted records for the insight tests: local times written as they read on a clock. */
import { makeBreak, makeCheckin } from '@/tests/unit/factories';
import type { BreakRecord, Checkin } from '../db/records';

/** Epoch ms of a local date and time in the current process.env.TZ (month 1-12). */
export function local(year: number, month: number, day: number, hour = 12, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

export function checkinAt(at: number, overrides: Partial<Checkin> = {}): Checkin {
  return makeCheckin({ at, ...overrides });
}

/** A break with a before and an after check-in; returns all three. */
export function measuredBreak(
  exerciseId: string,
  before: number | null,
  after: number | null,
  at = Date.UTC(2026, 0, 10, 10),
): { record: BreakRecord; checkins: Checkin[] } {
  const first = makeCheckin({ at: at - 1000, pleasantness: before, source: 'before_break' });
  const second = makeCheckin({ at: at + 120_000, pleasantness: after, source: 'after_break' });
  const record = makeBreak({ at, exerciseId, beforeCheckinId: first.id, afterCheckinId: second.id });
  return { record, checkins: [first, second] };
}
