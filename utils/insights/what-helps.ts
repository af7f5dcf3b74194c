import { isDisconnected } from '../content/emotions';
import type { BreakRecord, Checkin } from '../db/records';
import { groupBy, mean, round1 } from './stats';

/**
 * No statement about an exercise rests on fewer breaks than this: with three or four, an average or
 * a count says more about chance than about the exercise.
 */
export const MIN_BREAKS = 5;

/** How one exercise tended to move how you felt, from the check-in before a break to the one after. */
export interface ExerciseShift {
  exerciseId: string;
  /** Breaks that count for it: the two kinds below together. */
  breaks: number;
  /** Breaks with a pleasantness reading before and after. */
  pairs: number;
  /** Mean of (after - before) pleasantness over `pairs`, one decimal; null below `minBreaks` pairs. */
  meanShift: number | null;
  /** Breaks that began numb or "can't tell" and had an answer after. */
  numbStarts: number;
  /** Of those, the ones that ended with a named feeling: a shift out of numbness. */
  numbShifts: number;
  /** Whether `numbShifts` of `numbStarts` may be stated: at least `minBreaks` numb starts. */
  numbShown: boolean;
}

/** Numb or "can't tell" with nothing placed on the meter: no pleasantness to compare, but a state. */
function isNumb(checkin: Checkin): boolean {
  return checkin.pleasantness === null && checkin.emotions.some(isDisconnected);
}

/** Any feeling named: a place on the meter, or a word outside the numb family and "can't tell". */
function namesAFeeling(checkin: Checkin): boolean {
  return typeof checkin.pleasantness === 'number' || checkin.emotions.some((id) => !isDisconnected(id));
}

type Measure = { kind: 'pleasantness'; shift: number } | { kind: 'numb'; shifted: boolean };

/** What one break tells, when its two check-ins can be compared. */
function measureOf(record: BreakRecord, checkinsById: ReadonlyMap<string, Checkin>): Measure | null {
  const before = record.beforeCheckinId ? checkinsById.get(record.beforeCheckinId) : undefined;
  const after = record.afterCheckinId ? checkinsById.get(record.afterCheckinId) : undefined;
  if (!before || !after) return null;
  if (typeof before.pleasantness === 'number' && typeof after.pleasantness === 'number') {
    return { kind: 'pleasantness', shift: after.pleasantness - before.pleasantness };
  }
  if (isNumb(before)) return { kind: 'numb', shifted: namesAFeeling(after) };
  return null;
}

/**
 * Whether one break left you feeling better: more pleasant after than before, or, from a numb or
 * "can't tell" start, a named feeling after. Null when its two check-ins cannot be compared.
 */
export function breakHelped(record: BreakRecord, checkinsById: ReadonlyMap<string, Checkin>): boolean | null {
  const measure = measureOf(record, checkinsById);
  if (!measure) return null;
  return measure.kind === 'pleasantness' ? measure.shift > 0 : measure.shifted;
}

/**
 * Which exercises tend to leave you feeling better. Two kinds of break count: those with a
 * pleasantness reading before and after (their mean change), and those that began numb or "can't
 * tell" (how many ended with a named feeling, whatever it was: feeling something again is the shift).
 * A mean or a count is given only from `minBreaks` breaks of its kind on. Exercises with a mean come
 * first, biggest lift first; then those with a numb count, most shifts (by share) first; then the
 * rest ("not enough yet"), most breaks first. Exercises never measured are left out.
 */
export function exerciseShifts(
  breaks: readonly BreakRecord[],
  checkinsById: ReadonlyMap<string, Checkin>,
  minBreaks = MIN_BREAKS,
): ExerciseShift[] {
  const measured = breaks.flatMap((record) => {
    const measure = record.exerciseId ? measureOf(record, checkinsById) : null;
    return record.exerciseId && measure ? [{ exerciseId: record.exerciseId, measure }] : [];
  });
  const results = [...groupBy(measured, (m) => m.exerciseId)].map(([exerciseId, group]): ExerciseShift => {
    const shifts = group.flatMap(({ measure }) => (measure.kind === 'pleasantness' ? [measure.shift] : []));
    const numb = group.flatMap(({ measure }) => (measure.kind === 'numb' ? [measure.shifted] : []));
    const average = mean(shifts);
    return {
      exerciseId,
      breaks: group.length,
      pairs: shifts.length,
      meanShift: shifts.length >= minBreaks && average !== null ? round1(average) : null,
      numbStarts: numb.length,
      numbShifts: numb.filter(Boolean).length,
      numbShown: numb.length >= minBreaks,
    };
  });
  const share = (s: ExerciseShift) => (s.numbShown ? s.numbShifts / s.numbStarts : -1);
  return results.sort(
    (a, b) =>
      Number(b.meanShift !== null) - Number(a.meanShift !== null) ||
      (b.meanShift ?? 0) - (a.meanShift ?? 0) ||
      Number(b.numbShown) - Number(a.numbShown) ||
      share(b) - share(a) ||
      b.breaks - a.breaks ||
      a.exerciseId.localeCompare(b.exerciseId),
  );
}

/** The exercise that most often brought a named feeling after a numb start, if any may be named. */
export function bestAfterNumb(shifts: readonly ExerciseShift[]): ExerciseShift | undefined {
  return shifts
    .filter((s) => s.numbShown && s.numbShifts > 0)
    .reduce<ExerciseShift | undefined>(
      (best, s) => (!best || s.numbShifts / s.numbStarts > best.numbShifts / best.numbStarts ? s : best),
      undefined,
    );
}
