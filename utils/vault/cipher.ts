import { base64ToBytes, bytesToBase64 } from './base64';

/** AES-GCM nonce size: 96 bits, fresh from the random generator for every encryption. */
export const IV_BYTES = 12;
/** AES-GCM authentication tag size: every ciphertext is at least this long. */
export const TAG_BYTES = 16;

/** AES-GCM output as stored: nonce and ciphertext (with its tag), both base64. */
export interface CipherBox {
  iv: string;
  ct: string;
}

/** AES-GCM parameters for `iv`, with `aad` as additional data when there is some. */
export function gcmParams(iv: Uint8Array<ArrayBuffer>, aad?: Uint8Array<ArrayBuffer>): AesGcmParams {
  return aad ? { name: 'AES-GCM', iv, additionalData: aad } : { name: 'AES-GCM', iv };
}

/**
 * Encrypts bytes under `key` with a fresh random IV: one WebCrypto call, no key import. `aad` is
 * authenticated with them: decryption fails unless it is given the same bytes.
 */
export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<CipherBox> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(gcmParams(iv, aad), key, plain);
  return { iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ct)) };
}

/**
 * Decrypts a box made by encryptBytes (with the same `aad`). Rejects (with WebCrypto's OperationError, or a TypeError for
 * bad base64) when the key is wrong or anything was altered; callers turn that into their own error.
 */
export async function decryptBytes(
  key: CryptoKey,
  box: CipherBox,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = base64ToBytes(box.iv);
  const plain = await crypto.subtle.decrypt(gcmParams(iv, aad), key, base64ToBytes(box.ct));
  return new Uint8Array(plain);
}

const encoder = new TextEncoder();
/** Strict and BOM-preserving, so text comes back exactly as it went in. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text as UTF-8 bytes. */
export function encodeText(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** UTF-8 bytes as text; a TypeError on invalid UTF-8 rather than silent replacement characters. */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
