import { describe, expect, it } from 'vitest';
import { cutToLength } from './whole-characters';

describe('cutToLength', () => {
  it('leaves text within the limit alone', () => {
    expect(cutToLength('hello', 5)).toBe('hello');
    expect(cutToLength('', 0)).toBe('');
  });

  it('cuts plain text at the limit', () => {
    expect(cutToLength('abcdef', 4)).toBe('abcd');
  });

  it('never cuts a character in half: emoji, joined emoji, flags, accents', () => {
    expect(cutToLength('abc😀', 4)).toBe('abc');
    expect(cutToLength('a👩‍👩‍👧', 8)).toBe('a');
    expect(cutToLength('🇪🇸🇲🇽', 6)).toBe('🇪🇸');
    expect(cutToLength('cafe\u0301', 4)).toBe('caf');
  });

  it('always returns well-formed text within the limit', () => {
    const text = 'ñ😀👍🏽🇲🇽a\u0301👩‍💻x'.repeat(7);
    for (let max = 0; max <= text.length; max++) {
      const cut = cutToLength(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.isWellFormed()).toBe(true);
      expect(text.startsWith(cut)).toBe(true);
    }
  });
});
