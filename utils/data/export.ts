import { getDb } from '../db/connection';
import { BLOCK, partKeys } from '../db/export-parts';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { ChunkedText } from './chunks';
import { CSV_BOM, csvRow } from './csv';
import { CSV_COLUMNS, type Column } from './csv-columns';
import type { Reveal } from '../lock/records';
import { exportCsvRevealed, exportJsonRevealed } from './export-revealed';
import { RECORD_STORES, type RecordStore } from './format';
import { ExportJsonWriter } from './json-writer';
import { readInPages, type PagedSource } from './read-pages';

/** Opens locked texts for an export while the lock is on (with the vault open in the page). */
export interface ExportOptions {
  reveal?: Reveal;
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

/**
 * The whole export as parts of a Blob: settings and every record, in time order, from the export
 * parts kept ready with every write (utils/db/export-parts.ts), all read in one read-only
 * transaction so the file is one consistent moment of the database. The parts' bytes are never read
 * here: the download copies them. While the lock is on, `reveal` is needed (ExportNeedsUnlockError
 * otherwise) and the file holds readable text.
 */
export async function exportJson(now: number, options: ExportOptions = {}): Promise<BlobPart[]> {
  if (options.reveal) return exportJsonRevealed(now, options.reveal);
  const tx = (await getDb()).transaction(['settings', 'state', 'exportParts'], 'readonly');
  const parts = tx.objectStore('exportParts');
  const [stored, vault, ...stores] = await Promise.all([
    tx.objectStore('settings').get('settings'),
    tx.objectStore('state').get('vault'),
    ...RECORD_STORES.map((store) => parts.getAll(partKeys(store, BLOCK))),
  ]);
  await tx.done;
  if (vault !== undefined) throw new ExportNeedsUnlockError();
  const out = new ExportJsonWriter(now, { ...DEFAULT_SETTINGS, ...stored });
  RECORD_STORES.forEach((store, i) => {
    out.beginStore(store);
    for (const part of stores[i] ?? []) out.addPart(part.json);
    out.endStore();
  });
  return out.finish();
}

async function writeCsv<T extends { id: string }>(source: PagedSource<T>, columns: Column<T>[]) {
  const out = new ChunkedText();
  out.push(CSV_BOM + csvRow(columns.map((column) => column.name)));
  await readInPages(source, (page) => {
    for (const record of page) out.push(csvRow(columns.map((column) => column.value(record))));
  });
  return out.finish();
}

/**
 * One store as CSV text in parts (for a Blob), header first. Check-ins and entries while the lock is
 * on need `reveal`, as exportJson; breaks hold no private text and never do.
 */
export async function exportCsv(store: RecordStore, options: ExportOptions = {}): Promise<string[]> {
  if (options.reveal && store !== 'breaks') return exportCsvRevealed(store, options.reveal);
  const tx = (await getDb()).transaction([store, 'state'], 'readonly');
  if (store !== 'breaks' && (await tx.objectStore('state').get('vault')) !== undefined) {
    throw new ExportNeedsUnlockError();
  }
  const parts =
    store === 'checkins'
      ? await writeCsv(tx.objectStore('checkins'), CSV_COLUMNS.checkins)
      : store === 'entries'
        ? await writeCsv(tx.objectStore('entries'), CSV_COLUMNS.entries)
        : await writeCsv(tx.objectStore('breaks'), CSV_COLUMNS.breaks);
  await tx.done;
  return parts;
}
