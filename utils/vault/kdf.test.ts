import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';
import { decryptBytes, encodeText, encryptBytes } from './cipher';
import {
  deriveKeyEncryptionKey,
  isAcceptedIterations,
  isKdfParams,
  MAX_ITERATIONS,
  newKdfParams,
  PBKDF2_ITERATIONS,
} from './kdf';

describe('PBKDF2 parameters', () => {
  it('default to at least 600,000 iterations of SHA-256', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const kdf = newKdfParams();
    expect(kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(isKdfParams(kdf)).toBe(true);
  });

  it('get a fresh 16-byte salt each time', () => {
    const salts = new Set(Array.from({ length: 20 }, () => newKdfParams(1000).salt));
    expect(salts.size).toBe(20);
    for (const salt of salts) expect(base64ToBytes(salt)).toHaveLength(16);
  });

  it('refuse iteration counts outside 1..10,000,000', () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity, MAX_ITERATIONS + 1, 1e9]) {
      expect(isAcceptedIterations(bad)).toBe(false);
      expect(() => newKdfParams(bad)).toThrow(RangeError);
    }
    expect(isAcceptedIterations('1000')).toBe(false);
    expect(isAcceptedIterations(1)).toBe(true);
    expect(isAcceptedIterations(MAX_ITERATIONS)).toBe(true);
  });

  it('reject stored parameters with a wrong field', () => {
    const good = newKdfParams(1000);
    expect(isKdfParams(good)).toBe(true);
    for (const bad of [
      null,
      'PBKDF2',
      { ...good, name: 'scrypt' },
      { ...good, hash: 'SHA-1' },
      { ...good, iterations: 0 },
      { ...good, iterations: 1e9 },
      { ...good, salt: 'not base64!' },
      { ...good, salt: 'AAAA' },
      { name: good.name, hash: good.hash, iterations: good.iterations },
    ]) {
      expect(isKdfParams(bad)).toBe(false);
    }
  });
});

describe('deriveKeyEncryptionKey', () => {
  it('gives a non-extractable AES-GCM-256 key that only the same passphrase and salt reproduce', async () => {
    const kdf = newKdfParams(1000);
    const key = await deriveKeyEncryptionKey('caf\u00e9 au lait', kdf);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    const box = await encryptBytes(key, encodeText('secret'));

    const decomposed = await deriveKeyEncryptionKey('cafe\u0301 au lait', kdf);
    expect(new TextDecoder().decode(await decryptBytes(decomposed, box))).toBe('secret');

    const otherSalt = await deriveKeyEncryptionKey('caf\u00e9 au lait', newKdfParams(1000));
    await expect(decryptBytes(otherSalt, box)).rejects.toThrow();
    const otherWords = await deriveKeyEncryptionKey('caf\u00e9 au lait ', kdf);
    await expect(decryptBytes(otherWords, box)).rejects.toThrow();
  });
});
