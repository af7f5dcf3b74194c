import { describe, expect, it } from 'vitest';
import { EARLIEST_TIME, LATEST_TIME, isKeptTime } from './kept-time';

describe('isKeptTime', () => {
  it('keeps whole milliseconds from 1970 up to (not including) 2200', () => {
    for (const t of [EARLIEST_TIME, Date.UTC(2026, 2, 2, 9, 30), LATEST_TIME - 1])
      expect(isKeptTime(t)).toBe(true);
  });

  it.each([
    ['before 1970', -1],
    ['2200 itself', LATEST_TIME],
    ['past what a Date can hold', 8.64e15 + 1],
    ['a fraction', 1.5],
    ['infinity', Infinity],
    ['not a number', Number.NaN],
    ['1e308', 1e308],
    ['a string', '1700000000000'],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(isKeptTime(value)).toBe(false);
  });

  it('every kept time makes a valid Date, even a year past either end', () => {
    const year = 366 * 24 * 3_600_000;
    for (const t of [EARLIEST_TIME - year, LATEST_TIME + year])
      expect(Number.isNaN(new Date(t).getTime())).toBe(false);
  });
});
