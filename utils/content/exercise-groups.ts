/**
 * How the exercise list ("Take a break now") is grouped: by what each exercise helps with, in the
 * order a person is likely to look. Data only; headings live in locales/en.yml at `break.groups.<id>`.
 * Each exercise sits in the one group its `suits` (exercises.ts) points to first, with these calls:
 * - movement and creative ones that suit feeling far away first go to "ground";
 * - water and air, though it suits numbness too, is a rest for eyes and body, as 20-20-20 is.
 */
import type { ExerciseId } from './exercises';

export type ExerciseGroupId = 'ground' | 'settle' | 'low' | 'rest' | 'enjoy';

export interface ExerciseGroup {
  readonly id: ExerciseGroupId;
  readonly exercises: readonly ExerciseId[];
}

export const EXERCISE_GROUPS: readonly ExerciseGroup[] = [
  { id: 'ground', exercises: ['senses_54321', 'stretch_move', 'short_walk', 'creative_minute'] },
  {
    id: 'settle',
    exercises: ['box_breathing', 'cyclic_sigh', 'breathing_478', 'muscle_relaxation', 'body_scan'],
  },
  { id: 'low', exercises: ['self_compassion', 'reach_out'] },
  { id: 'rest', exercises: ['rest', 'eyes_202020', 'water_outside'] },
  { id: 'enjoy', exercises: ['savour_moment'] },
];
