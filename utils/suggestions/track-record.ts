/**
 * What a person's own breaks say about each exercise, and how a suggestion weighs it. Pure.
 *
 * An exercise "helped" on a break when the check-in after was more pleasant than the one before, or
 * when a numb or "can't tell" start ended with a named feeling (utils/insights/what-helps.ts). Its
 * record counts only from MIN_MEASURED measured breaks on, as the insights do. Choosing then mixes
 * what has helped with variety:
 * - EXPLORE_SHARE of the time the choice is even among the fitting exercises, so others still get tried;
 * - otherwise each is weighed by its share of breaks that helped, smoothed ((helped + 1) / (measured + 2));
 *   one without enough breaks weighs UNKNOWN_WEIGHT, as much as an even record.
 * Without a random source, the exercise with the best record that helped more often than not is taken,
 * else the first fitting one, so results are deterministic.
 */
import { MIN_BREAKS } from '../insights/what-helps';
import { pickWith } from '../content/prompts';

export interface TrackRecord {
  /** Breaks with this exercise whose before and after can be compared. */
  measured: number;
  /** Of those, the ones that left the person feeling better. */
  helped: number;
}

export type TrackRecords = ReadonlyMap<string, TrackRecord>;

export interface BreakResult {
  exerciseId: string;
  helped: boolean;
}

export const MIN_MEASURED = MIN_BREAKS;
export const EXPLORE_SHARE = 0.25;
export const UNKNOWN_WEIGHT = 0.5;

/** Each exercise's record from the results of measured breaks. */
export function trackRecordsOf(results: readonly BreakResult[]): Map<string, TrackRecord> {
  const records = new Map<string, TrackRecord>();
  for (const { exerciseId, helped } of results) {
    const record = records.get(exerciseId) ?? { measured: 0, helped: 0 };
    records.set(exerciseId, { measured: record.measured + 1, helped: record.helped + Number(helped) });
  }
  return records;
}

/** A record worth telling the person ("this has helped you 5 of 7 times"): enough breaks, helped more often than not. */
export function provenRecord(records: TrackRecords | undefined, id: string): TrackRecord | undefined {
  const record = records?.get(id);
  return record && record.measured >= MIN_MEASURED && record.helped * 2 > record.measured
    ? record
    : undefined;
}

/** How much an exercise weighs in a choice. */
export function weightOf(record: TrackRecord | undefined): number {
  if (!record || record.measured < MIN_MEASURED) return UNKNOWN_WEIGHT;
  return (record.helped + 1) / (record.measured + 2);
}

/** One of `ids` (not empty), weighed by the person's records; see the rules at the top of this file. */
export function pickLearned<T extends string>(
  ids: readonly T[],
  records: TrackRecords | undefined,
  random: (() => number) | undefined,
): T {
  const first = ids[0];
  if (first === undefined) throw new RangeError('pickLearned needs at least one exercise');
  if (!random) {
    const proven = ids.filter((id) => provenRecord(records, id));
    return proven.reduce(
      (best, id) => (weightOf(records?.get(id)) > weightOf(records?.get(best)) ? id : best),
      proven[0] ?? first,
    );
  }
  if (!records || records.size === 0 || random() < EXPLORE_SHARE) return pickWith(ids, random);
  const weights = ids.map((id) => weightOf(records.get(id)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let point = random() * total;
  for (const [i, id] of ids.entries()) {
    point -= weights[i] ?? 0;
    if (point < 0) return id;
  }
  return ids[ids.length - 1] ?? first;
}
