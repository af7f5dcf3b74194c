import type { EncryptedExport } from '../vault/export-envelope';
import type { VaultRecord } from '../vault/vault-record';
import { MAX_IMPORT_BYTES, type ExportFile, type ImportResult } from './format';
import { findMarkupPlaces, type MarkupPlace } from './markup';
import { MAX_ENCRYPTED_IMPORT_BYTES, parseExport, parseImportText } from './parse';

/**
 * What the import's worker is asked to do: check a chosen file, or the text inside an encrypted one;
 * or seal a checked file's texts to the lock's public key (utils/data/import-file.ts).
 */
export type ImportJob =
  | { kind: 'file'; file: Blob }
  | { kind: 'text'; text: string }
  | { kind: 'seal'; file: ExportFile; record: VaultRecord };

/** How far a check has come: bytes read, then the (single) parse and validation. */
export type CheckProgress = { stage: 'reading'; done: number; total: number } | { stage: 'checking' };

/** A checked file: an export with the places the preview names, or an encrypted one to open first. */
export type CheckedImport =
  | { encrypted: true; envelope: EncryptedExport }
  | { encrypted: false; file: ExportFile; markupPlaces: MarkupPlace[] };

/** What the worker sends back: progress while it works, then one result. */
export type CheckMessage =
  | { kind: 'progress'; progress: CheckProgress }
  | { kind: 'result'; result: ImportResult<CheckedImport> }
  | { kind: 'sealed'; file: ExportFile };

/** Bytes read between two progress reports: often enough to move a bar, rarely enough to cost nothing. */
const REPORT_EVERY_BYTES = 1 << 20;

/** A blob's text as UTF-8 (a byte-order mark dropped, as Blob.text does), reporting bytes read. */
export async function readTextWithProgress(
  blob: Blob,
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let reported = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    if (done - reported >= REPORT_EVERY_BYTES) {
      reported = done;
      onProgress(done, blob.size);
    }
  }
  parts.push(decoder.decode());
  onProgress(done, blob.size);
  return parts.join('');
}

const withMarkup = (file: ExportFile): CheckedImport => ({
  encrypted: false,
  file,
  markupPlaces: findMarkupPlaces(file),
});

/**
 * Reads and checks an import the way the page shows it: size (refused before a byte is read), the
 * text, JSON, version, every record, unique ids; an encrypted file comes back to be opened. The slow
 * part of an import of the largest file, so the page runs it in a worker. Touches no database.
 */
export async function checkImport(
  job: Exclude<ImportJob, { kind: 'seal' }>,
  onProgress: (progress: CheckProgress) => void = () => undefined,
): Promise<ImportResult<CheckedImport>> {
  if (job.kind === 'text') {
    onProgress({ stage: 'checking' });
    const parsed = parseExport(job.text);
    return parsed.ok ? { ok: true, value: withMarkup(parsed.value) } : parsed;
  }
  const { file } = job;
  if (file.size > MAX_ENCRYPTED_IMPORT_BYTES) {
    return { ok: false, problem: { kind: 'too_large', maxBytes: MAX_IMPORT_BYTES } };
  }
  let text: string;
  try {
    text = await readTextWithProgress(file, (done, total) => onProgress({ stage: 'reading', done, total }));
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  onProgress({ stage: 'checking' });
  const chosen = parseImportText(text);
  if (!chosen.ok) return chosen;
  if (chosen.value.encrypted) return { ok: true, value: chosen.value };
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, problem: { kind: 'too_large', maxBytes: MAX_IMPORT_BYTES } };
  return { ok: true, value: withMarkup(chosen.value.file) };
}
