import { describe, expect, it } from 'vitest';
import { fitToLimit } from './fit-to-limit';

describe('fitToLimit', () => {
  it('leaves text within the limit alone', () => {
    expect(fitToLimit('hello', 5, 10)).toBe('hello');
  });

  it('refuses a character typed at the end of a full note', () => {
    expect(fitToLimit('abcdex', 6, 5)).toBe('abcde');
  });

  it('refuses a character typed in the middle, keeping the end of the note', () => {
    // "abcde" is full; "X" typed after "ab" must not push "e" out.
    expect(fitToLimit('abXcde', 3, 5)).toBe('abcde');
  });

  it('adds as much of a paste as fits', () => {
    // "ab" + paste "1234" at the end, limit 4: keeps "ab12".
    expect(fitToLimit('ab1234', 6, 4)).toBe('ab12');
  });

  it('adds as much of a paste in the middle as fits', () => {
    // "ab|cd" + paste "XYZ" → "abXYZcd" (caret 5), limit 5: "abXcd".
    expect(fitToLimit('abXYZcd', 5, 5)).toBe('abXcd');
  });
});

describe('fitToLimit keeps whole characters', () => {
  const wellFormed = (text: string) => text.isWellFormed();

  it('never keeps half of an emoji typed into the last free place', () => {
    // One unit free; "😀" is two: it is refused whole, never cut to a lone surrogate.
    const fitted = fitToLimit('abcd😀', 6, 5);
    expect(fitted).toBe('abcd');
    expect(wellFormed(fitted)).toBe(true);
  });

  it('keeps a joined emoji, a flag and an accent whole at the limit', () => {
    const family = '👩‍👩‍👧'; // 8 units, one character
    expect(fitToLimit(`ab${family}`, 10, 7)).toBe('ab');
    expect(fitToLimit('ab🇪🇸🇲🇽', 10, 8)).toBe('ab🇪🇸');
    expect(fitToLimit('abe\u0301', 4, 3)).toBe('ab');
  });

  it('cuts a paste of emoji between characters, keeping as many as fit', () => {
    const fitted = fitToLimit(`x${'😀'.repeat(1000)}`, 2001, 2000);
    expect(fitted).toBe(`x${'😀'.repeat(999)}`);
    expect(wellFormed(fitted)).toBe(true);
  });
});
