import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, isDefaultFactorId } from './factors';

describe('default factors', () => {
  it('names the things the seeds and peers name, each once, in snake_case, with sources', () => {
    const ids = DEFAULT_FACTORS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const id of [
      'slept_well',
      'movement',
      'outdoors',
      'people',
      'screens',
      'meals',
      'alcohol',
      'medication',
      'hard_event',
    ]) {
      expect(isDefaultFactorId(id), id).toBe(true);
    }
    for (const factor of DEFAULT_FACTORS) {
      expect(factor.sources.length).toBeGreaterThan(0);
      for (const source of factor.sources) expect(source.trim().length).toBeGreaterThan(10);
    }
  });

  it('knows no other ids', () => {
    expect(isDefaultFactorId('own_1')).toBe(false);
    expect(isDefaultFactorId('hasOwnProperty')).toBe(false);
  });
});
