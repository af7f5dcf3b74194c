import { base64ToBytes, bytesToBase64 } from './base64';
import { decryptBytes, encryptBytes, encodeText } from './cipher';
import { CorruptVaultError } from './errors';
import type { SealedText } from './protected-text';
import type { VaultRecord } from './vault-record';

const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** HKDF context: names this scheme and version so the shared secret is never reused for anything else. */
const SEAL_INFO = encodeText('thaw seal v1');

/** The last vault public key imported, by its base64: a popup seals to the same key again and again. */
let cachedPublicKey: { base64: string; key: Promise<CryptoKey> } | undefined;

function importVaultPublicKey(base64: string): Promise<CryptoKey> {
  const cached = cachedPublicKey;
  if (cached?.base64 === base64) return cached.key;
  const key = crypto.subtle.importKey('raw', base64ToBytes(base64), P256, true, []);
  cachedPublicKey = { base64, key };
  key.catch(() => {
    if (cachedPublicKey?.key === key) cachedPublicKey = undefined;
  });
  return key;
}

/**
 * The one-off AES-GCM-256 key for a sealed text: ECDH between one side's private key and the other's
 * public key, through HKDF-SHA-256 salted with the ephemeral public key. Both sides get the same key.
 */
async function sealKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralPublic: Uint8Array<ArrayBuffer>,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralPublic, info: SEAL_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Seals text to a vault with only its public record, for pages that are not unlocked: a fresh
 * ephemeral key pair per text, so the page keeps nothing that could read it back.
 * CorruptVaultError when the record's public key is not a valid P-256 point.
 */
export async function sealText(record: VaultRecord, text: string): Promise<SealedText> {
  let vaultPublic: CryptoKey;
  try {
    vaultPublic = await importVaultPublicKey(record.publicKey);
  } catch (error) {
    throw new CorruptVaultError('The vault public key is not usable.', { cause: error });
  }
  const ephemeral = await crypto.subtle.generateKey(P256, false, ['deriveBits']);
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await sealKey(ephemeral.privateKey, vaultPublic, epk, 'encrypt');
  const box = await encryptBytes(key, encodeText(text));
  return { v: 1, vault: record.id, epk: bytesToBase64(epk), ...box };
}

/** The bytes of a sealed text, with the vault's private key. Rejects when the text was altered. */
export async function openSealedBytes(privateKey: CryptoKey, sealed: SealedText): Promise<Uint8Array> {
  const epk = base64ToBytes(sealed.epk);
  const ephemeralPublic = await crypto.subtle.importKey('raw', epk, P256, true, []);
  const key = await sealKey(privateKey, ephemeralPublic, epk, 'decrypt');
  return decryptBytes(key, sealed);
}
