import { EXERCISES, exerciseLengthSec } from '../content/exercises';
import type { Settings } from '../settings/settings';

/**
 * Exercises a reminder should not offer: the ones the user turned off, and those longer than the
 * break length they chose. If that would leave nothing, length gives way to their own choice.
 */
export function reminderExclusions(
  settings: Pick<Settings, 'excludedExercises' | 'breakLengthMin'>,
): string[] {
  const chosen = settings.excludedExercises;
  const tooLong = EXERCISES.filter((e) => exerciseLengthSec(e) > settings.breakLengthMin * 60).map(
    (e) => e.id,
  );
  const both = [...new Set([...chosen, ...tooLong])];
  return both.length < EXERCISES.length ? both : [...chosen];
}
