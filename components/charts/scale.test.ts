import { describe, expect, it } from 'vitest';
import { linePath, linear, spreadIndexes } from './scale';

describe('chart scales', () => {
  it('maps linearly, also onto a reversed range', () => {
    const y = linear([-5, 5], [200, 0]);
    expect(y(-5)).toBe(200);
    expect(y(5)).toBe(0);
    expect(y(0)).toBe(100);
    expect(linear([3, 3], [0, 10])(3)).toBe(0); // an empty domain does not divide by zero
  });

  it('draws a line with gaps for missing values', () => {
    expect(linePath([])).toBe('');
    expect(
      linePath([
        [0, 1],
        [1, 2],
        [2, null],
        [3, 4],
        [4, 5],
      ]),
    ).toBe('M0.0 1.0 L1.0 2.0 M3.0 4.0 L4.0 5.0');
    expect(linePath([[0, null]])).toBe('');
  });

  it('spreads tick indexes, first and last included', () => {
    expect(spreadIndexes(0, 5)).toEqual([]);
    expect(spreadIndexes(3, 5)).toEqual([0, 1, 2]);
    expect(spreadIndexes(30, 4)).toEqual([0, 10, 19, 29]);
    expect(spreadIndexes(2, 2)).toEqual([0, 1]);
  });
});
