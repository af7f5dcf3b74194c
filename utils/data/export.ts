import { getDb } from '../db/connection';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { ChunkedText } from './chunks';
import { CSV_BOM, csvRow } from './csv';
import { CSV_COLUMNS, type Column } from './csv-columns';
import { EXPORT_FORMAT, EXPORT_VERSION, RECORD_STORES, type RecordStore } from './format';
import { readInPages, type PagedSource } from './read-pages';

/**
 * The whole export as JSON text in parts (for a Blob): settings and every record, read page by page
 * in one read-only transaction, so the file is one consistent moment of the database.
 */
export async function exportJson(now: number): Promise<string[]> {
  const tx = (await getDb()).transaction(['settings', ...RECORD_STORES], 'readonly');
  const out = new ChunkedText();
  const settings = { ...DEFAULT_SETTINGS, ...(await tx.objectStore('settings').get('settings')) };
  out.push(`{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":${now},\n`);
  out.push(`"settings":${JSON.stringify(settings)}`);
  for (const store of RECORD_STORES) {
    out.push(`,\n"${store}":[`);
    let separator = '\n';
    await readInPages<{ id: string }>(tx.objectStore(store), (page) => {
      for (const record of page) {
        out.push(separator + JSON.stringify(record));
        separator = ',\n';
      }
    });
    out.push('\n]');
  }
  out.push('}\n');
  await tx.done;
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

/** One store as CSV text in parts (for a Blob), header first. */
export async function exportCsv(store: RecordStore): Promise<string[]> {
  const tx = (await getDb()).transaction(store, 'readonly');
  const parts =
    store === 'checkins'
      ? await writeCsv(tx.objectStore('checkins'), CSV_COLUMNS.checkins)
      : store === 'entries'
        ? await writeCsv(tx.objectStore('entries'), CSV_COLUMNS.entries)
        : await writeCsv(tx.objectStore('breaks'), CSV_COLUMNS.breaks);
  await tx.done;
  return parts;
}
