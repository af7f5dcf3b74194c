import { describe, expect, expectTypeOf, it } from 'vitest';
import { bytesToBase64 } from './base64';
import {
  isProtectedText,
  isSealed,
  type LockedText,
  type ProtectedText,
  type SealedText,
} from './protected-text';

const iv = bytesToBase64(new Uint8Array(12));
const ct = bytesToBase64(new Uint8Array(21));
const epk = bytesToBase64(new Uint8Array(65).fill(4, 0, 1));
const locked: LockedText = { v: 2, vault: 'vault-1', iv, ct };
const sealed: SealedText = { v: 1, vault: 'vault-1', epk, iv, ct };

describe('isSealed', () => {
  it('tells sealed text from locked text', () => {
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(locked)).toBe(false);
  });

  it('narrows ProtectedText to each kind', () => {
    const check = (p: ProtectedText) => {
      if (isSealed(p)) expectTypeOf(p).toEqualTypeOf<SealedText>();
      else expectTypeOf(p).toEqualTypeOf<LockedText>();
    };
    check(sealed);
    check(locked);
    expectTypeOf(isSealed).parameter(0).toEqualTypeOf<ProtectedText>();
  });
});

describe('isProtectedText', () => {
  it('accepts both kinds, also after JSON and structured clone', () => {
    for (const value of [locked, sealed]) {
      expect(isProtectedText(value)).toBe(true);
      expect(isProtectedText(JSON.parse(JSON.stringify(value)))).toBe(true);
      expect(isProtectedText(structuredClone(value))).toBe(true);
    }
  });

  it('rejects missing fields, other versions, bad base64 and wrong sizes', () => {
    const { iv: _iv, ...noIv } = locked;
    const { ct: _ct, ...noCt } = sealed;
    const { vault: _vault, ...noVault } = locked;
    for (const bad of [
      null,
      undefined,
      'text',
      [locked],
      noIv,
      noCt,
      noVault,
      { ...locked, v: 3 },
      { ...sealed, v: 0 },
      { ...locked, v: '1' },
      { ...locked, vault: '' },
      { ...locked, vault: 7 },
      { ...locked, vault: 'x'.repeat(129) },
      { ...locked, iv: 'not base64' },
      { ...locked, iv: bytesToBase64(new Uint8Array(16)) },
      { ...locked, ct: 'AAA' },
      { ...locked, ct: bytesToBase64(new Uint8Array(15)) },
      { ...sealed, epk: undefined },
      { ...sealed, epk: '!!!!' },
      { ...sealed, epk: bytesToBase64(new Uint8Array(33)) },
    ]) {
      expect(isProtectedText(bad)).toBe(false);
    }
  });
});
