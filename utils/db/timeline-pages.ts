import type { IDBPTransaction } from 'idb';
import { dayStart } from '../insights/days';
import {
  breakItem,
  checkinItem,
  dayOfItem,
  entryItem,
  groupByDay,
  type TimelineDay,
  type TimelineItem,
  type TimelineKind,
} from '../journal/timeline-items';
import { EARLIEST_TIME, LATEST_TIME } from '../time/kept-time';
import { getDb } from './connection';
import type { BreakRecord } from './records';
import type { ThawDB } from './schema';

/** A page of the timeline: whole days, newest first. */
export interface TimelinePage {
  days: TimelineDay[];
  /** Pass as `before` to read the next (older) page; null when nothing older exists. */
  next: number | null;
}

const SOURCES = [
  { kind: 'entry', store: 'entries' },
  { kind: 'checkin', store: 'checkins' },
  { kind: 'break', store: 'breaks' },
] as const;

const STORES = SOURCES.map((source) => source.store);
type TimedStore = (typeof STORES)[number];
type TimelineTx = IDBPTransaction<ThawDB, TimedStore[], 'readonly'>;

/** Micro-breaks are counted in insights, not listed: twenty a day would bury what the day held. */
const listed = (record: BreakRecord): boolean => record.origin !== 'micro';

/** The time index of a store: when each record happened. */
function timeIndex(tx: TimelineTx, store: TimedStore) {
  return store === 'entries'
    ? tx.objectStore('entries').index('by_created')
    : tx.objectStore(store).index('by_at');
}

/** The time of the `n`-th newest record (1-based) in range, or null when it holds fewer: one jump, not n steps. */
async function nthNewestTime(tx: TimelineTx, store: TimedStore, range: IDBKeyRange | null, n: number) {
  const newest = await timeIndex(tx, store).openKeyCursor(range, 'prev');
  const nth = newest && n > 1 ? await newest.advance(n - 1) : newest;
  return nth ? nth.key : null;
}

/** Every record of the timeline's stores from `from` (inclusive) to `to` (exclusive), as rows. */
async function itemsBetween(
  tx: TimelineTx,
  from: number,
  to: number,
  toOpen: boolean,
): Promise<TimelineItem[]> {
  if (from > to || (from === to && toOpen)) return [];
  return itemsIn(tx, IDBKeyRange.bound(from, to, false, toOpen));
}

/**
 * Records whose time is no date Thaw keeps (let in by an older build's import): read apart, and
 * shown on the first page under "Unknown date", so they neither break the days nor get lost.
 */
async function itemsOutOfRange(tx: TimelineTx): Promise<TimelineItem[]> {
  const [late, early] = await Promise.all([
    itemsIn(tx, IDBKeyRange.lowerBound(LATEST_TIME)),
    itemsIn(tx, IDBKeyRange.upperBound(EARLIEST_TIME, true)),
  ]);
  return [...late, ...early];
}

async function itemsIn(tx: TimelineTx, range: IDBKeyRange): Promise<TimelineItem[]> {
  const [entries, checkins, breaks] = await Promise.all([
    tx.objectStore('entries').index('by_created').getAll(range),
    tx.objectStore('checkins').index('by_at').getAll(range),
    tx.objectStore('breaks').index('by_at').getAll(range),
  ]);
  return [...entries.map(entryItem), ...checkins.map(checkinItem), ...breaks.filter(listed).map(breakItem)];
}

/**
 * Reads the timeline page by page from the time indexes, never the whole history: about
 * `minItems` of the newest records before `before`, widened to whole local days so a day is never
 * split between pages (a page holds at least one whole day, however full). The first page costs
 * the same whatever the history: a few jumps of a key cursor and bulk reads of the page itself.
 */
export async function timelinePage(before: number | null, minItems = 40): Promise<TimelinePage> {
  const tx = (await getDb()).transaction(STORES);
  const upper = before ?? LATEST_TIME;
  const older = IDBKeyRange.bound(EARLIEST_TIME, upper, false, true);

  // 1. In each store, the time of its minItems-th newest record. The page's oldest record is no
  //    older than the newest of these (that store alone fills the page), so what lies after it
  //    is a small read that tells exactly where the minItems-th newest record of all three is.
  const [unknown, ...nth] = await Promise.all([
    before === null ? itemsOutOfRange(tx) : [],
    ...STORES.map((store) => nthNewestTime(tx, store, older, minItems)),
  ]);
  const bound = Math.max(EARLIEST_TIME, ...nth.filter((time): time is number => time !== null));
  const newest = await itemsBetween(tx, bound, upper, true);
  const oldest = newest
    .map((item) => item.at)
    .sort((a, b) => b - a)
    .at(Math.min(minItems, newest.length) - 1);
  if (oldest === undefined) return { days: groupByDay(unknown, dayOfItem), next: null };
  const from = Math.max(EARLIEST_TIME, dayStart(oldest));

  // 2. The rest of that oldest day, and whether anything older remains.
  const olderThanFrom = from > EARLIEST_TIME ? IDBKeyRange.bound(EARLIEST_TIME, from, false, true) : null;
  const [rest, ...olderKeys] = await Promise.all([
    itemsBetween(tx, from, bound, true),
    ...STORES.map((store) => olderThanFrom && timeIndex(tx, store).openKeyCursor(olderThanFrom, 'prev')),
  ]);
  const items = [...unknown, ...newest.filter((item) => item.at >= from), ...rest];
  return { days: groupByDay(items, dayOfItem), next: olderKeys.some(Boolean) ? from : null };
}

/** One record as a timeline row, or undefined when it no longer exists (for live updates). */
export async function timelineItem(kind: TimelineKind, id: string): Promise<TimelineItem | undefined> {
  const db = await getDb();
  if (kind === 'entry') {
    const entry = await db.get('entries', id);
    return entry && entryItem(entry);
  }
  if (kind === 'checkin') {
    const checkin = await db.get('checkins', id);
    return checkin && checkinItem(checkin);
  }
  const record = await db.get('breaks', id);
  return record && listed(record) ? breakItem(record) : undefined;
}

/** The timeline kind a store's records show as, for stores that appear in the timeline. */
export function kindOfStore(store: string): TimelineKind | null {
  return SOURCES.find((source) => source.store === store)?.kind ?? null;
}

/** When each entry from <= createdAt < to was written, oldest first: keys only, never the text. */
export async function entryTimesBetween(from: number, to: number): Promise<number[]> {
  const index = (await getDb()).transaction('entries').store.index('by_created');
  const times: number[] = [];
  const range = IDBKeyRange.bound(from, to, false, true);
  for (let cursor = await index.openKeyCursor(range); cursor; cursor = await cursor.continue()) {
    times.push(cursor.key);
  }
  return times;
}
