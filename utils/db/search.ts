import type { IDBPTransaction } from 'idb';
import { checkinMatches, entryMatches, queryTerms, type SearchQuery } from '../journal/search-query';
import { checkinItem, entryItem, newestFirst, type TimelineItem } from '../journal/timeline-items';
import { getDb } from './connection';
import { scanBack } from './scan-back';
import type { Checkin, Entry } from './records';
import type { ThawDB } from './schema';

/** Where a search page ended: the last row shown. The next page starts just after it. */
export interface SearchCursor {
  at: number;
  id: string;
}

export interface SearchPage {
  /** Matching entries and check-ins, newest first. */
  items: TimelineItem[];
  /** Pass as `after` for more results; null when there are no more. */
  next: SearchCursor | null;
}

type SearchTx = IDBPTransaction<ThawDB, ('entries' | 'checkins')[], 'readonly'>;

/** Is (at, id) strictly older than the cursor in timeline order (time, then id, descending)? */
function isAfter(at: number, id: string, after: SearchCursor | undefined): boolean {
  return !after || at < after.at || (at === after.at && id < after.id);
}

/** Newest first: time, then id, descending (the timeline's order). */
const entryOrder = (a: Entry, b: Entry) => newestFirst(entryItem(a), entryItem(b));
const checkinOrder = (a: Checkin, b: Checkin) => newestFirst(checkinItem(a), checkinItem(b));

/**
 * Full-text search over entries (text and tags) and check-in notes, with filters for a feeling
 * word, a tag and a date range. Reads newest first through the time indexes in bounded batches
 * and stops at `limit` results; `after` continues from the last page. `batchSize` is for tests.
 */
export async function searchJournal(
  query: SearchQuery,
  options: { limit?: number; after?: SearchCursor; batchSize?: number } = {},
): Promise<SearchPage> {
  const limit = options.limit ?? 30;
  const terms = queryTerms(query.text);
  const { after, batchSize } = options;
  const upper = Math.min(query.to ?? Infinity, after ? after.at : Infinity);
  const lower = query.from ?? -Infinity;
  if (lower > upper) return { items: [], next: null };
  const bounds = { lower, upper, upperOpen: upper === query.to, wanted: limit + 1, batchSize };
  const tx: SearchTx = (await getDb()).transaction(['entries', 'checkins']);

  // Entries first; once they alone fill the page, older check-ins cannot make it in: read no further.
  const entries = query.emotion
    ? []
    : await scanBack(tx.objectStore('entries').index('by_created'), {
        ...bounds,
        order: entryOrder,
        keep: (entry) => isAfter(entry.createdAt, entry.id, after) && entryMatches(entry, query, terms),
      });
  const oldestNeeded = entries.length === bounds.wanted ? (entries.at(-1)?.createdAt ?? lower) : lower;
  const checkins = query.tag
    ? []
    : await scanBack(tx.objectStore('checkins').index('by_at'), {
        ...bounds,
        lower: Math.max(lower, oldestNeeded),
        order: checkinOrder,
        keep: (checkin) => isAfter(checkin.at, checkin.id, after) && checkinMatches(checkin, query, terms),
      });
  const all = [...entries.map(entryItem), ...checkins.map(checkinItem)].sort(newestFirst);
  const items = all.slice(0, limit);
  const last = items.at(-1);
  return { items, next: all.length > limit && last ? { at: last.at, id: last.id } : null };
}

/** Every distinct key of a multi-entry index, in key order: one step per value, not per record. */
async function distinctKeys(index: {
  openKeyCursor(range: null, direction: 'nextunique'): Promise<KeyCursor | null>;
}): Promise<string[]> {
  const keys: string[] = [];
  for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    keys.push(cursor.key);
  }
  return keys;
}

interface KeyCursor {
  key: string;
  continue(): Promise<KeyCursor | null>;
}

/** Every tag used on an entry, for the tag filter and for suggestions while typing. */
export async function knownTags(): Promise<string[]> {
  return distinctKeys((await getDb()).transaction('entries').store.index('by_tag'));
}

/** Every feeling word named in a check-in, for the feeling filter. */
export async function knownEmotions(): Promise<string[]> {
  return distinctKeys((await getDb()).transaction('checkins').store.index('by_emotion'));
}
