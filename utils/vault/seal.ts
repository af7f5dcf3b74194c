import { base64ToBytes, bytesToBase64 } from './base64';
import { decryptBytes, encryptBytes, encodeText } from './cipher';
import { CorruptVaultError } from './errors';
import { TEXT_FORMAT, textAad, type TextPlace } from './place';
import type { SealedText } from './protected-text';
import type { VaultRecord } from './vault-record';

const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** HKDF context of v1 texts: names the scheme and version so the shared secret is used for nothing else. */
const SEAL_INFO_V1 = encodeText('thaw seal v1');
/** The start of the v2 HKDF context; the ephemeral and the vault public keys follow it (sealInfo). */
const SEAL_INFO_V2 = encodeText('thaw seal v2');

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
 * The HKDF info of a sealed text. v2 binds both public keys (each a fixed 65 bytes after a fixed
 * label, so the parts cannot shift): a text sealed to one vault key derives another key under any
 * other, even one that shares the private key's ECDH result.
 */
function sealInfo(
  version: SealedText['v'],
  ephemeralPublic: Uint8Array<ArrayBuffer>,
  vaultPublic: Uint8Array<ArrayBuffer>,
): Uint8Array<ArrayBuffer> {
  if (version === 1) return SEAL_INFO_V1;
  const info = new Uint8Array(SEAL_INFO_V2.length + ephemeralPublic.length + vaultPublic.length);
  info.set(SEAL_INFO_V2);
  info.set(ephemeralPublic, SEAL_INFO_V2.length);
  info.set(vaultPublic, SEAL_INFO_V2.length + ephemeralPublic.length);
  return info;
}

/**
 * The one-off AES-GCM-256 key for a sealed text: ECDH between one side's private key and the other's
 * public key, through HKDF-SHA-256 salted with the ephemeral public key. Both sides get the same key.
 */
async function sealKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  salt: Uint8Array<ArrayBuffer>,
  info: Uint8Array<ArrayBuffer>,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Seals text to a vault with only its public record, for pages that are not unlocked: a fresh
 * ephemeral key pair per text, so the page keeps nothing that could read it back. Always v2, bound
 * to `place`. CorruptVaultError when the record's public key is not a valid P-256 point.
 */
export async function sealText(record: VaultRecord, text: string, place: TextPlace): Promise<SealedText> {
  let vaultPublic: CryptoKey;
  try {
    vaultPublic = await importVaultPublicKey(record.publicKey);
  } catch (error) {
    throw new CorruptVaultError('The vault public key is not usable.', { cause: error });
  }
  const ephemeral = await crypto.subtle.generateKey(P256, false, ['deriveBits']);
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const info = sealInfo(TEXT_FORMAT, epk, base64ToBytes(record.publicKey));
  const key = await sealKey(ephemeral.privateKey, vaultPublic, epk, info, 'encrypt');
  const box = await encryptBytes(key, encodeText(text), textAad(place));
  return { v: TEXT_FORMAT, vault: record.id, epk: bytesToBase64(epk), ...box };
}

/**
 * The bytes of a sealed text, with the vault's private key and its public key (base64, as in the
 * record). A v2 text opens only at `place`; a v1 text was bound to nothing. Rejects when the text
 * was altered, moved, or sealed to another public key.
 */
export async function openSealedBytes(
  vault: { privateKey: CryptoKey; publicKey: string },
  sealed: SealedText,
  place: TextPlace,
): Promise<Uint8Array> {
  const epk = base64ToBytes(sealed.epk);
  const ephemeralPublic = await crypto.subtle.importKey('raw', epk, P256, true, []);
  const info = sealInfo(sealed.v, epk, base64ToBytes(vault.publicKey));
  const key = await sealKey(vault.privateKey, ephemeralPublic, epk, info, 'decrypt');
  return decryptBytes(key, sealed, sealed.v === 1 ? undefined : textAad(place));
}
