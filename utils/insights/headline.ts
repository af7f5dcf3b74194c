import { CANT_TELL } from '../content/emotions';
import type { Checkin } from '../db/records';
import { mean, present } from './stats';
import { moodByTimeOfDay, type DayPart } from './time-of-day';

/** The rule's numbers, in one place so they can be reviewed. */
export const HEADLINE_RULE = {
  /** Fewer check-ins than this in the window say nothing yet. */
  minCheckins: 3,
  /** A part of the day needs this many placed check-ins to be compared. */
  partMin: 2,
  /** The best part of the day must lead the next by this much pleasantness (of 5). */
  partLead: 1,
  /** Placed check-ins needed to compare the earlier and later half of the window. */
  trendMin: 6,
  /** The later half must differ from the earlier by this much pleasantness. */
  trendGap: 1,
  /** A feeling word named this often leads the sentence when nothing else stands out. */
  wordMin: 3,
} as const;

/** The one plain sentence insights open with: what the data says most clearly, or that it is too early. */
export type Headline =
  | { kind: 'not_enough' }
  | { kind: 'best_part'; part: DayPart }
  | { kind: 'lifting' }
  | { kind: 'heavier' }
  | { kind: 'top_word'; word: string; count: number }
  | { kind: 'count'; checkins: number };

function bestPart(placed: readonly Checkin[]): DayPart | null {
  const parts = moodByTimeOfDay(placed)
    .filter((p) => p.checkins >= HEADLINE_RULE.partMin && p.pleasantness !== null)
    .sort((a, b) => (b.pleasantness ?? 0) - (a.pleasantness ?? 0));
  const [best, next] = parts;
  if (!best || !next) return null;
  return (best.pleasantness ?? 0) - (next.pleasantness ?? 0) >= HEADLINE_RULE.partLead ? best.part : null;
}

function trend(placed: readonly Checkin[]): 'lifting' | 'heavier' | null {
  if (placed.length < HEADLINE_RULE.trendMin) return null;
  const ordered = [...placed].sort((a, b) => a.at - b.at);
  const half = Math.floor(ordered.length / 2);
  const earlier = mean(present(ordered.slice(0, half).map((c) => c.pleasantness)));
  const later = mean(present(ordered.slice(ordered.length - half).map((c) => c.pleasantness)));
  if (earlier === null || later === null) return null;
  if (later - earlier >= HEADLINE_RULE.trendGap) return 'lifting';
  if (earlier - later >= HEADLINE_RULE.trendGap) return 'heavier';
  return null;
}

function topWord(checkins: readonly Checkin[]): { word: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const checkin of checkins) {
    for (const id of new Set(checkin.emotions)) {
      if (id !== CANT_TELL) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  let top: { word: string; count: number } | null = null;
  // Ties go to the word named most recently first, so the sentence does not hinge on catalogue order.
  for (const [word, count] of counts) if (!top || count > top.count) top = { word, count };
  return top && top.count >= HEADLINE_RULE.wordMin ? top : null;
}

/**
 * The sentence for check-ins in [from, to): the part of the day that felt best when one clearly
 * leads, else a clear change between the earlier and later half, else the word named most, else how
 * many check-ins there were. Too few check-ins say "not enough yet" rather than a pattern.
 */
export function insightHeadline(checkins: readonly Checkin[], from: number, to: number): Headline {
  const inWindow = checkins.filter((c) => c.at >= from && c.at < to);
  if (inWindow.length < HEADLINE_RULE.minCheckins) return { kind: 'not_enough' };
  const placed = inWindow.filter((c) => c.pleasantness !== null);
  const part = bestPart(placed);
  if (part) return { kind: 'best_part', part };
  const change = trend(placed);
  if (change) return { kind: change };
  const word = topWord([...inWindow].sort((a, b) => b.at - a.at));
  if (word) return { kind: 'top_word', ...word };
  return { kind: 'count', checkins: inWindow.length };
}

/** Points a chart needs before it is drawn: one point alone is a giant bar that says nothing. */
export const CHART_MIN_POINTS = 2;

/** Whether a chart with these values (null: no reading; a count of zero is passed as null) has enough to draw. */
export function enoughToChart(values: readonly (number | null)[]): boolean {
  return values.filter((v) => v !== null).length >= CHART_MIN_POINTS;
}
