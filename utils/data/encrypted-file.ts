import { CorruptVaultError } from '../vault/errors';
import { decryptExport, encryptExport, type EncryptedExport } from '../vault/export-envelope';
import type { ExportFile, ImportResult } from './format';
import { parseExport } from './parse';

/**
 * A finished JSON export encrypted with its own passphrase, as the parts of one JSON file: a copy
 * that is safe to keep on a shared disk or a cloud folder. `iterations` is for tests only.
 */
export async function encryptExportParts(
  parts: readonly BlobPart[],
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<string[]> {
  const json = await new Blob([...parts]).text();
  return [`${JSON.stringify(await encryptExport(json, passphrase, options))}\n`];
}

/**
 * The export inside an encrypted file, validated like any other. A WrongPassphraseError is thrown
 * for the page to ask again (nothing was read into the database); a damaged envelope or content that
 * is not text comes back as the `encrypted_damaged` problem.
 */
export async function openEncryptedFile(
  envelope: EncryptedExport,
  passphrase: string,
): Promise<ImportResult<ExportFile>> {
  const text = await decryptImportText(envelope, passphrase);
  return text.ok ? parseExport(text.value) : text;
}

/**
 * The export text inside an encrypted file, not yet checked (the page checks it in a worker).
 * WrongPassphraseError and `encrypted_damaged` as openEncryptedFile.
 */
export async function decryptImportText(
  envelope: EncryptedExport,
  passphrase: string,
): Promise<ImportResult<string>> {
  try {
    return { ok: true, value: await decryptExport(envelope, passphrase) };
  } catch (error) {
    if (error instanceof CorruptVaultError) return { ok: false, problem: { kind: 'encrypted_damaged' } };
    throw error;
  }
}
