import { isBase64Bytes } from './base64';
import { decodeText, decryptBytes, encodeText, encryptBytes, IV_BYTES, TAG_BYTES } from './cipher';
import { CorruptVaultError, WrongPassphraseError } from './errors';
import { deriveKeyEncryptionKey, isKdfParams, newKdfParams, type KdfParams } from './kdf';
import { assertNewPassphrase } from './passphrase';

/** The `format` value that marks an encrypted export file. */
export const ENCRYPTED_EXPORT_FORMAT = 'thaw-encrypted-export';

/**
 * An encrypted export file: the normal JSON export text, encrypted with its own passphrase (not the
 * vault's), so it can be restored on another device or after the vault is gone.
 */
export interface EncryptedExport {
  format: typeof ENCRYPTED_EXPORT_FORMAT;
  v: 1;
  kdf: KdfParams;
  iv: string;
  ct: string;
}

/**
 * Whether a parsed file says it is an encrypted export, shape aside: lets an import tell "damaged
 * encrypted file" from "not an encrypted export at all".
 */
export function claimsEncryptedExport(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === ENCRYPTED_EXPORT_FORMAT
  );
}

/** Shape check after JSON.parse, to tell an encrypted export from a plain one. */
export function isEncryptedExport(value: unknown): value is EncryptedExport {
  if (!claimsEncryptedExport(value) || Array.isArray(value)) return false;
  const file = value as Partial<Record<keyof EncryptedExport, unknown>>;
  return (
    file.v === 1 &&
    isKdfParams(file.kdf) &&
    isBase64Bytes(file.iv, IV_BYTES, IV_BYTES) &&
    isBase64Bytes(file.ct, TAG_BYTES)
  );
}

/**
 * Encrypts export JSON with a key derived from `passphrase` (fresh salt and IV). `iterations` is for
 * tests only (default 600,000). A RangeError for a passphrase that breaks passphraseProblem's rules.
 */
export async function encryptExport(
  json: string,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<EncryptedExport> {
  assertNewPassphrase(passphrase);
  const kdf = newKdfParams(options.iterations);
  const key = await deriveKeyEncryptionKey(passphrase, kdf);
  // No additional data: the file is one ciphertext with no other place to be moved to, and each header
  // field either feeds the key (salt, iterations) or must have its one value (isEncryptedExport), so
  // a changed header already fails to decrypt. Binding it would only make older Thaws refuse the file.
  const box = await encryptBytes(key, encodeText(json));
  return { format: ENCRYPTED_EXPORT_FORMAT, v: 1, kdf, ...box };
}

/**
 * The export JSON inside an encrypted file. WrongPassphraseError when the passphrase does not decrypt
 * it (GCM cannot tell that from a file altered after writing); CorruptVaultError for a damaged shape.
 */
export async function decryptExport(file: EncryptedExport, passphrase: string): Promise<string> {
  if (!isEncryptedExport(file)) throw new CorruptVaultError('The encrypted export has the wrong shape.');
  if (passphrase === '') throw new WrongPassphraseError();
  const key = await deriveKeyEncryptionKey(passphrase, file.kdf);
  let plain: Uint8Array;
  try {
    plain = await decryptBytes(key, file);
  } catch (error) {
    throw new WrongPassphraseError(undefined, { cause: error });
  }
  try {
    return decodeText(plain);
  } catch (error) {
    throw new CorruptVaultError('The encrypted export does not hold UTF-8 text.', { cause: error });
  }
}
