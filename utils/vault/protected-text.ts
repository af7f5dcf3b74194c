import { isBase64Bytes } from './base64';
import { IV_BYTES, TAG_BYTES } from './cipher';

/** Bytes of a raw uncompressed P-256 point (0x04, x, y): the vault public key and each ephemeral key. */
export const P256_POINT_BYTES = 65;
/** Longest vault id accepted from storage (ours are 36-character UUIDs). */
export const MAX_VAULT_ID_LENGTH = 128;

/**
 * The formats a protected text may be in. 1: AES-GCM alone (read, never written; rewritten as 2 when
 * the lock next opens). 2: bound to its place (utils/vault/place.ts); a sealed one's key also binds
 * the vault's public key.
 */
export type TextVersion = 1 | 2;

/** Text encrypted with the vault's data key, by a page that has the vault open. */
export interface LockedText {
  v: TextVersion;
  /** The id of the vault that can read it. */
  vault: string;
  iv: string;
  ct: string;
}

/**
 * Text sealed to the vault's public key by a page that cannot unlock (the toolbar popup, an import):
 * `epk` is the sender's ephemeral P-256 public key, raw, base64.
 */
export interface SealedText {
  v: TextVersion;
  vault: string;
  epk: string;
  iv: string;
  ct: string;
}

/** A text field as stored while the lock is on: either kind; revealText reads both. */
export type ProtectedText = LockedText | SealedText;

/** Whether the text was sealed to the public key (reading it costs one ECDH step more). */
export function isSealed(p: ProtectedText): p is SealedText {
  return 'epk' in p;
}

/** Whether `value` is a usable vault id. */
export function isVaultId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_VAULT_ID_LENGTH;
}

/**
 * Runtime check for values read from storage or files: shape, a known version and well-formed base64 of the
 * right sizes. It does not prove the text authenticates; revealText does.
 */
export function isProtectedText(value: unknown): value is ProtectedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const text = value as Partial<Record<keyof SealedText, unknown>>;
  return (
    (text.v === 1 || text.v === 2) &&
    isVaultId(text.vault) &&
    isBase64Bytes(text.iv, IV_BYTES, IV_BYTES) &&
    isBase64Bytes(text.ct, TAG_BYTES) &&
    (!('epk' in text) || isBase64Bytes(text.epk, P256_POINT_BYTES, P256_POINT_BYTES))
  );
}
