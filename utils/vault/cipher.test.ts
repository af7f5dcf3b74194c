import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';
import { decodeText, decryptBytes, encodeText, encryptBytes } from './cipher';
import { flipBase64 } from './test-vault';

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

describe('AES-GCM boxes', () => {
  it('round-trip bytes with a 12-byte IV and a 16-byte tag', async () => {
    const key = await newKey();
    const box = await encryptBytes(key, encodeText('hello'));
    expect(base64ToBytes(box.iv)).toHaveLength(12);
    expect(base64ToBytes(box.ct)).toHaveLength(5 + 16);
    expect(decodeText(await decryptBytes(key, box))).toBe('hello');
  });

  it('use a fresh IV every time', async () => {
    const key = await newKey();
    const boxes = await Promise.all(Array.from({ length: 10 }, () => encryptBytes(key, encodeText('same'))));
    expect(new Set(boxes.map((box) => box.iv)).size).toBe(10);
    expect(new Set(boxes.map((box) => box.ct)).size).toBe(10);
  });

  it('refuse an altered IV or ciphertext and another key', async () => {
    const key = await newKey();
    const box = await encryptBytes(key, encodeText('hello'));
    await expect(decryptBytes(key, { ...box, iv: flipBase64(box.iv) })).rejects.toThrow();
    await expect(decryptBytes(key, { ...box, ct: flipBase64(box.ct) })).rejects.toThrow();
    await expect(decryptBytes(await newKey(), box)).rejects.toThrow();
  });
});

describe('text encoding', () => {
  it('keeps a leading byte-order mark and refuses invalid UTF-8', () => {
    expect(decodeText(encodeText('\uFEFFx'))).toBe('\uFEFFx');
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(TypeError);
  });
});
