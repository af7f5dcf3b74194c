import type { Checkin } from '../db/records';
import { addDays, dayStart, weekStart, windowStart, type Weekday } from './days';
import { groupBy, mean, present } from './stats';

/** The windows the mood chart offers, in days. */
export const MOOD_RANGES = [7, 30, 90, 365] as const;
export type MoodRange = (typeof MOOD_RANGES)[number];

/** One point of the mood line: a day, or a week for the longer windows. */
export interface MoodPoint {
  /** Local midnight the bucket starts at. */
  start: number;
  /** Local midnight of the next bucket (exclusive end). */
  end: number;
  /** Mean pleasantness of the placed check-ins, -5..5; null when none were placed (a gap). */
  pleasantness: number | null;
  /** Mean energy of the check-ins with an energy reading; null when none. */
  energy: number | null;
  /** Check-ins with a pleasantness reading in the bucket. */
  count: number;
}

/** Days for short windows, weeks for long ones: about 7 to 53 points, readable at any width. */
export function bucketDays(range: number): 1 | 7 {
  return range <= 31 ? 1 : 7;
}

/**
 * Mood over the last `range` days (today included), as the mean of each day's or week's check-ins.
 * Check-ins outside the window, and check-ins where the meter was not placed, are ignored;
 * buckets without a reading stay as gaps rather than pretending to be neutral.
 */
export function moodOverTime(
  checkins: readonly Checkin[],
  options: { range: number; now: number; weekStartsOn: Weekday },
): MoodPoint[] {
  const from = windowStart(options.now, options.range);
  const to = addDays(options.now, 1);
  const step = bucketDays(options.range);
  const first = step === 1 ? from : weekStart(from, options.weekStartsOn);

  const starts: number[] = [];
  for (let start = first; start < to; start = addDays(start, step)) starts.push(start);
  const keyOf = (at: number) => (step === 1 ? dayStart(at) : weekStart(at, options.weekStartsOn));

  const placed = checkins.filter((c) => c.at >= from && c.at < to && c.pleasantness !== null);
  const byBucket = groupBy(placed, (c) => keyOf(c.at));

  return starts.map((start) => {
    const inBucket = byBucket.get(start) ?? [];
    return {
      start,
      end: Math.min(addDays(start, step), to),
      pleasantness: mean(present(inBucket.map((c) => c.pleasantness))),
      energy: mean(present(inBucket.map((c) => c.energy))),
      count: inBucket.length,
    };
  });
}
