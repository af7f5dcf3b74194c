import { isBase64Bytes } from './base64';
import { IV_BYTES, TAG_BYTES } from './cipher';
import { isKdfParams, type KdfParams } from './kdf';
import { isVaultId, P256_POINT_BYTES } from './protected-text';

/**
 * Kept in the database while the lock is on. `id` is random per vault (new on every passphrase
 * change) and is stamped on every ProtectedText as `vault`. Only strings and numbers, so it survives
 * structured clone and JSON.
 */
export interface VaultRecord {
  v: 1;
  id: string;
  createdAt: number;
  kdf: KdfParams;
  /** The data key and the private key, encrypted with the passphrase-derived key. */
  secrets: { iv: string; ct: string };
  /** Raw uncompressed P-256 point, base64: lets a page that is not unlocked seal new text. */
  publicKey: string;
}

/** Runtime check for a record read from storage: shape, sizes, base64 and a sane iteration count. */
export function isVaultRecord(value: unknown): value is VaultRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Partial<Record<keyof VaultRecord, unknown>>;
  const secrets = record.secrets as Partial<Record<'iv' | 'ct', unknown>> | null | undefined;
  return (
    record.v === 1 &&
    isVaultId(record.id) &&
    typeof record.createdAt === 'number' &&
    Number.isFinite(record.createdAt) &&
    isKdfParams(record.kdf) &&
    typeof secrets === 'object' &&
    secrets !== null &&
    isBase64Bytes(secrets.iv, IV_BYTES, IV_BYTES) &&
    isBase64Bytes(secrets.ct, TAG_BYTES) &&
    isBase64Bytes(record.publicKey, P256_POINT_BYTES, P256_POINT_BYTES) &&
    record.publicKey.startsWith('B') // 0x04: the uncompressed point marker
  );
}
