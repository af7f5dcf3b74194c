import { getDb } from '../db/connection';
import { RECORD_STORES, type ExportFile, type RecordStore } from './format';
import { findMarkupPlaces, type MarkupPlace } from './markup';

export type StoreCounts = Record<RecordStore, number>;

/** What an import would do, shown before anything is written. */
export interface ImportPreview {
  /** Records in the file, by store. */
  inFile: StoreCounts;
  /** Records in the file whose id is already here: merging skips them. */
  alreadyHere: StoreCounts;
  /** Records here now: replacing removes them. */
  here: StoreCounts;
  /** When the file was written (0 when the file does not say). */
  exportedAt: number;
  /** Records whose text looks like HTML or script: imported unchanged, but named beforehand. */
  markupPlaces: MarkupPlace[];
}

export const zero = (): StoreCounts => ({ checkins: 0, entries: 0, breaks: 0, exercises: 0 });

/**
 * Compares a file with the database by id. Reads only keys, in one read-only transaction. The
 * markup places may come already found (by the import's worker).
 */
export async function previewImport(
  file: ExportFile,
  markupPlaces: MarkupPlace[] = findMarkupPlaces(file),
): Promise<ImportPreview> {
  const tx = (await getDb()).transaction(RECORD_STORES, 'readonly');
  const preview: ImportPreview = {
    inFile: zero(),
    alreadyHere: zero(),
    here: zero(),
    exportedAt: file.exportedAt,
    markupPlaces,
  };
  for (const store of RECORD_STORES) {
    const keys = new Set<string>(await tx.objectStore(store).getAllKeys());
    const records: readonly { id: string }[] = file[store];
    preview.inFile[store] = records.length;
    preview.here[store] = keys.size;
    preview.alreadyHere[store] = records.filter((record) => keys.has(record.id)).length;
  }
  await tx.done;
  return preview;
}

export const total = (counts: StoreCounts): number =>
  counts.checkins + counts.entries + counts.breaks + counts.exercises;
