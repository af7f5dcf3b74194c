import type { RecordStore } from './format';

/** Local date as YYYY-MM-DD, so the files of one day sort together. */
function localDate(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "thaw-export-2026-11-22.json": the complete export. */
export const jsonFileName = (now: number): string => `thaw-export-${localDate(now)}.json`;

/**
 * "thaw-export-2026-11-22.encrypted.json": the complete export encrypted with a passphrase. Still
 * ".json" (it is JSON, and the import picker accepts it), named so it is not mistaken for a readable copy.
 */
export const encryptedJsonFileName = (now: number): string => `thaw-export-${localDate(now)}.encrypted.json`;

/** "thaw-checkins-2026-11-22.csv": one store for a spreadsheet. */
export const csvFileName = (store: RecordStore, now: number): string => `thaw-${store}-${localDate(now)}.csv`;
