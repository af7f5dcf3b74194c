import { describe, expect, it } from 'vitest';
import { getState, setState } from './state';

describe('state store', () => {
  it('keeps one value per key', async () => {
    expect(await getState('lastReminderExercise')).toBeUndefined();
    await setState('lastReminderExercise', 'box_breathing');
    await setState('lastReminderExercise', 'senses_54321');
    expect(await getState('lastReminderExercise')).toBe('senses_54321');
  });
});
