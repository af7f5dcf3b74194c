/**
 * The person's own exercises: a title, timed steps in their words, and the situations they suit.
 * Pure: one validator serves the options page (as they type) and the import (every record of a file),
 * so a file can never hold an exercise the page could not have made.
 *
 * Limits count UTF-16 units, as every limit in Thaw does (utils/text/whole-characters.ts cuts to them
 * in whole characters), so a limit shown while typing is the limit an import checks.
 */
import { EXERCISE_GROUPS, type ExerciseGroupId } from '../content/exercise-groups';
import type { Exercise, ExerciseKind } from '../content/exercises';

export const TITLE_MAX_LENGTH = 60;
export const STEPS_MIN = 1;
export const STEPS_MAX = 12;
export const STEP_TEXT_MAX_LENGTH = 200;
export const STEP_SECONDS_MIN = 5;
export const STEP_SECONDS_MAX = 600;

/** Custom ids carry this prefix; no built-in id has a colon, so the two can never collide. */
export const CUSTOM_ID_PREFIX = 'own:';
const CUSTOM_ID_PATTERN = /^own:[A-Za-z0-9_-]{1,64}$/;

/** The situations an exercise can suit: the groups of the exercise list (exercise-groups.ts). */
export const SITUATIONS: readonly ExerciseGroupId[] = EXERCISE_GROUPS.map((group) => group.id);

export interface CustomStep {
  text: string;
  seconds: number;
}

export interface CustomExercise {
  id: string;
  title: string;
  steps: CustomStep[];
  suits: ExerciseGroupId[];
  createdAt: number;
  updatedAt: number;
}

/** What the person can edit: everything but the id and the times. */
export type CustomExerciseDraft = Pick<CustomExercise, 'title' | 'steps' | 'suits'>;

export function isCustomExerciseId(id: string): boolean {
  return CUSTOM_ID_PATTERN.test(id);
}

/** A new custom id from a random UUID (crypto.randomUUID, passed in so this file stays pure). */
export function customExerciseId(uuid: string): string {
  return CUSTOM_ID_PREFIX + uuid;
}

export function isSituation(value: unknown): value is ExerciseGroupId {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}

/** Why a draft cannot be saved. `step` is 0-based; each kind has its own kind message. */
export type CustomExerciseProblem =
  | { kind: 'title_empty' }
  | { kind: 'title_too_long'; max: number }
  | { kind: 'no_steps' }
  | { kind: 'too_many_steps'; max: number }
  | { kind: 'step_empty'; step: number }
  | { kind: 'step_too_long'; step: number; max: number }
  | { kind: 'seconds_out_of_range'; step: number; min: number; max: number }
  | { kind: 'no_situation' }
  | { kind: 'unknown_situation'; value: string };

/**
 * Every problem with a draft, in the order of the form (title, steps, situations); empty when it can
 * be saved. Text that is only spaces counts as empty; text is checked as written (the page trims it
 * when saving, with `tidyDraft`).
 */
export function checkCustomExercise(draft: CustomExerciseDraft): CustomExerciseProblem[] {
  const problems: CustomExerciseProblem[] = [];
  if (draft.title.trim() === '') problems.push({ kind: 'title_empty' });
  else if (draft.title.length > TITLE_MAX_LENGTH)
    problems.push({ kind: 'title_too_long', max: TITLE_MAX_LENGTH });

  if (draft.steps.length < STEPS_MIN) problems.push({ kind: 'no_steps' });
  if (draft.steps.length > STEPS_MAX) problems.push({ kind: 'too_many_steps', max: STEPS_MAX });
  draft.steps.forEach((step, index) => {
    if (step.text.trim() === '') problems.push({ kind: 'step_empty', step: index });
    else if (step.text.length > STEP_TEXT_MAX_LENGTH) {
      problems.push({ kind: 'step_too_long', step: index, max: STEP_TEXT_MAX_LENGTH });
    }
    if (
      !Number.isInteger(step.seconds) ||
      step.seconds < STEP_SECONDS_MIN ||
      step.seconds > STEP_SECONDS_MAX
    ) {
      problems.push({
        kind: 'seconds_out_of_range',
        step: index,
        min: STEP_SECONDS_MIN,
        max: STEP_SECONDS_MAX,
      });
    }
  });

  const unknown = draft.suits.find((value) => !isSituation(value));
  if (unknown !== undefined) problems.push({ kind: 'unknown_situation', value: String(unknown) });
  else if (draft.suits.length === 0) problems.push({ kind: 'no_situation' });
  return problems;
}

/** The draft as it is saved: texts trimmed, each situation once, in the list's order. */
export function tidyDraft(draft: CustomExerciseDraft): CustomExerciseDraft {
  return {
    title: draft.title.trim(),
    steps: draft.steps.map((step) => ({ text: step.text.trim(), seconds: step.seconds })),
    suits: SITUATIONS.filter((id) => draft.suits.includes(id)),
  };
}

/** Seconds of the whole exercise. */
export function customLengthSec(exercise: Pick<CustomExercise, 'steps'>): number {
  return exercise.steps.reduce((sum, step) => sum + step.seconds, 0);
}

/** A fresh draft for the "add" form: one empty step of half a minute. */
export function emptyDraft(): CustomExerciseDraft {
  return { title: '', steps: [{ text: '', seconds: 30 }], suits: [] };
}

/** Moves step `from` by `by` places (−1 up, +1 down); out of range leaves the list as it is. */
export function moveStep<T>(steps: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  const list = [...steps];
  const moving = list[from];
  if (moving === undefined || to < 0 || to >= list.length) return list;
  list.splice(from, 1);
  list.splice(to, 0, moving);
  return list;
}

/** The picture shown while it plays: the one of the kind of exercise its first situation suggests. */
const KIND_OF_SITUATION: Readonly<Record<ExerciseGroupId, ExerciseKind>> = {
  ground: 'movement',
  settle: 'breathing',
  low: 'compassion',
  rest: 'rest',
  enjoy: 'senses',
};

/** Step keys of a playable custom exercise: `step_0`, `step_1`, … (texts come from the record). */
export const stepKey = (index: number): string => `step_${index}`;

/**
 * The exercise as the player plays it: plain timed steps, no breathing pacer, no growing, no notes.
 * Its texts are the person's own (`customTexts`), not catalogue keys.
 */
export function playableOf(exercise: CustomExercise): Exercise {
  const first = exercise.suits[0] ?? 'ground';
  return {
    id: exercise.id,
    kind: KIND_OF_SITUATION[first],
    steps: exercise.steps.map((step, index) => ({ key: stepKey(index), seconds: step.seconds })),
    suits: [],
    sources: [],
  };
}

/** The texts the player shows for a custom exercise, by step key. */
export interface CustomTexts {
  name: string;
  steps: Readonly<Record<string, string>>;
}

export function customTexts(exercise: CustomExercise): CustomTexts {
  return {
    name: exercise.title,
    steps: Object.fromEntries(exercise.steps.map((step, index) => [stepKey(index), step.text])),
  };
}
