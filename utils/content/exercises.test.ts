import { describe, expect, it } from 'vitest';
import { EMOTION_GROUPS } from './emotions';
import {
  CARE_NOTES,
  EXERCISE_BY_ID,
  EXERCISE_IDS,
  EXERCISES,
  exerciseLengthSec,
  isExerciseId,
  stepsLengthSec,
  type BreathingPhase,
  type Exercise,
} from './exercises';

const REQUIRED = [
  'senses_54321',
  'box_breathing',
  'breathing_478',
  'cyclic_sigh',
  'body_scan',
  'muscle_relaxation',
  'stretch_move',
  'eyes_202020',
  'self_compassion',
  'reach_out',
  'creative_minute',
  'water_outside',
];

const PHASES: readonly BreathingPhase[] = ['inhale', 'top_up', 'hold', 'exhale', 'hold_after'];
const all: readonly Exercise[] = EXERCISES;

function secondsOf(exercise: Exercise, key: string): number {
  return exercise.steps.filter((step) => step.key === key).reduce((sum, step) => sum + step.seconds, 0);
}

describe('exercise catalogue', () => {
  it('has at least 10 exercises with unique ids, including every named one', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(EXERCISE_IDS).size).toBe(EXERCISE_IDS.length);
    for (const id of REQUIRED) expect(isExerciseId(id), id).toBe(true);
    for (const exercise of EXERCISES) expect(EXERCISE_BY_ID[exercise.id]).toBe(exercise);
    expect(isExerciseId('constructor')).toBe(false);
  });

  it.each(all.map((exercise) => [exercise.id, exercise] as const))(
    '%s has steps, positive timings, suits and sources',
    (_id, exercise) => {
      expect(exercise.steps.length).toBeGreaterThan(0);
      const keys = exercise.steps.map((step) => step.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const step of exercise.steps) {
        expect(step.key).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(Number.isInteger(step.seconds) && step.seconds > 0, step.key).toBe(true);
      }
      expect(exercise.suits.length).toBeGreaterThan(0);
      for (const group of exercise.suits) expect(EMOTION_GROUPS).toContain(group);
      expect(new Set(exercise.suits).size).toBe(exercise.suits.length);
      expect(exercise.sources.length).toBeGreaterThan(0);
      for (const source of exercise.sources) expect(source.trim().length).toBeGreaterThan(10);
      for (const note of exercise.notes ?? []) expect(note).toMatch(/^[a-z][a-z0-9_]*$/);
    },
  );

  it('keeps every exercise to three minutes, and all but the eye break to at least one', () => {
    for (const exercise of all) {
      const length = exerciseLengthSec(exercise);
      expect(length, exercise.id).toBeLessThanOrEqual(180);
      if (exercise.id !== 'eyes_202020') expect(length, exercise.id).toBeGreaterThanOrEqual(60);
    }
  });

  it('offers at least two exercises for every group of feelings', () => {
    for (const group of EMOTION_GROUPS) {
      const suited = all.filter((exercise) => exercise.suits.includes(group));
      expect(suited.length, group).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('care and growth', () => {
  it('tells every breathing, body and rest exercise that eyes may stay open and stopping is fine', () => {
    for (const exercise of all) {
      const inward = ['breathing', 'body', 'rest'].includes(exercise.kind);
      expect(exercise.care !== undefined, exercise.id).toBe(inward);
      if (exercise.care) expect(CARE_NOTES).toContain(exercise.care);
    }
    expect(EXERCISE_BY_ID.body_scan.care).toBe('body');
    expect(EXERCISE_BY_ID.rest.care).toBe('rest');
    expect(EXERCISE_BY_ID.box_breathing.care).toBe('breath');
  });

  it.each(all.filter((exercise) => exercise.grows).map((exercise) => [exercise.id, exercise] as const))(
    '%s grows in a way its data allows',
    (_id, exercise) => {
      const growth = exercise.grows;
      if (!growth) throw new Error('no growth');
      if (growth.by === 'cycles') {
        expect(exercise.breathing, 'only breathing grows by cycles').toBeDefined();
        expect(growth.maxCycles).toBeGreaterThan(exercise.breathing?.cycles ?? Infinity);
      } else {
        expect(exercise.breathing).toBeUndefined();
        const keys = exercise.steps.map((step) => step.key);
        for (const key of growth.steps) expect(keys).toContain(key);
        expect(growth.maxSec).toBeGreaterThan(exerciseLengthSec(exercise));
        expect(growth.maxSec).toBeLessThanOrEqual(15 * 60);
      }
    },
  );

  it('keeps the lengths that must not grow: 4-7-8, tensing, and the 20-second eye rule', () => {
    expect(EXERCISE_BY_ID.breathing_478.grows).toBeUndefined();
    expect(EXERCISE_BY_ID.muscle_relaxation.grows).toBeUndefined();
    expect(EXERCISE_BY_ID.eyes_202020.grows).toBeUndefined();
  });
});

describe('breathing exercises', () => {
  const breathing = all.filter((exercise) => exercise.breathing);

  it('are the breathing kind, and only they have a breathing pattern', () => {
    expect(breathing.map((exercise) => exercise.id).sort()).toEqual(
      ['box_breathing', 'breathing_478', 'cyclic_sigh'].sort(),
    );
    for (const exercise of all) expect(exercise.kind === 'breathing', exercise.id).toBe(!!exercise.breathing);
  });

  it.each(breathing.map((exercise) => [exercise.id, exercise] as const))(
    '%s steps are the phases of one breath and match the pattern',
    (_id, exercise) => {
      const pattern = exercise.breathing;
      if (!pattern) throw new Error('no breathing pattern');
      for (const step of exercise.steps) expect(PHASES).toContain(step.key);
      expect(secondsOf(exercise, 'inhale') + secondsOf(exercise, 'top_up')).toBe(pattern.inhale);
      expect(secondsOf(exercise, 'hold')).toBe(pattern.hold);
      expect(secondsOf(exercise, 'exhale')).toBe(pattern.exhale);
      expect(secondsOf(exercise, 'hold_after')).toBe(pattern.holdAfter);
      expect(exercise.steps.some((step) => step.key === 'top_up')).toBe(!!pattern.doubleInhale);
      expect(Number.isInteger(pattern.cycles) && pattern.cycles > 0).toBe(true);
      expect(exerciseLengthSec(exercise)).toBe(
        (pattern.inhale + pattern.hold + pattern.exhale + pattern.holdAfter) * pattern.cycles,
      );
    },
  );

  it('box breathing is 4-4-4-4, with a gentler count of 3', () => {
    const box = EXERCISE_BY_ID.box_breathing.breathing;
    expect(box).toMatchObject({ inhale: 4, hold: 4, exhale: 4, holdAfter: 4 });
    expect(box?.gentler).toEqual({ inhale: 3, hold: 3, exhale: 3, holdAfter: 3 });
    expect(EXERCISE_BY_ID.box_breathing.notes).toContain('gentler');
  });

  it('4-7-8 breathing is in 4, hold 7, out 8, for 4 cycles', () => {
    expect(EXERCISE_BY_ID.breathing_478.breathing).toMatchObject({
      inhale: 4,
      hold: 7,
      exhale: 8,
      holdAfter: 0,
      cycles: 4,
    });
    expect(exerciseLengthSec(EXERCISE_BY_ID.breathing_478)).toBe(76);
    expect(stepsLengthSec(EXERCISE_BY_ID.breathing_478)).toBe(19);
  });

  it('the cyclic sigh is a double breath in and a longer breath out', () => {
    const sigh = EXERCISE_BY_ID.cyclic_sigh.breathing;
    expect(sigh?.doubleInhale).toBe(true);
    expect(sigh?.exhale).toBeGreaterThan(sigh?.inhale ?? Infinity);
    expect(EXERCISE_BY_ID.cyclic_sigh.sources.some((source) => source.includes('Balban'))).toBe(true);
  });
});

describe('other exercises', () => {
  it('5-4-3-2-1 asks for 5 seen, 4 touched, 3 heard, 2 smelled, 1 tasted', () => {
    const senses = EXERCISE_BY_ID.senses_54321;
    expect(senses.interactive).toBe('senses');
    expect(senses.steps.map((step) => [step.key, step.count])).toEqual([
      ['see', 5],
      ['touch', 4],
      ['hear', 3],
      ['smell', 2],
      ['taste', 1],
    ]);
  });

  it('muscle relaxation tenses 5-10 s and releases 10-15 s, hands to feet', () => {
    const pmr = EXERCISE_BY_ID.muscle_relaxation;
    const tense = pmr.steps.filter((step) => step.key.endsWith('_tense'));
    const release = pmr.steps.filter((step) => step.key.endsWith('_release'));
    expect(tense.map((step) => step.key.replace('_tense', ''))).toEqual([
      'hands',
      'arms',
      'shoulders',
      'face',
      'chest',
      'stomach',
      'legs',
      'feet',
    ]);
    expect(release).toHaveLength(tense.length);
    for (const step of tense) expect(step.seconds >= 5 && step.seconds <= 10, step.key).toBe(true);
    for (const step of release) expect(step.seconds >= 10 && step.seconds <= 15, step.key).toBe(true);
    expect(pmr.notes).toContain('no_strain');
    // Each release follows its tense step.
    pmr.steps.forEach((step, index) => {
      if (step.key.endsWith('_release')) {
        expect(pmr.steps[index - 1]?.key).toBe(step.key.replace('_release', '_tense'));
      }
    });
  });

  it('20-20-20 looks far away for 20 seconds', () => {
    expect(EXERCISE_BY_ID.eyes_202020.steps[0]).toEqual({ key: 'look_far', seconds: 20 });
  });

  it('the writing and drawing exercises are interactive', () => {
    expect(EXERCISE_BY_ID.reach_out.interactive).toBe('message');
    expect(EXERCISE_BY_ID.creative_minute.interactive).toBe('canvas');
  });

  it('plain exercises last as long as their steps', () => {
    expect(exerciseLengthSec(EXERCISE_BY_ID.body_scan)).toBe(stepsLengthSec(EXERCISE_BY_ID.body_scan));
    expect(exerciseLengthSec(EXERCISE_BY_ID.body_scan)).toBe(135);
  });
});
