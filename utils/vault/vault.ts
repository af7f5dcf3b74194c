import { base64ToBytes } from './base64';
import { decryptBytes, encryptBytes } from './cipher';
import { CorruptVaultError, WrongPassphraseError } from './errors';
import { deriveKeyEncryptionKey, newKdfParams } from './kdf';
import { assertNewPassphrase } from './passphrase';
import { newSecrets, secretsFromBytes, secretsToBytes, type VaultSecrets } from './secrets';
import { isVaultRecord, type VaultRecord } from './vault-record';

/** A vault opened with its passphrase; lives only in page memory. Both keys are non-extractable. */
export interface OpenVault {
  record: VaultRecord;
  /** AES-GCM-256, encrypt/decrypt: locks and reveals text. */
  dataKey: CryptoKey;
  /** ECDH P-256, deriveBits: reveals text sealed to `record.publicKey`. */
  privateKey: CryptoKey;
}

/** Imports the secrets as non-extractable keys; CorruptVaultError when WebCrypto refuses them. */
async function importSecrets(record: VaultRecord, secrets: VaultSecrets): Promise<OpenVault> {
  try {
    const [dataKey, privateKey] = await Promise.all([
      crypto.subtle.importKey('raw', base64ToBytes(secrets.dataKey), 'AES-GCM', false, [
        'encrypt',
        'decrypt',
      ]),
      crypto.subtle.importKey(
        'pkcs8',
        base64ToBytes(secrets.privateKey),
        { name: 'ECDH', namedCurve: 'P-256' },
        false,
        ['deriveBits'],
      ),
    ]);
    return { record, dataKey, privateKey };
  } catch (error) {
    throw new CorruptVaultError('The vault keys are not usable.', { cause: error });
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
  const secrets = await newSecrets(crypto.randomUUID());
  const kek = await deriveKeyEncryptionKey(passphrase, kdf);
  const record: VaultRecord = {
    v: 1,
    id: secrets.id,
    createdAt: options.now,
    kdf,
    secrets: await encryptBytes(kek, secretsToBytes(secrets)),
    publicKey: secrets.publicKey,
  };
  return importSecrets(record, secrets);
}

/**
 * Opens a stored vault. WrongPassphraseError when the passphrase does not decrypt the secrets (nothing
 * changes, the user can retry); CorruptVaultError when the record is damaged or was altered.
 */
export async function openVault(record: VaultRecord, passphrase: string): Promise<OpenVault> {
  if (!isVaultRecord(record)) throw new CorruptVaultError('The vault record has the wrong shape.');
  // No vault is ever created with an empty passphrase; some WebCrypto versions refuse an empty PBKDF2 key.
  if (passphrase === '') throw new WrongPassphraseError();
  const kek = await deriveKeyEncryptionKey(passphrase, record.kdf);
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
  return importSecrets(record, secrets);
}
