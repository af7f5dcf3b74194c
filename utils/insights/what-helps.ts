import type { BreakRecord, Checkin } from '../db/records';
import { groupBy, mean, round1 } from './stats';

/** Fewer before/after pairs than this and an exercise's average says more about chance than about it. */
export const MIN_PAIRS = 3;

/** How one exercise tended to move pleasantness, from the check-in before to the one after. */
export interface ExerciseShift {
  exerciseId: string;
  /** Breaks with both a before and an after pleasantness reading. */
  pairs: number;
  /** Mean of (after - before) pleasantness, rounded to one decimal; null below `minPairs`. */
  meanShift: number | null;
}

/** The pleasantness change of one break, when both its check-ins placed the meter. */
function shiftOf(record: BreakRecord, checkinsById: ReadonlyMap<string, Checkin>): number | null {
  const before = record.beforeCheckinId ? checkinsById.get(record.beforeCheckinId) : undefined;
  const after = record.afterCheckinId ? checkinsById.get(record.afterCheckinId) : undefined;
  if (typeof before?.pleasantness !== 'number' || typeof after?.pleasantness !== 'number') return null;
  return after.pleasantness - before.pleasantness;
}

/**
 * Which exercises tend to leave you feeling better. Exercises with at least `minPairs` measured
 * breaks come first, biggest lift first; the rest follow with a null mean ("not enough data yet"),
 * most measured first. Exercises never measured are left out.
 */
export function exerciseShifts(
  breaks: readonly BreakRecord[],
  checkinsById: ReadonlyMap<string, Checkin>,
  minPairs = MIN_PAIRS,
): ExerciseShift[] {
  const measured = breaks.flatMap((record) => {
    const shift = record.exerciseId ? shiftOf(record, checkinsById) : null;
    return record.exerciseId && shift !== null ? [{ exerciseId: record.exerciseId, shift }] : [];
  });
  const results = [...groupBy(measured, (m) => m.exerciseId)].map(([exerciseId, group]) => {
    const average = mean(group.map((m) => m.shift));
    return {
      exerciseId,
      pairs: group.length,
      meanShift: group.length >= minPairs && average !== null ? round1(average) : null,
    };
  });
  return results.sort(
    (a, b) =>
      Number(b.meanShift !== null) - Number(a.meanShift !== null) ||
      (b.meanShift ?? 0) - (a.meanShift ?? 0) ||
      b.pairs - a.pairs ||
      a.exerciseId.localeCompare(b.exerciseId),
  );
}
