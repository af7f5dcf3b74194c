import { EXERCISES, exerciseLengthSec } from '../content/exercises';
import { customLengthSec, type CustomExercise } from '../exercises/custom-exercise';
import type { Settings } from '../settings/settings';

/**
 * Exercises a reminder should not offer: the ones the user turned off, and those longer than the
 * break length they chose (built-in or their own, played as written). If that would leave nothing,
 * length gives way to their own choice.
 */
export function reminderExclusions(
  settings: Pick<Settings, 'excludedExercises' | 'breakLengthMin'>,
  own: readonly Pick<CustomExercise, 'id' | 'steps'>[] = [],
): string[] {
  const chosen = settings.excludedExercises;
  const limitSec = settings.breakLengthMin * 60;
  const tooLong = [
    ...EXERCISES.filter((e) => exerciseLengthSec(e) > limitSec).map((e) => e.id),
    ...own.filter((e) => customLengthSec(e) > limitSec).map((e) => e.id),
  ];
  const both = [...new Set([...chosen, ...tooLong])];
  return both.length < EXERCISES.length + own.length ? both : [...chosen];
}
