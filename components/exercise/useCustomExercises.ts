import { useEffect, useMemo, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { listCustomExercises } from '@/utils/db/custom-exercises';
import type { CustomExercise } from '@/utils/exercises/custom-exercise';

/** The person's own exercises, oldest first, kept fresh when any page changes them; null while read. */
export function useCustomExercises(): CustomExercise[] | null {
  const [exercises, setExercises] = useState<CustomExercise[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void listCustomExercises()
        .catch(() => [])
        .then((list) => {
          if (live) setExercises(list);
        });
    read();
    const stop = onChange((change) => {
      if (change.store === 'exercises') read();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return exercises;
}

/** The person's own exercises' titles by id, for naming them (exerciseName); null while read. */
export function useOwnExerciseNames(): ReadonlyMap<string, string> | null {
  const own = useCustomExercises();
  return useMemo(() => (own ? new Map(own.map((exercise) => [exercise.id, exercise.title])) : null), [own]);
}
