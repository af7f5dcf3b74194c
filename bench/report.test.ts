import { describe, expect, it } from 'vitest';
import { median, table, withinBudget, type Figure } from './report';

const figure = (value: number, budget: number | null): Figure => ({
  name: 'popup ready',
  how: '',
  value,
  unit: '×',
  budget,
});

describe('bench report', () => {
  it('takes the middle of unsorted values, and the mean of the two middles for an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('passes a figure at its budget, misses one above it, and never misses a reported-only figure', () => {
    expect(withinBudget(figure(1.25, 1.25))).toBe(true);
    expect(withinBudget(figure(1.2501, 1.25))).toBe(false);
    expect(withinBudget(figure(1e9, null))).toBe(true);
  });

  it('marks a missed budget in the table so a reader sees it', () => {
    const lines = table([figure(1.3, 1.25), figure(6, 20), figure(149.8, null)]).split('\n');
    expect(lines[2]).toBe('| popup ready | 1.30 × | ≤ 1.25 × | MISSED |');
    expect(lines[3]).toBe('| popup ready | 6 × | ≤ 20 × | ok |');
    expect(lines[4]).toBe('| popup ready | 149.80 × | report | ok |');
  });
});
