import { abortAndSettle } from '../db/abort';
import { getDb } from '../db/connection';
import type { BreakRecord, Checkin, Entry } from '../db/records';
import type { CustomExercise } from '../exercises/custom-exercise';
import { mapBatched } from '../lock/map-batched';
import { revealRecord, type PrivateRecord, type Reveal } from '../lock/records';
import { settingsFrom, type Settings } from '../settings/settings';
import { ChunkedText } from './chunks';
import { CSV_BOM, csvRow } from './csv';
import { CSV_COLUMNS, type Column } from './csv-columns';
import { RECORD_STORES, type RecordStore, type RecordsByStore } from './format';
import { ExportJsonWriter } from './json-writer';
import { readInPages, type PagedSource } from './read-pages';

/** How far an export has come: records read, then (lock on) locked texts opened. */
export interface ExportProgress {
  step: 'reading' | 'opening';
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Opens locked texts; needed while the lock is on (with the vault open in the page). */
  reveal?: Reveal;
  onProgress?: (progress: ExportProgress) => void;
  /** Cancels the export between two batches: it rejects with the signal's reason, nothing made. */
  signal?: AbortSignal;
}

/**
 * The lock is on and no way to open its texts was given: an export would carry empty notes. The page
 * asks for the passphrase and tries again; nothing was written anywhere.
 */
export class ExportNeedsUnlockError extends Error {
  override name = 'ExportNeedsUnlockError';
  constructor() {
    super('The passphrase lock is on: unlock before exporting.');
  }
}

const timeOf = (record: Checkin | Entry | BreakRecord | CustomExercise) =>
  'createdAt' in record ? record.createdAt : record.at;

/** Oldest first, as the time indexes list them: by time, then by id. */
function byTime<T extends Checkin | Entry | BreakRecord | CustomExercise>(records: T[]): T[] {
  return records.sort((a, b) => timeOf(a) - timeOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface ExportRead {
  settings: Settings;
  records: Partial<RecordsByStore>;
}

/**
 * The settings and every record of `stores`, read a batch at a time in ONE read-only transaction (one
 * consistent moment of the database); then, while the lock is on, every locked text opened with
 * `reveal` (ExportNeedsUnlockError without it; breaks carry no private text). Progress after each
 * batch; the signal is checked between batches.
 */
async function readForExport(stores: readonly RecordStore[], options: ExportOptions): Promise<ExportRead> {
  const { onProgress, signal } = options;
  const tx = (await getDb()).transaction(['settings', 'state', ...stores], 'readonly');
  const [stored, vault, ...counts] = await Promise.all([
    tx.objectStore('settings').get('settings'),
    tx.objectStore('state').get('vault'),
    ...stores.map((store) => tx.objectStore(store).count()),
  ]);
  // Breaks and own exercises hold nothing the lock seals (see docs/threat-model.md).
  const locked = vault !== undefined && stores.some((store) => store === 'checkins' || store === 'entries');
  if (locked && !options.reveal) throw new ExportNeedsUnlockError();
  const total = counts.reduce((sum, count) => sum + count, 0);
  let done = 0;
  const records: Partial<RecordsByStore> = {};
  const read = async <T extends { id: string }>(source: PagedSource<T>) => {
    const all: T[] = [];
    await readInPages(source, (page) => {
      signal?.throwIfAborted();
      done += page.length;
      onProgress?.({ step: 'reading', done, total });
      all.push(...page);
    });
    return all;
  };
  try {
    for (const store of stores) {
      if (store === 'checkins') records.checkins = byTime(await read(tx.objectStore('checkins')));
      if (store === 'entries') records.entries = byTime(await read(tx.objectStore('entries')));
      if (store === 'breaks') records.breaks = byTime(await read(tx.objectStore('breaks')));
      if (store === 'exercises') records.exercises = byTime(await read(tx.objectStore('exercises')));
    }
    await tx.done;
  } catch (error) {
    await abortAndSettle(tx);
    throw error;
  }
  const settings = settingsFrom(stored);
  if (!locked || !options.reveal) return { settings, records };
  return { settings, records: await revealAll(records, options.reveal, options) };
}

/** The records with every locked text readable; one that cannot be opened fails (UnreadableTextError). */
async function revealAll(
  records: Partial<RecordsByStore>,
  reveal: Reveal,
  { onProgress, signal }: ExportOptions,
): Promise<Partial<RecordsByStore>> {
  const total = (records.checkins?.length ?? 0) + (records.entries?.length ?? 0);
  let before = 0;
  const open = async <T extends PrivateRecord>(list: T[] | undefined) => {
    if (!list) return undefined;
    const base = before;
    before += list.length;
    return mapBatched(
      list,
      (record) => revealRecord(record, reveal),
      (done) => {
        signal?.throwIfAborted();
        onProgress?.({ step: 'opening', done: base + done, total });
      },
    );
  };
  return {
    checkins: await open(records.checkins),
    entries: await open(records.entries),
    breaks: records.breaks,
    exercises: records.exercises,
  };
}

/**
 * The whole export as the parts of one JSON file: the settings and every record, oldest first. While
 * the lock is on, `reveal` is needed (ExportNeedsUnlockError otherwise) and the file holds readable
 * text, the same bytes as the lock-off export of the same records.
 */
export async function exportJson(now: number, options: ExportOptions = {}): Promise<string[]> {
  const { settings, records } = await readForExport(RECORD_STORES, options);
  const out = new ExportJsonWriter(now, settings);
  for (const store of RECORD_STORES) {
    out.beginStore(store);
    for (const record of records[store] ?? []) out.add(record);
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

/** One store as CSV text in parts (for a Blob), header first, oldest first; the lock as exportJson. */
export async function exportCsv(store: RecordStore, options: ExportOptions = {}): Promise<string[]> {
  const { records } = await readForExport([store], options);
  if (store === 'checkins') return csvOf(records.checkins ?? [], CSV_COLUMNS.checkins);
  if (store === 'entries') return csvOf(records.entries ?? [], CSV_COLUMNS.entries);
  if (store === 'breaks') return csvOf(records.breaks ?? [], CSV_COLUMNS.breaks);
  return csvOf(records.exercises ?? [], CSV_COLUMNS.exercises);
}
