import { describe, expect, it } from 'vitest';
import { EMOTION_BY_ID, isEmotionId } from '../content/emotions';
import { HEAVY_WORDS, isHeavyCheckin } from './heavy';

describe('isHeavyCheckin', () => {
  it.each([
    [['hopeless'], true],
    [['despairing'], true],
    [['worthless'], true],
    [['trapped'], true],
    [['tired', 'hopeless'], true],
    [['numb', 'trapped'], true],
    [['calm', 'worthless'], true],
    [[], false],
    [['sad'], false],
    [['lonely', 'exhausted'], false],
    [['numb', 'empty', 'hollow'], false],
    [['cant_tell'], false],
    [['hopeful'], false],
    [['HOPELESS'], false],
    [['hopeless_x'], false],
    [['not-a-word'], false],
  ] as const)('%j -> %s', (emotions, heavy) => {
    expect(isHeavyCheckin({ emotions: [...emotions] })).toBe(heavy);
  });

  it('lists only words of the vocabulary, all on the unpleasant, low side', () => {
    for (const id of HEAVY_WORDS) {
      expect(isEmotionId(id), id).toBe(true);
      expect(EMOTION_BY_ID[id].group, id).toBe('low_unpleasant');
      expect(EMOTION_BY_ID[id].pleasantness, id).toBeLessThanOrEqual(-4);
    }
  });
});
