import { isBase64Bytes } from './base64';
import { IV_BYTES, TAG_BYTES, type CipherBox } from './cipher';
import { isKdfParams, type KdfParams } from './kdf';
import { isVaultId, P256_POINT_BYTES } from './protected-text';
import { DATA_KEY_BYTES } from './secrets';

/**
 * Kept in the database while the lock is on. `id` is random per vault (new on every passphrase
 * change) and is stamped on every ProtectedText as `vault`. Only strings and numbers, so it survives
 * structured clone and JSON.
 */
interface VaultRecordBase {
  id: string;
  createdAt: number;
  kdf: KdfParams;
  /** Raw uncompressed P-256 point, base64: lets a page that is not unlocked seal new text. */
  publicKey: string;
}

/**
 * Version 1: both keys as one JSON text (base64 strings) encrypted with the passphrase-derived key.
 * Read only; opening one gives the vault as version 2, which the next relock stores.
 */
export interface VaultRecordV1 extends VaultRecordBase {
  v: 1;
  secrets: CipherBox;
}

/**
 * Version 2: each key wrapped on its own (WebCrypto wrapKey, AES-GCM, bound by keyWrapAad), so
 * opening unwraps them straight into non-extractable keys and no key is ever a string in memory.
 */
export interface VaultRecordV2 extends VaultRecordBase {
  v: 2;
  /** The raw AES-GCM-256 data key, wrapped. */
  dataKey: CipherBox;
  /** The ECDH P-256 private key, PKCS #8, wrapped. */
  privateKey: CipherBox;
}

export type VaultRecord = VaultRecordV1 | VaultRecordV2;

/** Whether `value` is an IV and ciphertext of `min` to `max` plaintext bytes, in base64. */
function isBox(value: unknown, min: number, max = Infinity): value is CipherBox {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Partial<Record<keyof CipherBox, unknown>>;
  return isBase64Bytes(box.iv, IV_BYTES, IV_BYTES) && isBase64Bytes(box.ct, TAG_BYTES + min, TAG_BYTES + max);
}

/** Runtime check for a record read from storage: shape, sizes, base64 and a sane iteration count. */
export function isVaultRecord(value: unknown): value is VaultRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Partial<Record<keyof VaultRecordV1 | keyof VaultRecordV2, unknown>>;
  const keys =
    record.v === 1
      ? isBox(record.secrets, 0)
      : record.v === 2 &&
        isBox(record.dataKey, DATA_KEY_BYTES, DATA_KEY_BYTES) &&
        isBox(record.privateKey, 1);
  return (
    keys &&
    isVaultId(record.id) &&
    typeof record.createdAt === 'number' &&
    Number.isFinite(record.createdAt) &&
    isKdfParams(record.kdf) &&
    isBase64Bytes(record.publicKey, P256_POINT_BYTES, P256_POINT_BYTES) &&
    record.publicKey.startsWith('B') // 0x04: the uncompressed point marker
  );
}
