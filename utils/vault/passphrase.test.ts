import { describe, expect, it } from 'vitest';
import { assertNewPassphrase, normalizePassphrase, passphraseProblem } from './passphrase';

describe('passphraseProblem', () => {
  it('asks for at least 8 characters, spaces included', () => {
    expect(passphraseProblem('')).toBe('too_short');
    expect(passphraseProblem('1234567')).toBe('too_short');
    expect(passphraseProblem('12345678')).toBeNull();
    expect(passphraseProblem('a b c d ')).toBeNull();
    expect(passphraseProblem('        ')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passphraseProblem('🙂🙂🙂🙂')).toBe('too_short');
    expect(passphraseProblem('🙂🙂🙂🙂🙂🙂🙂🙂')).toBeNull();
    expect(passphraseProblem('e\u0301e\u0301e\u0301e\u0301')).toBe('too_short');
  });

  it('allows at most 1024 characters', () => {
    expect(passphraseProblem('x'.repeat(1024))).toBeNull();
    expect(passphraseProblem('x'.repeat(1025))).toBe('too_long');
    expect(passphraseProblem('🙂'.repeat(1024))).toBeNull();
  });
});

describe('normalizePassphrase', () => {
  it('makes composed and decomposed accents equal and keeps spaces', () => {
    expect(normalizePassphrase('cafe\u0301 ')).toBe(normalizePassphrase('caf\u00e9 '));
    expect(normalizePassphrase(' a ')).toBe(' a ');
  });
});

describe('assertNewPassphrase', () => {
  it('throws a RangeError naming the problem', () => {
    expect(() => assertNewPassphrase('short')).toThrow(/too_short/);
    expect(() => assertNewPassphrase('long enough')).not.toThrow();
  });
});
