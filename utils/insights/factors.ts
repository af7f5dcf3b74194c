/**
 * What goes with better days: for each factor, how often check-ins with it were pleasant or numb,
 * next to check-ins without it. Counts only, never a cause: the page says "went with".
 */
import { isDisconnected } from '../content/emotions';
import type { Checkin } from '../db/records';

/**
 * No comparison is stated unless both groups (with the factor, and without it) hold at least this many
 * check-ins: with three or four on a side, a difference says more about chance than about the days.
 */
export const MIN_FACTOR_CHECKINS = 5;

/** "a of b with it vs c of d without it". */
export interface FactorSplit {
  withCount: number;
  withTotal: number;
  withoutCount: number;
  withoutTotal: number;
}

export interface FactorComparison {
  factorId: string;
  /** Check-ins in the range that noted this factor. */
  checkinsWith: number;
  /** Pleasant (pleasantness > 0) among check-ins placed on the meter; null below the minimum on either side. */
  pleasant: FactorSplit | null;
  /** Numb or "can't tell" among all counted check-ins; null below the minimum on either side. */
  numb: FactorSplit | null;
}

const isNumb = (checkin: Checkin) => checkin.emotions.some(isDisconnected);

function split(
  checkins: readonly Checkin[],
  factorId: string,
  counts: (checkin: Checkin) => boolean,
  min: number,
): FactorSplit | null {
  let withCount = 0;
  let withTotal = 0;
  let withoutCount = 0;
  let withoutTotal = 0;
  for (const checkin of checkins) {
    const hit = counts(checkin) ? 1 : 0;
    if (checkin.factors?.includes(factorId)) {
      withTotal++;
      withCount += hit;
    } else {
      withoutTotal++;
      withoutCount += hit;
    }
  }
  // At least one on each side whatever `min` says: a share of nothing is no statement.
  const needed = Math.max(1, min);
  return withTotal >= needed && withoutTotal >= needed
    ? { withCount, withTotal, withoutCount, withoutTotal }
    : null;
}

/** The share with the factor minus the share without it (-1 to 1); both totals are above zero. */
export function shareDifference(s: FactorSplit): number {
  return s.withCount / s.withTotal - s.withoutCount / s.withoutTotal;
}

/**
 * One comparison per factor in `factorIds` (the person's order) that some check-in in [from, to) noted.
 * Only check-ins that noted at least one factor count: one where the row was left closed says nothing
 * about what was missing. Pleasantness compares only check-ins placed on the meter.
 */
export function factorComparisons(
  checkins: readonly Checkin[],
  factorIds: readonly string[],
  from: number,
  to: number,
  min = MIN_FACTOR_CHECKINS,
): FactorComparison[] {
  const counted = checkins.filter((c) => c.at >= from && c.at < to && (c.factors?.length ?? 0) > 0);
  const placed = counted.filter((c) => c.pleasantness !== null);
  return factorIds.flatMap((factorId) => {
    const checkinsWith = counted.filter((c) => c.factors?.includes(factorId)).length;
    if (checkinsWith === 0) return [];
    return [
      {
        factorId,
        checkinsWith,
        pleasant: split(placed, factorId, (c) => c.pleasantness !== null && c.pleasantness > 0, min),
        numb: split(counted, factorId, isNumb, min),
      },
    ];
  });
}
