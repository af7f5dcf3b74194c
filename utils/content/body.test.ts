import { describe, expect, it } from 'vitest';
import { BODY_BY_ID, BODY_SENSATIONS, isBodySensationId } from './body';

describe('body sensations', () => {
  it('has about a dozen unique, snake_case ids', () => {
    const ids = BODY_SENSATIONS.map((sensation) => sensation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('includes the sensations the check-in offers', () => {
    for (const id of [
      'tight_chest',
      'heavy_limbs',
      'tense_shoulders',
      'knot_in_stomach',
      'restless',
      'tired_eyes',
      'headache',
      'shallow_breath',
      'warm',
      'light',
      'nothing_at_all',
    ]) {
      expect(isBodySensationId(id), id).toBe(true);
    }
    expect(BODY_BY_ID.nothing_at_all.tone).toBe('none');
    expect(isBodySensationId('hasOwnProperty')).toBe(false);
  });
});
