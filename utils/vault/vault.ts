import { base64ToBytes, bytesToBase64 } from './base64';
import { decryptBytes, encryptBytes, gcmParams, IV_BYTES, type CipherBox } from './cipher';
import { CorruptVaultError, WrongPassphraseError } from './errors';
import { deriveKeyEncryptionKey, newKdfParams, type KekUsage } from './kdf';
import { assertNewPassphrase } from './passphrase';
import { keyWrapAad } from './place';
import { secretsFromBytes } from './secrets';
import { isVaultRecord, type VaultRecord, type VaultRecordV1, type VaultRecordV2 } from './vault-record';

/**
 * A vault opened with its passphrase; lives only in page memory. Both keys are non-extractable
 * CryptoKeys, and nothing in it holds a key as bytes or text: the record keeps them only wrapped.
 */
export interface OpenVault {
  /** Always version 2: a version 1 record is converted when opened (the next relock stores it). */
  record: VaultRecordV2;
  /** AES-GCM-256, encrypt/decrypt: locks and reveals text. */
  dataKey: CryptoKey;
  /** ECDH P-256, deriveBits: reveals text sealed to `record.publicKey`. */
  privateKey: CryptoKey;
}

const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** The passphrase key of a vault: wraps and unwraps its keys, and decrypts a version 1 record's. */
const VAULT_KEK_USAGES: readonly KekUsage[] = ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt'];

function newIv(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(IV_BYTES));
}

/** `key` wrapped by `kek` with a fresh IV and `aad`. */
async function wrapKey(
  kek: CryptoKey,
  format: 'raw' | 'pkcs8',
  key: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
): Promise<CipherBox> {
  const iv = newIv();
  const ct = await crypto.subtle.wrapKey(format, key, kek, gcmParams(iv, aad));
  return { iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ct)) };
}

/**
 * The record's keys unwrapped into non-extractable keys. WrongPassphraseError when the data key does
 * not unwrap (GCM cannot tell a wrong passphrase from an altered wrap or parameters); when it does
 * but the private key does not, the record was altered (its id or public key swapped, or damaged).
 */
async function unwrapKeys(kek: CryptoKey, record: VaultRecordV2): Promise<OpenVault> {
  let dataKey: CryptoKey;
  try {
    dataKey = await crypto.subtle.unwrapKey(
      'raw',
      base64ToBytes(record.dataKey.ct),
      kek,
      gcmParams(base64ToBytes(record.dataKey.iv), keyWrapAad('dataKey', record)),
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    throw new WrongPassphraseError(undefined, { cause: error });
  }
  try {
    const privateKey = await crypto.subtle.unwrapKey(
      'pkcs8',
      base64ToBytes(record.privateKey.ct),
      kek,
      gcmParams(base64ToBytes(record.privateKey.iv), keyWrapAad('privateKey', record)),
      P256,
      false,
      ['deriveBits'],
    );
    return { record, dataKey, privateKey };
  } catch (error) {
    throw new CorruptVaultError(
      'The vault record was altered: its id or public key does not match its keys.',
      { cause: error },
    );
  }
}

/**
 * A new vault: random keys wrapped by a key derived from `passphrase`. The record goes to the
 * database; the open vault stays in memory. `iterations` is for tests only (default 600,000).
 * A RangeError for a passphrase that breaks passphraseProblem's rules, a bad time or iteration count.
 */
export async function createVault(
  passphrase: string,
  options: { now: number; iterations?: number },
): Promise<OpenVault> {
  assertNewPassphrase(passphrase);
  if (!Number.isFinite(options.now)) throw new RangeError(`Bad vault creation time: ${options.now}`);
  const kdf = newKdfParams(options.iterations);
  const kek = await deriveKeyEncryptionKey(passphrase, kdf, VAULT_KEK_USAGES);
  // Generated extractable because wrapKey refuses any other key; they live only for this function's
  // one wrap each. The open vault gets non-extractable copies unwrapped from the record.
  const [dataKey, pair] = await Promise.all([
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']),
    crypto.subtle.generateKey(P256, true, ['deriveBits']),
  ]);
  const id = crypto.randomUUID();
  const publicKey = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const record: VaultRecordV2 = {
    v: 2,
    id,
    createdAt: options.now,
    kdf,
    publicKey,
    dataKey: await wrapKey(kek, 'raw', dataKey, keyWrapAad('dataKey', { id, publicKey })),
    privateKey: await wrapKey(kek, 'pkcs8', pair.privateKey, keyWrapAad('privateKey', { id, publicKey })),
  };
  return unwrapKeys(kek, record);
}

/**
 * A version 1 record opened and converted to version 2 (same id, keys and passphrase settings). Its
 * keys were stored as text, so this once they pass through memory as bytes: each is encrypted as
 * wrapKey would (AES-GCM of the raw or PKCS #8 bytes), then unwrapped like any version 2 record.
 */
async function openVersion1(kek: CryptoKey, record: VaultRecordV1): Promise<OpenVault> {
  let plain: Uint8Array;
  try {
    plain = await decryptBytes(kek, record.secrets);
  } catch (error) {
    throw new WrongPassphraseError(undefined, { cause: error });
  }
  const secrets = secretsFromBytes(plain);
  if (secrets.id !== record.id || secrets.publicKey !== record.publicKey) {
    throw new CorruptVaultError(
      'The vault record was altered: its id or public key does not match its secrets.',
    );
  }
  const { id, createdAt, kdf, publicKey } = record;
  const upgraded: VaultRecordV2 = {
    v: 2,
    id,
    createdAt,
    kdf,
    publicKey,
    dataKey: await encryptBytes(kek, base64ToBytes(secrets.dataKey), keyWrapAad('dataKey', record)),
    privateKey: await encryptBytes(kek, base64ToBytes(secrets.privateKey), keyWrapAad('privateKey', record)),
  };
  try {
    return await unwrapKeys(kek, upgraded);
  } catch (error) {
    throw new CorruptVaultError('The vault keys are not usable.', { cause: error });
  }
}

/**
 * Opens a stored vault. WrongPassphraseError when the passphrase does not open its keys (nothing
 * changes, the user can retry); CorruptVaultError when the record is damaged or was altered.
 */
export async function openVault(record: VaultRecord, passphrase: string): Promise<OpenVault> {
  if (!isVaultRecord(record)) throw new CorruptVaultError('The vault record has the wrong shape.');
  // No vault is ever created with an empty passphrase; some WebCrypto versions refuse an empty PBKDF2 key.
  if (passphrase === '') throw new WrongPassphraseError();
  const kek = await deriveKeyEncryptionKey(passphrase, record.kdf, VAULT_KEK_USAGES);
  return record.v === 1 ? openVersion1(kek, record) : unwrapKeys(kek, record);
}
