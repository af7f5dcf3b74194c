import type { IDBPTransaction } from 'idb';
import { checkinMatches, entryMatches, queryTerms, type SearchQuery } from '../journal/search-query';
import { checkinItem, entryItem, newestFirst, type TimelineItem } from '../journal/timeline-items';
import { getDb } from './connection';
import { newestAcross, scanBack, type BackScan } from './scan-back';
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
  /** Locked records the search passed over because `see` could not read them yet. */
  unread: number;
}

export interface SearchOptions {
  /** Results per page (default 30). */
  limit?: number;
  /** Continue after the last result of the previous page. */
  after?: SearchCursor;
  /** Stops the search between reads (it then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Records in the first read of each store (later reads grow); for tests. */
  firstBatch?: number;
  /**
   * While the lock is on: the record with its text readable, or undefined when it is not revealed
   * yet (counted in `unread`). It must be synchronous: the search reads inside a transaction. Used
   * only when there are words to match; results may then still hold locked records to reveal.
   */
  see?: <T extends Entry | Checkin>(record: T) => T | undefined;
  /** A feeling word's name in the page's language, so words are found as the person reads them. */
  wordName?: (id: string) => string;
  /** A factor's name as the person's list has it, so factors are found by the names they see. */
  factorName?: (id: string) => string;
}

type SearchTx = IDBPTransaction<ThawDB, ('entries' | 'checkins')[], 'readonly'>;

/** The item when it is strictly older than the cursor in timeline order (time, then id, descending). */
function afterCursor(item: TimelineItem, after: SearchCursor | undefined): TimelineItem | undefined {
  return !after || item.at < after.at || (item.at === after.at && item.id < after.id) ? item : undefined;
}

/**
 * Full-text search over entries (text and tags) and check-in notes, with filters for a feeling
 * word, a tag and a date range. Reads both stores newest first through their time indexes, in
 * batches that start about a screenful in size, and stops as soon as the page is certain: an
 * everyday word costs a few small reads whatever the history; a word found nowhere reads it all.
 */
export async function searchJournal(query: SearchQuery, options: SearchOptions = {}): Promise<SearchPage> {
  const limit = options.limit ?? 30;
  const terms = queryTerms(query.text);
  const { after } = options;
  const upper = Math.min(query.to ?? Infinity, after ? after.at : Infinity);
  const lower = query.from ?? -Infinity;
  if (lower > upper) return { items: [], next: null, unread: 0 };
  let unread = 0;
  // Without words to match, text does not matter: the caller reveals the page it shows.
  const reader = terms.length > 0 ? options.see : undefined;
  const see = <T extends Entry | Checkin>(record: T): T | undefined => {
    const readable = reader ? reader(record) : record;
    if (!readable) unread++;
    return readable;
  };
  // One more than a page tells whether there is a next one.
  const wanted = limit + 1;
  const bounds = {
    lower,
    upper,
    upperOpen: upper === query.to,
    firstBatch: options.firstBatch ?? 2 * wanted,
  };
  const tx: SearchTx = (await getDb()).transaction(['entries', 'checkins']);

  const scans: BackScan<TimelineItem>[] = [];
  // A feeling word only ever names check-ins, a tag only entries: the other store is not read.
  if (!query.emotion) {
    scans.push(
      scanBack(tx.objectStore('entries').index('by_created'), {
        ...bounds,
        pick: (stored) => {
          const entry = see(stored);
          return entry && entryMatches(entry, query, terms)
            ? afterCursor(entryItem(entry), after)
            : undefined;
        },
      }),
    );
  }
  if (!query.tag) {
    scans.push(
      scanBack(tx.objectStore('checkins').index('by_at'), {
        ...bounds,
        pick: (stored) => {
          const checkin = see(stored);
          return checkin && checkinMatches(checkin, query, terms, options.wordName, options.factorName)
            ? afterCursor(checkinItem(checkin), after)
            : undefined;
        },
      }),
    );
  }
  const all = await newestAcross(scans, {
    wanted,
    timeOf: (item) => item.at,
    order: newestFirst,
    signal: options.signal,
  });
  const items = all.slice(0, limit);
  const last = items.at(-1);
  return { items, next: all.length > limit && last ? { at: last.at, id: last.id } : null, unread };
}

/** At most this many tags or feeling words are offered: a choice longer than this helps nobody. */
export const KNOWN_KEYS_MAX = 300;

interface KeyCursor {
  key: string;
  continue(key?: string): Promise<KeyCursor | null>;
}

/**
 * The distinct keys of a multi-entry string index, in key order, at most `max`. The cursor seeks
 * straight past each key's records to the next key (`key + "\0"` is the smallest string after
 * it): one step per distinct value. A 'nextunique' cursor would walk every record instead.
 */
export async function distinctKeys(
  index: { openKeyCursor(): Promise<KeyCursor | null> },
  max = KNOWN_KEYS_MAX,
): Promise<string[]> {
  const keys: string[] = [];
  for (let cursor = await index.openKeyCursor(); cursor && keys.length < max;) {
    keys.push(cursor.key);
    cursor = await cursor.continue(`${cursor.key}\u0000`);
  }
  return keys;
}

/** The tags used on entries (at most KNOWN_KEYS_MAX), for the tag filter and suggestions. */
export async function knownTags(): Promise<string[]> {
  return distinctKeys((await getDb()).transaction('entries').store.index('by_tag'));
}

/** The feeling words named in check-ins (at most KNOWN_KEYS_MAX), for the feeling filter. */
export async function knownEmotions(): Promise<string[]> {
  return distinctKeys((await getDb()).transaction('checkins').store.index('by_emotion'));
}
