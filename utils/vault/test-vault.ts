/**
 * Helpers for the vault tests only (never imported by the extension).
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { encodeText, encryptBytes } from './cipher';
import { deriveKeyEncryptionKey, newKdfParams } from './kdf';
import type { TextPlace } from './place';
import type { LockedText, SealedText } from './protected-text';
import { newSecrets, secretsToBytes } from './secrets';
import { createVault, type OpenVault } from './vault';
import type { VaultRecordV1 } from './vault-record';

/** PBKDF2 rounds for tests: fast, still a real derivation. */
export const FAST_ITERATIONS = 1000;
export const PASSPHRASE = 'correct horse battery staple';
export const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** A new vault with FAST_ITERATIONS. */
export function fastVault(passphrase = PASSPHRASE): Promise<OpenVault> {
  return createVault(passphrase, { now: NOW, iterations: FAST_ITERATIONS });
}

/** The base64 text with one character changed, still well-formed base64 of the same length. */
export function flipBase64(text: string, at = 2): string {
  const replacement = text[at] === 'A' ? 'B' : 'A';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}

/** Unicode, emoji (with joiners and skin tones), a byte-order mark, long and empty texts. */
export const SAMPLE_TEXTS = [
  '',
  'Felt calm after the walk.',
  'Ánimo, niño: ça va? 日本語のテキスト — Ελληνικά',
  '🙂 👩🏽‍💻 🏳️‍🌈 family: 👨‍👩‍👧‍👦',
  '\uFEFFstarts with a byte-order mark',
  'line one\nline two\r\n\ttabbed \u0000 nul',
  'long '.repeat(4000),
];

/** A place for texts that tests protect without storing them. */
export const TEST_PLACE: TextPlace = { store: 'entries', id: 'entry-1', field: 'text' };

/**
 * A vault as version 1 wrote it, with texts in format 1 (AES-GCM bound to nothing, sealing keyed by
 * the ephemeral key alone): what a database kept before format 2 holds.
 */
export interface LegacyVault {
  record: VaultRecordV1;
  lock: (text: string) => Promise<LockedText>;
  seal: (text: string) => Promise<SealedText>;
}

export async function legacyVault(passphrase = PASSPHRASE): Promise<LegacyVault> {
  const kdf = newKdfParams(FAST_ITERATIONS);
  const secrets = await newSecrets(crypto.randomUUID());
  const kek = await deriveKeyEncryptionKey(passphrase, kdf);
  const record: VaultRecordV1 = {
    v: 1,
    id: secrets.id,
    createdAt: NOW,
    kdf,
    secrets: await encryptBytes(kek, secretsToBytes(secrets)),
    publicKey: secrets.publicKey,
  };
  const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;
  const dataKey = await crypto.subtle.importKey('raw', base64ToBytes(secrets.dataKey), 'AES-GCM', false, [
    'encrypt',
  ]);
  const vaultPublic = await crypto.subtle.importKey('raw', base64ToBytes(secrets.publicKey), P256, true, []);
  return {
    record,
    lock: async (text) => ({ v: 1, vault: record.id, ...(await encryptBytes(dataKey, encodeText(text))) }),
    seal: async (text) => {
      const ephemeral = await crypto.subtle.generateKey(P256, false, ['deriveBits']);
      const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
      const shared = await crypto.subtle.deriveBits(
        { name: 'ECDH', public: vaultPublic },
        ephemeral.privateKey,
        256,
      );
      const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
      const key = await crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: epk, info: encodeText('thaw seal v1') },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt'],
      );
      const box = await encryptBytes(key, encodeText(text));
      return { v: 1, vault: record.id, epk: bytesToBase64(epk), ...box };
    },
  };
}
