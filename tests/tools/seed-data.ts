/**
 * Realistic, repeatable history for tests and benchmarks: years of check-ins, journal entries and
 * breaks built from the real content ids. Pure: the same options always give the same records,
 * in any time zone. Never imported by the extension.
 */
import type { BreakRecord, Checkin, Entry } from '../../utils/db/records';
import { randomSource, randomTools } from './seed-random';
import { recordMakers } from './seed-records';

export interface HistoryOptions {
  /** How many days back from `end` (the day of `end` included). */
  days: number;
  /** Same seed, same history. */
  seed: number;
  /** Average records per day (check-ins, entries and breaks together). Default 8. */
  perDay?: number;
  /** The moment the history ends ("now"). Default 2026-01-01 00:00 UTC, so output never drifts. */
  end?: number;
  /** Minutes east of UTC for the user's clock, e.g. 60 for Paris in winter. Default 0. */
  utcOffsetMin?: number;
}

export interface History {
  checkins: Checkin[];
  entries: Entry[];
  breaks: BreakRecord[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const DEFAULT_END = Date.UTC(2026, 0, 1);

/** Generates a history; see HistoryOptions. Arrays come out oldest first. */
export function generateHistory(options: HistoryOptions): History {
  const tools = randomTools(randomSource(options.seed));
  const { chance, between, noise, weighted } = tools;
  const perDay = options.perDay ?? 8;
  const offsetMs = (options.utcOffsetMin ?? 0) * MINUTE;
  const end = options.end ?? DEFAULT_END;
  const endDay = Math.floor((end + offsetMs) / DAY) * DAY - offsetMs;
  const history: History = { checkins: [], entries: [], breaks: [] };
  const make = recordMakers(history, tools, { seed: options.seed, offsetMs });

  // Mood drifts slowly from day to day, and brightens a little over the months.
  let baseline = noise(2);
  for (let back = options.days - 1; back >= 0; back--) {
    const day = endDay - back * DAY;
    const progress = options.days > 1 ? 1 - back / (options.days - 1) : 1;
    baseline = Math.max(-3, Math.min(3, baseline * 0.85 + noise(1.2) + progress * 0.12));
    const weekend = new Date(day + offsetMs).getUTCDay() % 6 === 0;
    // Some days nothing at all (time off, forgot, a quiet day): gaps are normal.
    if (chance(weekend ? 0.25 : 0.06)) continue;
    const target = Math.max(1, Math.round(perDay * between(0.5, 1.5) * (weekend ? 0.6 : 1)));
    for (let made = 0; made < target;) {
      const kind = weighted<'checkin' | 'break' | 'entry'>([
        ['checkin', 0.5],
        ['break', 0.36],
        ['entry', 0.14],
      ]);
      const at = day + Math.round(between(7.5, 22.5) * 60) * MINUTE;
      const mood = baseline + noise(1.5);
      if (kind === 'entry') made += make.entry(day);
      else if (kind === 'break') made += make.breakAt(at, mood, progress);
      else {
        make.checkin(at, mood, 'popup', progress);
        made += 1;
      }
    }
  }
  return inOrderUntil(history, end);
}

/** Oldest first, and nothing after `end` (the last day stops at "now"); links to dropped check-ins go too. */
function inOrderUntil(history: History, end: number): History {
  const oldestFirst = (a: { at: number }, b: { at: number }) => a.at - b.at;
  const checkins = history.checkins.filter((c) => c.at <= end).sort(oldestFirst);
  const kept = new Set(checkins.map((c) => c.id));
  const breaks = history.breaks
    .filter((b) => b.at <= end)
    .map(({ beforeCheckinId, afterCheckinId, ...record }) => ({
      ...record,
      ...(beforeCheckinId && kept.has(beforeCheckinId) ? { beforeCheckinId } : {}),
      ...(afterCheckinId && kept.has(afterCheckinId) ? { afterCheckinId } : {}),
    }))
    .sort(oldestFirst);
  const entries = history.entries.filter((e) => e.createdAt <= end).sort((a, b) => a.createdAt - b.createdAt);
  return { checkins, entries, breaks };
}

/** How many records a history holds in all. */
export function recordCount(history: History): number {
  return history.checkins.length + history.entries.length + history.breaks.length;
}
