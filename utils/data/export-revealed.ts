import { getDb } from '../db/connection';
import type { Checkin, Entry } from '../db/records';
import { mapBatched } from '../lock/map-batched';
import { revealRecord, type PrivateRecord, type Reveal } from '../lock/records';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { ChunkedText } from './chunks';
import { CSV_BOM, csvRow } from './csv';
import { CSV_COLUMNS, type Column } from './csv-columns';
import { RECORD_STORES, type RecordsByStore } from './format';
import { ExportJsonWriter } from './json-writer';
import { readInPages } from './read-pages';

/** Every record of one store, read page by page inside a transaction (no await of anything else). */
async function readStore<T extends { id: string }>(source: {
  getAll(query?: IDBKeyRange | null, count?: number): Promise<T[]>;
}): Promise<T[]> {
  const all: T[] = [];
  await readInPages(source, (page) => all.push(...page));
  return all;
}

/** The records readable; a text that cannot be opened fails the export (UnreadableTextError). */
const revealAll = <T extends PrivateRecord>(records: readonly T[], reveal: Reveal): Promise<T[]> =>
  mapBatched(records, (record) => revealRecord(record, reveal));

/**
 * The JSON export while the lock is on: one read-only transaction takes a consistent copy, then
 * every locked text is revealed in page memory (decryption cannot run inside the transaction: it
 * would close). The file is the same as the lock-off export of the same readable records, byte for
 * byte.
 */
export async function exportJsonRevealed(now: number, reveal: Reveal): Promise<BlobPart[]> {
  const tx = (await getDb()).transaction(['settings', ...RECORD_STORES], 'readonly');
  const stored = tx.objectStore('settings').get('settings');
  // In time order, as the export parts hold them (utils/db/export-parts.ts).
  const read: RecordsByStore = {
    checkins: await tx.objectStore('checkins').index('by_at').getAll(),
    entries: await tx.objectStore('entries').index('by_created').getAll(),
    breaks: await tx.objectStore('breaks').index('by_at').getAll(),
  };
  const settings: Settings = { ...DEFAULT_SETTINGS, ...(await stored) };
  await tx.done;
  const records: RecordsByStore = {
    checkins: await revealAll(read.checkins, reveal),
    entries: await revealAll(read.entries, reveal),
    breaks: read.breaks,
  };
  const out = new ExportJsonWriter(now, settings);
  for (const store of RECORD_STORES) {
    out.beginStore(store);
    for (const record of records[store]) out.add(record);
    out.endStore();
  }
  return out.finish();
}

function csvOf<T>(records: readonly T[], columns: Column<T>[]): string[] {
  const out = new ChunkedText();
  out.push(CSV_BOM + csvRow(columns.map((column) => column.name)));
  for (const record of records) out.push(csvRow(columns.map((column) => column.value(record))));
  return out.finish();
}

/** Check-ins or entries as CSV while the lock is on, texts revealed as in exportJsonRevealed. */
export async function exportCsvRevealed(store: 'checkins' | 'entries', reveal: Reveal): Promise<string[]> {
  const tx = (await getDb()).transaction(store, 'readonly');
  if (store === 'checkins') {
    const records: Checkin[] = await readStore(tx.objectStore('checkins'));
    await tx.done;
    return csvOf(await revealAll(records, reveal), CSV_COLUMNS.checkins);
  }
  const records: Entry[] = await readStore(tx.objectStore('entries'));
  await tx.done;
  return csvOf(await revealAll(records, reveal), CSV_COLUMNS.entries);
}
