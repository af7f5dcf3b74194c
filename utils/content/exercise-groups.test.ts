import { describe, expect, it } from 'vitest';
import { EXERCISE_GROUPS } from './exercise-groups';
import { EXERCISE_BY_ID, EXERCISES } from './exercises';

describe('exercise groups', () => {
  it('hold every exercise exactly once', () => {
    const listed = EXERCISE_GROUPS.flatMap((group) => group.exercises);
    expect(listed).toHaveLength(new Set(listed).size);
    expect([...listed].sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it('have no empty group and unique ids', () => {
    for (const group of EXERCISE_GROUPS) expect(group.exercises.length, group.id).toBeGreaterThan(0);
    const ids = EXERCISE_GROUPS.map((group) => group.id);
    expect(ids).toHaveLength(new Set(ids).size);
  });

  it('put an exercise where it suits', () => {
    const suits: Record<string, readonly string[]> = {
      ground: ['disconnected'],
      settle: ['high_unpleasant'],
      low: ['low_unpleasant'],
      rest: ['low_unpleasant', 'low_pleasant', 'disconnected'],
      enjoy: ['high_pleasant', 'low_pleasant'],
    };
    for (const group of EXERCISE_GROUPS)
      for (const id of group.exercises) {
        const fits = EXERCISE_BY_ID[id].suits.some((s) => suits[group.id]?.includes(s));
        expect(fits, `${id} in ${group.id}`).toBe(true);
      }
  });
});
