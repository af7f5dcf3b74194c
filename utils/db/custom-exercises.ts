import {
  checkCustomExercise,
  customExerciseId,
  tidyDraft,
  type CustomExercise,
  type CustomExerciseDraft,
  type CustomExerciseProblem,
} from '../exercises/custom-exercise';
import { announceChange } from './changes';
import { getDb } from './connection';
import { newId } from './ids';

/** A draft that cannot be saved; the page shows each problem beside its field. Nothing was written. */
export class CustomExerciseInvalidError extends Error {
  override name = 'CustomExerciseInvalidError';
  constructor(readonly problems: CustomExerciseProblem[]) {
    super('The exercise has problems to fix before it can be saved.');
  }
}

function checked(draft: CustomExerciseDraft): CustomExerciseDraft {
  const tidy = tidyDraft(draft);
  const problems = checkCustomExercise(tidy);
  if (problems.length > 0) throw new CustomExerciseInvalidError(problems);
  return tidy;
}

/** Every own exercise, oldest first. */
export async function listCustomExercises(): Promise<CustomExercise[]> {
  return (await getDb()).getAllFromIndex('exercises', 'by_created');
}

export async function getCustomExercise(id: string): Promise<CustomExercise | undefined> {
  return (await getDb()).get('exercises', id);
}

/** Saves a new exercise made from a valid draft (CustomExerciseInvalidError otherwise). */
export async function addCustomExercise(
  draft: CustomExerciseDraft,
  now = Date.now(),
): Promise<CustomExercise> {
  const record: CustomExercise = {
    id: customExerciseId(newId()),
    ...checked(draft),
    createdAt: now,
    updatedAt: now,
  };
  await (await getDb()).add('exercises', record);
  announceChange({ store: 'exercises', ids: [record.id] });
  return record;
}

/** Replaces an exercise's title, steps and situations; its id and creation time stay. */
export async function updateCustomExercise(
  existing: CustomExercise,
  draft: CustomExerciseDraft,
  now = Date.now(),
): Promise<CustomExercise> {
  const record: CustomExercise = {
    ...existing,
    ...checked(draft),
    updatedAt: Math.max(now, existing.createdAt),
  };
  await (await getDb()).put('exercises', record);
  announceChange({ store: 'exercises', ids: [record.id] });
  return record;
}

/** Puts back an exercise exactly as it was (the undo after a delete). */
export async function restoreCustomExercise(record: CustomExercise): Promise<void> {
  await (await getDb()).put('exercises', record);
  announceChange({ store: 'exercises', ids: [record.id] });
}

/** Deletes an exercise; breaks that played it keep its id (the journal names it as deleted). */
export async function deleteCustomExercise(id: string): Promise<void> {
  await (await getDb()).delete('exercises', id);
  announceChange({ store: 'exercises', ids: [id] });
}
