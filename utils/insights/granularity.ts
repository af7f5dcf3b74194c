import { CANT_TELL } from '../content/emotions';
import type { Checkin } from '../db/records';
import { addDays, weekStart, type Weekday } from './days';
import { groupBy, mean } from './stats';

/** One week of feeling words. */
export interface WordWeek {
  /** Local midnight the week starts at. */
  start: number;
  /** How many different feeling words were named that week. */
  distinctWords: number;
  /** The words, most used first (ties in first-use order). */
  words: string[];
  checkins: number;
}

/**
 * How many different feeling words were used each week from the week of `from` through the week
 * of `to` (emotional granularity). "I can't tell" is an honest answer but not a word for a
 * feeling, so it is not counted. Weeks without check-ins are kept, with zero, so gaps show.
 */
export function wordsPerWeek(
  checkins: readonly Checkin[],
  options: { from: number; to: number; weekStartsOn: Weekday },
): WordWeek[] {
  const first = weekStart(options.from, options.weekStartsOn);
  const inWindow = checkins.filter((c) => c.at >= first && c.at <= options.to);
  const byWeek = groupBy(inWindow, (c) => weekStart(c.at, options.weekStartsOn));

  const weeks: WordWeek[] = [];
  for (let start = first; start <= options.to; start = addDays(start, 7)) {
    const week = byWeek.get(start) ?? [];
    const uses = new Map<string, number>();
    for (const checkin of week) {
      for (const word of checkin.emotions) {
        if (word !== CANT_TELL) uses.set(word, (uses.get(word) ?? 0) + 1);
      }
    }
    const words = [...uses.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
    weeks.push({ start, distinctWords: words.length, words, checkins: week.length });
  }
  return weeks;
}

/** Weeks with check-ins needed before the variety of words is compared over time. */
export const MIN_WEEKS_FOR_TREND = 4;

/**
 * "growing" when the later half of the weeks with check-ins named, on average, at least one more
 * different word than the earlier half: a gentle sign of reconnecting. Otherwise "steady", never a
 * decline (there is no score to lose), or null while there are too few weeks to tell.
 */
export function wordVarietyTrend(weeks: readonly WordWeek[]): 'growing' | 'steady' | null {
  const active = weeks.filter((week) => week.checkins > 0);
  if (active.length < MIN_WEEKS_FOR_TREND) return null;
  const half = Math.floor(active.length / 2);
  const earlier = mean(active.slice(0, half).map((week) => week.distinctWords)) ?? 0;
  const later = mean(active.slice(active.length - half).map((week) => week.distinctWords)) ?? 0;
  return later - earlier >= 1 ? 'growing' : 'steady';
}
