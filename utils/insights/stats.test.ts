import { describe, expect, it } from 'vitest';
import { groupBy, mean, present, round1 } from './stats';

describe('stats helpers', () => {
  it('means', () => {
    expect(mean([])).toBeNull();
    expect(mean([3])).toBe(3);
    expect(mean([-5, 5, 3])).toBe(1);
  });

  it('rounds to one decimal', () => {
    expect(round1(1.666)).toBe(1.7);
    expect(round1(-0.04)).toBe(-0);
    expect(round1(2)).toBe(2);
  });

  it('keeps only numbers, zero included', () => {
    expect(present([0, null, -1, undefined, 2])).toEqual([0, -1, 2]);
  });

  it('groups in order', () => {
    expect([...groupBy([1, 2, 3, 4, 5], (n) => n % 2)]).toEqual([
      [1, [1, 3, 5]],
      [0, [2, 4]],
    ]);
  });
});
