import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseLengthSec } from '../content/exercises';
import { reminderExclusions } from './exclusions';

describe('reminderExclusions', () => {
  it('leaves out exercises longer than the chosen break', () => {
    const excluded = reminderExclusions({ excludedExercises: [], breakLengthMin: 1 });
    const offered = EXERCISES.filter((e) => !excluded.includes(e.id));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((e) => exerciseLengthSec(e) <= 60)).toBe(true);
  });

  it('keeps the user own exclusions', () => {
    expect(reminderExclusions({ excludedExercises: ['box_breathing'], breakLengthMin: 15 })).toEqual([
      'box_breathing',
    ]);
  });

  it('lets length give way when nothing would be left', () => {
    const short = EXERCISES.filter((e) => exerciseLengthSec(e) <= 60).map((e) => e.id);
    expect(reminderExclusions({ excludedExercises: short, breakLengthMin: 1 })).toEqual(short);
  });

  it("leaves out the person's own exercises longer than the chosen break, as it does built-in ones", () => {
    const quick = { id: 'own:quick', steps: [{ text: 'Look far away', seconds: 40 }] };
    const slow = { id: 'own:slow', steps: [{ text: 'Walk to the park', seconds: 600 }] };
    const excluded = reminderExclusions({ excludedExercises: [], breakLengthMin: 2 }, [quick, slow]);
    expect(excluded).toContain('own:slow');
    expect(excluded).not.toContain('own:quick');
  });
});
