import { describe, expect, it } from 'vitest';
import { moodName } from './mood-name';

describe('moodName', () => {
  it.each([
    [2, -2, { quadrant: 'low_pleasant', pleasant: 'pleasant', energy: 'calm' }],
    [4, 3, { quadrant: 'high_pleasant', pleasant: 'very_pleasant', energy: 'lively' }],
    [3, 0, { quadrant: 'low_pleasant', pleasant: 'very_pleasant', energy: 'steady' }],
    [-1, 2, { quadrant: 'high_unpleasant', pleasant: 'unpleasant', energy: 'tense' }],
    [-3, -4, { quadrant: 'low_unpleasant', pleasant: 'very_unpleasant', energy: 'low' }],
    [-5, 5, { quadrant: 'high_unpleasant', pleasant: 'very_unpleasant', energy: 'tense' }],
    // The centre is neither side: neutral and steady, coloured as the meter files it (low, unpleasant).
    [0, 0, { quadrant: 'low_unpleasant', pleasant: 'neutral', energy: 'steady' }],
    // Neutral pleasantness never reads "calm" or "lively": those belong to the pleasant side.
    [0, -3, { quadrant: 'low_unpleasant', pleasant: 'neutral', energy: 'low' }],
    [0, 3, { quadrant: 'high_unpleasant', pleasant: 'neutral', energy: 'tense' }],
    [1, 1, { quadrant: 'high_pleasant', pleasant: 'pleasant', energy: 'lively' }],
    [2.5, -0.5, { quadrant: 'low_pleasant', pleasant: 'pleasant', energy: 'calm' }],
  ] as const)('(%d, %d) reads %o', (pleasantness, energy, expected) => {
    expect(moodName(pleasantness, energy)).toEqual(expected);
  });

  it('is null when the meter was not placed', () => {
    expect(moodName(null, null)).toBeNull();
    expect(moodName(2, null)).toBeNull();
    expect(moodName(null, -1)).toBeNull();
  });
});
