import * as v from 'valibot';
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

/**
 * Reads the text of an export: JSON, then its version (older ones are upgraded, newer refused),
 * then every record against the schema, then ids unique per store. Touches no database.
 */
export function parseExport(text: string): ImportResult<ExportFile> {
  let json: unknown;
  try {
    // A byte-order mark, as some editors write, is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'not_json' });
  }
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

/** Reads a chosen file, refusing one too large before reading a byte of it. */
export async function readExportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult<ExportFile>> {
  if (file.size > MAX_IMPORT_BYTES) return fail({ kind: 'too_large', maxBytes: MAX_IMPORT_BYTES });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail({ kind: 'unreadable' });
  }
  return parseExport(text);
}
