import { describe, expect, it } from 'vitest';
import { isCustomExerciseId } from '../exercises/custom-exercise';
import {
  addCustomExercise,
  CustomExerciseInvalidError,
  deleteCustomExercise,
  getCustomExercise,
  listCustomExercises,
  restoreCustomExercise,
  updateCustomExercise,
} from './custom-exercises';

const draft = { title: ' Tea ', steps: [{ text: 'Sip slowly', seconds: 30 }], suits: ['rest' as const] };

describe('own exercises store', () => {
  it('adds a tidy exercise with a custom id, edits it, deletes it and puts it back', async () => {
    const made = await addCustomExercise(draft, 1_000);
    expect(isCustomExerciseId(made.id)).toBe(true);
    expect(made).toMatchObject({ title: 'Tea', createdAt: 1_000, updatedAt: 1_000 });

    const edited = await updateCustomExercise(made, { ...draft, title: 'Green tea' }, 2_000);
    expect(await getCustomExercise(made.id)).toEqual(edited);
    expect(edited).toMatchObject({ id: made.id, title: 'Green tea', createdAt: 1_000, updatedAt: 2_000 });

    await deleteCustomExercise(made.id);
    expect(await listCustomExercises()).toEqual([]);
    await restoreCustomExercise(edited);
    expect(await listCustomExercises()).toEqual([edited]);
  });

  it('lists oldest first', async () => {
    const later = await addCustomExercise({ ...draft, title: 'Later' }, 5_000);
    const earlier = await addCustomExercise({ ...draft, title: 'Earlier' }, 1_000);
    expect((await listCustomExercises()).map((e) => e.id)).toEqual([earlier.id, later.id]);
  });

  it('refuses an invalid draft and writes nothing', async () => {
    await expect(addCustomExercise({ ...draft, title: '', suits: [] })).rejects.toBeInstanceOf(
      CustomExerciseInvalidError,
    );
    expect(await listCustomExercises()).toEqual([]);
  });
});
