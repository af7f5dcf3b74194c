import { describe, expect, it } from 'vitest';
import { base64ByteLength, base64ToBytes, bytesToBase64, isBase64, isBase64Bytes } from './base64';

describe('base64', () => {
  it('matches the standard encoding', () => {
    const bytes = new TextEncoder().encode('Thaw ✓ ~?>');
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array([251, 255, 191]))).toBe('+/+/');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('round-trips every byte value and large inputs across chunk edges', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
    const large = Uint8Array.from({ length: 20_003 }, (_, index) => (index * 7919) % 256);
    const text = bytesToBase64(large);
    expect(text).toBe(Buffer.from(large).toString('base64'));
    expect(base64ToBytes(text)).toEqual(large);
  });

  it('accepts only well-formed text', () => {
    for (const good of ['', 'AAAA', 'AAA=', 'AA==', '+/+/']) expect(isBase64(good)).toBe(true);
    for (const bad of ['A', 'AAA', 'A===', '====', 'AA=A', 'AA AA', 'AA-_', 'AAAA\n', 'é...']) {
      expect(isBase64(bad)).toBe(false);
      expect(() => base64ToBytes(bad)).toThrow(TypeError);
    }
  });

  it('checks a long string without running out of stack', () => {
    expect(isBase64('A'.repeat(8_000_000))).toBe(true);
    expect(isBase64('A'.repeat(7_999_999) + '!')).toBe(false);
  });

  it('counts decoded bytes without decoding', () => {
    expect([
      base64ByteLength(''),
      base64ByteLength('AA=='),
      base64ByteLength('AAA='),
      base64ByteLength('AAAA'),
    ]).toEqual([0, 1, 2, 3]);
    expect(isBase64Bytes(bytesToBase64(new Uint8Array(12)), 12, 12)).toBe(true);
    expect(isBase64Bytes(bytesToBase64(new Uint8Array(11)), 12, 12)).toBe(false);
    expect(isBase64Bytes(bytesToBase64(new Uint8Array(13)), 12, 12)).toBe(false);
    expect(isBase64Bytes(42, 0)).toBe(false);
  });
});
