import type { BreakRecord, Checkin, Entry } from '../db/records';
import { dayStart } from '../insights/days';
import { isKeptTime } from '../time/kept-time';

/** One row of the journal's timeline. */
export type TimelineItem =
  | { kind: 'entry'; id: string; at: number; entry: Entry }
  | { kind: 'checkin'; id: string; at: number; checkin: Checkin }
  | { kind: 'break'; id: string; at: number; record: BreakRecord };

export type TimelineKind = TimelineItem['kind'];

/** The rows of one local day, newest first. */
export interface TimelineDay {
  /** Local midnight of the day, or UNKNOWN_DAY. */
  day: number;
  items: TimelineItem[];
}

/** The "day" of records whose time is no date Thaw keeps (let in by an older build): drawn as "Unknown date". */
export const UNKNOWN_DAY = Number.MAX_SAFE_INTEGER;

/** The day a row is drawn under: its local day, or UNKNOWN_DAY for a time Thaw does not keep. */
export function dayOfItem(at: number): number {
  return isKeptTime(at) ? dayStart(at) : UNKNOWN_DAY;
}

export const entryItem = (entry: Entry): TimelineItem => ({
  kind: 'entry',
  id: entry.id,
  at: entry.createdAt,
  entry,
});
export const checkinItem = (checkin: Checkin): TimelineItem => ({
  kind: 'checkin',
  id: checkin.id,
  at: checkin.at,
  checkin,
});
export const breakItem = (record: BreakRecord): TimelineItem => ({
  kind: 'break',
  id: record.id,
  at: record.at,
  record,
});

/** Newest first; equal times by id, descending, so the order is total and stable across pages. */
export function newestFirst(a: Pick<TimelineItem, 'at' | 'id'>, b: Pick<TimelineItem, 'at' | 'id'>): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Items grouped into days, newest day first and newest item first within each day. */
export function groupByDay(items: readonly TimelineItem[], dayOf: (at: number) => number): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const item of [...items].sort(newestFirst)) {
    const day = dayOf(item.at);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** The days with one item removed (by kind and id); a day left empty disappears. */
export function withoutItem(days: readonly TimelineDay[], kind: TimelineKind, id: string): TimelineDay[] {
  return days
    .map((day) => ({ ...day, items: day.items.filter((item) => item.kind !== kind || item.id !== id) }))
    .filter((day) => day.items.length > 0);
}

/** The days with an item added or replaced, in its place by time. */
export function withItem(
  days: readonly TimelineDay[],
  item: TimelineItem,
  dayOf: (at: number) => number,
): TimelineDay[] {
  const rest = withoutItem(days, item.kind, item.id).flatMap((day) => day.items);
  return groupByDay([...rest, item], dayOf);
}
