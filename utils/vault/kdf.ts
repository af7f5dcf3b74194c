import { base64ToBytes, bytesToBase64, isBase64Bytes } from './base64';
import { normalizePassphrase } from './passphrase';

/** PBKDF2 rounds for every new vault and encrypted export (OWASP 2023 figure for PBKDF2-HMAC-SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Iterations accepted when reading a record or a file. A low count cannot weaken existing data (the
 * key would simply not match); the ceiling guards against a tampered value making unlock hang.
 * Tests create records with small counts for speed; pages always use PBKDF2_ITERATIONS.
 */
export const MIN_ITERATIONS = 1;
/** See MIN_ITERATIONS: more than this is treated as a damaged record (about 17x the default). */
export const MAX_ITERATIONS = 10_000_000;
/** Bytes of random salt for each new vault or file. */
export const SALT_BYTES = 16;

/** How a key-encryption key is derived from a passphrase; kept beside what it encrypts. */
export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** Base64, SALT_BYTES random bytes. */
  salt: string;
}

/** Whether `iterations` is a whole number in the accepted range. */
export function isAcceptedIterations(iterations: unknown): iterations is number {
  return (
    Number.isInteger(iterations) &&
    Number(iterations) >= MIN_ITERATIONS &&
    Number(iterations) <= MAX_ITERATIONS
  );
}

/** Runtime check of KDF parameters read from storage or a file. */
export function isKdfParams(value: unknown): value is KdfParams {
  if (typeof value !== 'object' || value === null) return false;
  const kdf = value as Partial<Record<keyof KdfParams, unknown>>;
  return (
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    isAcceptedIterations(kdf.iterations) &&
    isBase64Bytes(kdf.salt, SALT_BYTES, 64)
  );
}

/** Fresh parameters with a new random salt; a RangeError for an iteration count outside the range. */
export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  if (!isAcceptedIterations(iterations)) throw new RangeError(`Bad PBKDF2 iteration count: ${iterations}`);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) };
}

/** What a key-encryption key may do: encrypt an export, or wrap the vault's keys (and read a v1 vault's). */
export type KekUsage = 'encrypt' | 'decrypt' | 'wrapKey' | 'unwrapKey';

/**
 * The AES-GCM-256 key-encryption key for a passphrase (normalized to NFC), for `usages` (encrypt and
 * decrypt unless told). Not extractable: it only ever wraps the vault's keys or an export, inside
 * this page.
 */
export async function deriveKeyEncryptionKey(
  passphrase: string,
  kdf: KdfParams,
  usages: readonly KekUsage[] = ['encrypt', 'decrypt'],
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalizePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64ToBytes(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [...usages],
  );
}
