import type { IDBPTransaction } from 'idb';
import { dayStart } from '../insights/days';
import {
  breakItem,
  checkinItem,
  entryItem,
  groupByDay,
  type TimelineDay,
  type TimelineItem,
  type TimelineKind,
} from '../journal/timeline-items';
import { getDb } from './connection';
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

/** The time index of a store: when each record happened. */
function timeIndex(tx: TimelineTx, store: TimedStore) {
  return store === 'entries'
    ? tx.objectStore('entries').index('by_created')
    : tx.objectStore(store).index('by_at');
}

/**
 * Reads the timeline page by page from the time indexes, never the whole history: about
 * `minItems` of the newest records before `before`, widened to whole local days so a day is never
 * split between pages (a page holds at least one whole day, however full).
 */
export async function timelinePage(before: number | null, minItems = 40): Promise<TimelinePage> {
  const tx = (await getDb()).transaction(STORES);
  const older = before === null ? null : IDBKeyRange.upperBound(before, true);

  // 1. The times of the newest records, keys only: where this page's oldest day begins.
  const times = (
    await Promise.all(
      STORES.map(async (store) => {
        const found: number[] = [];
        let cursor = await timeIndex(tx, store).openKeyCursor(older, 'prev');
        while (cursor && found.length < minItems) {
          found.push(cursor.key);
          cursor = await cursor.continue();
        }
        return found;
      }),
    )
  )
    .flat()
    .sort((a, b) => b - a);
  const oldest = times[Math.min(minItems, times.length) - 1];
  if (oldest === undefined) return { days: [], next: null };
  const from = dayStart(oldest);

  // 2. Every record of those whole days, and whether anything older remains.
  const page = IDBKeyRange.bound(from, before ?? Infinity, false, before !== null);
  const [entries, checkins, breaks, ...olderKeys] = await Promise.all([
    tx.objectStore('entries').index('by_created').getAll(page),
    tx.objectStore('checkins').index('by_at').getAll(page),
    tx.objectStore('breaks').index('by_at').getAll(page),
    ...STORES.map((store) => timeIndex(tx, store).openKeyCursor(IDBKeyRange.upperBound(from, true), 'prev')),
  ]);
  const items = [...entries.map(entryItem), ...checkins.map(checkinItem), ...breaks.map(breakItem)];
  return { days: groupByDay(items, dayStart), next: olderKeys.some(Boolean) ? from : null };
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
  return record && breakItem(record);
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
