import * as v from 'valibot';
import { claimsEncryptedExport, isEncryptedExport, type EncryptedExport } from '../vault/export-envelope';
import {
  MAX_IMPORT_BYTES,
  RECORD_STORES,
  type ExportFile,
  type ImportProblem,
  type ImportResult,
} from './format';
import { problemFromIssue } from './problems';
import { ExportFileSchema } from './schema';
import { detectVersion, upgradeFile } from './upgrade';

const fail = (problem: ImportProblem): ImportResult<never> => ({ ok: false, problem });

/**
 * Largest encrypted file read: an export of MAX_IMPORT_BYTES grows by a third as base64, plus the
 * envelope's few fields. What it holds is held to MAX_IMPORT_BYTES once decrypted.
 */
export const MAX_ENCRYPTED_IMPORT_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4096;

/** A chosen file: an export ready to preview, or an encrypted one that needs its passphrase first. */
export type ChosenFile =
  { encrypted: false; file: ExportFile } | { encrypted: true; envelope: EncryptedExport };

/** The first id used twice within one store, if any. */
function findDuplicate(file: ExportFile): ImportProblem | null {
  for (const store of RECORD_STORES) {
    const seen = new Set<string>();
    for (const { id } of file[store]) {
      if (seen.has(id)) return { kind: 'duplicate_id', store, id };
      seen.add(id);
    }
  }
  return null;
}

function parseJson(text: string): ImportResult<unknown> {
  try {
    // A byte-order mark, as some editors write, is not part of the JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return fail({ kind: 'not_json' });
  }
}

/** Version (older ones are upgraded, newer refused), then every record, then ids unique per store. */
function validateExport(json: unknown): ImportResult<ExportFile> {
  const version = detectVersion(json);
  if (!version.ok) return version;
  const parsed = v.safeParse(ExportFileSchema, upgradeFile(json, version.value), { abortEarly: true });
  if (!parsed.success) {
    const [issue] = parsed.issues;
    return fail(problemFromIssue(issue));
  }
  const duplicate = findDuplicate(parsed.output);
  return duplicate ? fail(duplicate) : { ok: true, value: parsed.output };
}

/** Reads the text of an export: JSON, then validateExport. Touches no database. */
export function parseExport(text: string): ImportResult<ExportFile> {
  const json = parseJson(text);
  return json.ok ? validateExport(json.value) : json;
}

/** Like parseExport, but an encrypted export comes back as such (or, damaged, as its own problem). */
export function parseImportText(text: string): ImportResult<ChosenFile> {
  const json = parseJson(text);
  if (!json.ok) return json;
  if (claimsEncryptedExport(json.value)) {
    return isEncryptedExport(json.value)
      ? { ok: true, value: { encrypted: true, envelope: json.value } }
      : fail({ kind: 'encrypted_damaged' });
  }
  const file = validateExport(json.value);
  return file.ok ? { ok: true, value: { encrypted: false, file: file.value } } : file;
}

/** A chosen file's text, refusing one larger than `maxBytes` before reading a byte of it. */
async function readText(file: Pick<Blob, 'size' | 'text'>, maxBytes: number): Promise<ImportResult<string>> {
  if (file.size > maxBytes) return fail({ kind: 'too_large', maxBytes: MAX_IMPORT_BYTES });
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return fail({ kind: 'unreadable' });
  }
}

/** Reads a chosen plain export (the encrypted kind is not expected here). */
export async function readExportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult<ExportFile>> {
  const text = await readText(file, MAX_IMPORT_BYTES);
  return text.ok ? parseExport(text.value) : text;
}

/** Reads a chosen file for import: a plain export, or an encrypted one (allowed its base64 growth). */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult<ChosenFile>> {
  const text = await readText(file, MAX_ENCRYPTED_IMPORT_BYTES);
  if (!text.ok) return text;
  const chosen = parseImportText(text.value);
  if (chosen.ok && !chosen.value.encrypted && file.size > MAX_IMPORT_BYTES) {
    return fail({ kind: 'too_large', maxBytes: MAX_IMPORT_BYTES });
  }
  return chosen;
}
