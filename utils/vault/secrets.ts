import { bytesToBase64, isBase64Bytes } from './base64';
import { decodeText, encodeText } from './cipher';
import { CorruptVaultError } from './errors';
import { P256_POINT_BYTES } from './protected-text';

/** Bytes of the AES-256 data key. */
export const DATA_KEY_BYTES = 32;

/**
 * What a version 1 vault record's passphrase protects, before encryption: the keys as base64 text.
 * Read when such a record is opened (once: the relock stores it as version 2, keys wrapped one by
 * one); newSecrets and secretsToBytes remain to build version 1 records in tests. The vault id and
 * public key are repeated inside so opening can prove the clear copies in the record were not swapped.
 */
export interface VaultSecrets {
  id: string;
  /** Raw AES-GCM-256 key, base64. */
  dataKey: string;
  /** ECDH P-256 private key, PKCS #8, base64. */
  privateKey: string;
  /** The matching raw public point, base64, equal to the record's `publicKey`. */
  publicKey: string;
}

/** The secrets as the bytes that get encrypted (JSON, UTF-8). */
export function secretsToBytes(secrets: VaultSecrets): Uint8Array<ArrayBuffer> {
  return encodeText(JSON.stringify(secrets));
}

/** Decrypted bytes back to secrets; CorruptVaultError when they are not what secretsToBytes wrote. */
export function secretsFromBytes(bytes: Uint8Array): VaultSecrets {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes));
  } catch (error) {
    throw new CorruptVaultError('The vault secrets are not readable.', { cause: error });
  }
  const secrets = (typeof value === 'object' && value !== null ? value : {}) as Partial<VaultSecrets>;
  const { id, dataKey, privateKey, publicKey } = secrets;
  if (
    typeof id !== 'string' ||
    !isBase64Bytes(dataKey, DATA_KEY_BYTES, DATA_KEY_BYTES) ||
    !isBase64Bytes(privateKey, 1) ||
    !isBase64Bytes(publicKey, P256_POINT_BYTES, P256_POINT_BYTES)
  ) {
    throw new CorruptVaultError('The vault secrets have the wrong shape.');
  }
  return { id, dataKey, privateKey, publicKey };
}

/** A new vault's secrets: a random data key and a fresh ECDH P-256 key pair, exported once. */
export async function newSecrets(id: string): Promise<VaultSecrets> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.exportKey('pkcs8', pair.privateKey),
    crypto.subtle.exportKey('raw', pair.publicKey),
  ]);
  return {
    id,
    dataKey: bytesToBase64(crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES))),
    privateKey: bytesToBase64(new Uint8Array(privateKey)),
    publicKey: bytesToBase64(new Uint8Array(publicKey)),
  };
}
