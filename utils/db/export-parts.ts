import type { BreakRecord, Checkin, Entry } from './records';

/**
 * The export, kept ready. Reading tens of thousands of records out of IndexedDB costs far more than
 * writing them as JSON (each record is one read), so every write also rewrites, in the same
 * transaction, the JSON of the week it touched (one Blob per store and week) and of the block of
 * weeks around it (a Blob made of the week Blobs, so no record is read again). An export then hands
 * a few Blobs per year of history to the download without reading their bytes. The records stay the
 * truth: a part is always rebuilt from them, never edited.
 */

/** The stores that hold records, each with its time index (a part is one stretch of that time). */
export const TIME_INDEX = { checkins: 'by_at', entries: 'by_created', breaks: 'by_at' } as const;
export type PartStore = keyof typeof TIME_INDEX;

/** A week in milliseconds: a week's part is small enough to rewrite on every save. */
export const PART_SPAN_MS = 7 * 24 * 60 * 60 * 1000;
/** Weeks in a block (about a year): few enough Blobs for an export, whatever the history's length. */
export const WEEKS_PER_BLOCK = 52;

/** A part's level in its key: a week, or a block of weeks. */
export const WEEK = 0;
export const BLOCK = 1;

/** Some records of one store as the export writes them, `,\n` between records. */
export interface ExportPart {
  records: number;
  json: Blob;
}

/** A part's key: the store, the level (WEEK or BLOCK), then its number counted from the epoch. */
export type PartKey = [PartStore, typeof WEEK | typeof BLOCK, number];

/** A record of any store that has parts. */
export type PartRecord = Checkin | Entry | BreakRecord;

/** The week a record's part is: by its time index's key (an entry's creation, otherwise `at`). */
export const weekOf = (record: PartRecord): number =>
  Math.floor(('createdAt' in record ? record.createdAt : record.at) / PART_SPAN_MS);

export const blockOf = (week: number): number => Math.floor(week / WEEKS_PER_BLOCK);

/** Keys of one store's parts of `level` numbered from `from` up to (not including) `to`. */
export const partKeys = (store: PartStore, level: number, from = -Infinity, to = Infinity): IDBKeyRange =>
  IDBKeyRange.bound([store, level, from], [store, level, to], false, true);

/** Every part of one store, both levels. */
export const everyPartOf = (store: PartStore): IDBKeyRange =>
  IDBKeyRange.bound([store, WEEK, -Infinity], [store, BLOCK, Infinity]);

/** The records of one week, in the time index's order (time, then id): the export's order. */
export const weekRange = (week: number): IDBKeyRange =>
  IDBKeyRange.bound(week * PART_SPAN_MS, (week + 1) * PART_SPAN_MS, false, true);

/** A part made of records already in export order. */
export function partOf(records: readonly object[]): ExportPart {
  return { records: records.length, json: new Blob([records.map((r) => JSON.stringify(r)).join(',\n')]) };
}

/** One part made of several, in order, without reading their bytes. */
export function joinParts(parts: readonly ExportPart[]): ExportPart {
  return {
    records: parts.reduce((sum, part) => sum + part.records, 0),
    json: new Blob(parts.flatMap((part, i) => (i === 0 ? [part.json] : [',\n', part.json]))),
  };
}
