import { describe, expect, it } from 'vitest';
import { EXERCISE_BY_ID, EXERCISES, exerciseLengthSec } from '../content/exercises';
import { positionAt, timelineOf } from './exercise-steps';

describe('exercise timeline', () => {
  it('repeats breathing steps once per cycle', () => {
    const box = EXERCISE_BY_ID.box_breathing;
    const timeline = timelineOf(box);
    expect(timeline).toHaveLength(box.steps.length * (box.breathing?.cycles ?? 0));
    expect(timeline.slice(0, 5).map((s) => [s.key, s.cycle, s.startSec])).toEqual([
      ['inhale', 0, 0],
      ['hold', 0, 4],
      ['exhale', 0, 8],
      ['hold_after', 0, 12],
      ['inhale', 1, 16],
    ]);
  });

  it('plays every exercise for exactly its stated length', () => {
    for (const exercise of EXERCISES) {
      const last = timelineOf(exercise).at(-1);
      expect(last && last.startSec + last.seconds, exercise.id).toBe(exerciseLengthSec(exercise));
    }
  });

  it('finds the step, time left and progress at a moment', () => {
    const timeline = timelineOf(EXERCISE_BY_ID.box_breathing);
    expect(positionAt(timeline, 0)).toEqual({ index: 0, stepRemaining: 4, progress: 0, done: false });
    expect(positionAt(timeline, 5)).toMatchObject({ index: 1, stepRemaining: 3, done: false });
    expect(positionAt(timeline, 17)).toMatchObject({ index: 4, stepRemaining: 3 });
  });

  it('is done at the end and stays done after it', () => {
    const timeline = timelineOf(EXERCISE_BY_ID.box_breathing);
    const total = exerciseLengthSec(EXERCISE_BY_ID.box_breathing);
    expect(positionAt(timeline, total)).toMatchObject({
      done: true,
      progress: 1,
      index: timeline.length - 1,
    });
    expect(positionAt(timeline, total + 100).done).toBe(true);
  });

  it('treats a clock that went backwards as the start', () => {
    const timeline = timelineOf(EXERCISE_BY_ID.senses_54321);
    expect(positionAt(timeline, -3)).toMatchObject({ index: 0, progress: 0, done: false });
  });

  it('keeps the number of things to notice for interactive steps', () => {
    expect(timelineOf(EXERCISE_BY_ID.senses_54321).map((s) => s.count)).toEqual([5, 4, 3, 2, 1]);
  });
});
