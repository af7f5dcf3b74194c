import { describe, expect, it } from 'vitest';
import { EXERCISE_BY_ID, EXERCISE_IDS, exerciseLengthSec, type ExerciseId } from '../content/exercises';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { LIMITS } from '../settings/validate';
import {
  CHAIN_MIN_SEC,
  FOLLOW_UPS,
  atPace,
  longestSec,
  planBreak,
  planOptionsFrom,
  roundMinutes,
} from './plan';

const plain = { gentler: false, excluded: [] as string[] };

describe('planBreak: break length → what plays and the total', () => {
  // exercise, minutes, gentler, excluded → exercises played, breaths of the first (breathing), total seconds
  it.each<[ExerciseId, number, boolean, string[], string[], number | null, number]>([
    // Shorter settings never cut an exercise short.
    ['box_breathing', 1, false, [], ['box_breathing'], 5, 80],
    ['body_scan', 2, false, [], ['body_scan'], null, 135],
    ['eyes_202020', 1, false, [], ['eyes_202020'], null, 45],
    // The default, 3 min: more breaths, longer steps, or a second exercise after a short one.
    ['box_breathing', 3, false, [], ['box_breathing'], 11, 176],
    ['box_breathing', 3, true, [], ['box_breathing'], 15, 180],
    ['cyclic_sigh', 3, false, [], ['cyclic_sigh'], 20, 180],
    ['senses_54321', 3, false, [], ['senses_54321'], null, 180],
    ['rest', 3, false, [], ['rest'], null, 180],
    ['eyes_202020', 3, false, [], ['eyes_202020', 'stretch_move'], null, 177],
    ['breathing_478', 3, false, [], ['breathing_478', 'senses_54321'], 4, 178],
    // Longer: breathing reaches its limit (about 5 min), then a calm second exercise fills the rest.
    ['box_breathing', 5, false, [], ['box_breathing'], 18, 288],
    ['box_breathing', 10, false, [], ['box_breathing', 'body_scan'], 19, 592],
    ['box_breathing', 10, false, ['body_scan'], ['box_breathing', 'rest'], 19, 600],
    ['box_breathing', 15, false, [], ['box_breathing', 'rest'], 19, 900],
    ['cyclic_sigh', 5, false, [], ['cyclic_sigh'], 33, 297],
    ['breathing_478', 10, false, [], ['breathing_478', 'rest'], 4, 600],
    ['body_scan', 8, false, [], ['body_scan'], null, 450],
    ['body_scan', 10, false, [], ['body_scan', 'rest'], null, 600],
    ['reach_out', 5, false, [], ['reach_out'], null, 300],
    ['reach_out', 10, false, [], ['reach_out', 'self_compassion'], null, 597],
    ['short_walk', 15, false, [], ['short_walk'], null, 900],
    ['rest', 15, false, [], ['rest'], null, 900],
    ['muscle_relaxation', 5, false, [], ['muscle_relaxation', 'rest'], null, 300],
    ['eyes_202020', 10, false, [], ['eyes_202020', 'rest'], null, 600],
  ])('%s at %i min (gentler %s, excluded %j) → %j', (id, minutes, gentler, excluded, ids, breaths, total) => {
    const plan = planBreak(id, { breakLengthMin: minutes, gentler, excluded });
    expect(plan.parts.map((part) => part.exercise.id)).toEqual(ids);
    expect(plan.parts[0]?.exercise.breathing?.cycles ?? null).toBe(breaths);
    expect(plan.totalSec).toBe(total);
    expect(plan.totalSec).toBe(plan.parts.reduce((sum, part) => sum + exerciseLengthSec(part.exercise), 0));
  });

  it('lengthens the holds of attention: each body-scan area gets longer, the order stays', () => {
    const [part] = planBreak('body_scan', { ...plain, breakLengthMin: 8 }).parts;
    expect(part?.exercise.steps.map((step) => step.key)).toEqual(
      EXERCISE_BY_ID.body_scan.steps.map((s) => s.key),
    );
    expect(part?.exercise.steps.every((step) => step.seconds === 50)).toBe(true);
  });

  it('grows only the steps that can take it: tensing never lasts longer, the eye rule stays 20 s', () => {
    const pmr = planBreak('muscle_relaxation', { ...plain, breakLengthMin: 15 }).parts[0]?.exercise;
    expect(pmr?.steps).toEqual(EXERCISE_BY_ID.muscle_relaxation.steps);
    const eyes = planBreak('eyes_202020', { ...plain, breakLengthMin: 15 }).parts[0]?.exercise;
    expect(eyes?.steps).toEqual(EXERCISE_BY_ID.eyes_202020.steps);
    const walk = planBreak('short_walk', { ...plain, breakLengthMin: 10 }).parts[0]?.exercise;
    expect(walk?.steps.find((step) => step.key === 'stand')?.seconds).toBe(10);
    expect(walk?.steps.find((step) => step.key === 'walk')?.seconds).toBeGreaterThan(300);
  });

  it('keeps 4-7-8 at four rounds however long the break', () => {
    for (let minutes = 1; minutes <= 15; minutes++) {
      expect(
        planBreak('breathing_478', { ...plain, breakLengthMin: minutes }).parts[0]?.exercise.breathing
          ?.cycles,
      ).toBe(4);
    }
  });

  describe('for every exercise and every allowed length', () => {
    const { min, max } = LIMITS.breakLengthMin;
    const lengths = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    const cases = EXERCISE_IDS.flatMap((id) => [false, true].map((gentler) => [id, gentler] as const));

    it.each(cases)(
      '%s (gentler %s): never shorter than written, never past the setting, at most two',
      (id, gentler) => {
        let previous = 0;
        for (const minutes of lengths) {
          const plan = planBreak(id, { breakLengthMin: minutes, gentler, excluded: [] });
          const written = exerciseLengthSec(atPace(EXERCISE_BY_ID[id], gentler));
          expect(plan.totalSec).toBeGreaterThanOrEqual(written);
          expect(plan.totalSec).toBeLessThanOrEqual(Math.max(written, minutes * 60));
          // A longer setting never gives a shorter break.
          expect(plan.totalSec).toBeGreaterThanOrEqual(previous);
          previous = plan.totalSec;
          expect(plan.parts.length).toBeLessThanOrEqual(2);
          expect(plan.parts[0]?.exercise.id).toBe(id);
          const second = plan.parts[1]?.exercise.id;
          if (second) {
            expect(second).not.toBe(id);
            expect(second).not.toBe('savour_moment');
            expect(FOLLOW_UPS[EXERCISE_BY_ID[id].kind]).toContain(second);
          } else {
            // No second exercise although a minute or more is left: none of the follow-ups fits.
            const left = minutes * 60 - plan.totalSec;
            if (left >= CHAIN_MIN_SEC) {
              const fits = FOLLOW_UPS[EXERCISE_BY_ID[id].kind].filter(
                (other) => other !== id && exerciseLengthSec(atPace(EXERCISE_BY_ID[other], gentler)) <= left,
              );
              expect(fits).toEqual([]);
            }
          }
          for (const part of plan.parts) {
            for (const step of part.exercise.steps)
              expect(Number.isInteger(step.seconds) && step.seconds > 0).toBe(true);
            expect(part.seconds).toBeLessThanOrEqual(longestSec(part.exercise));
          }
        }
      },
    );

    it('fills a 15-minute break to at least 14 minutes, whatever the exercise', () => {
      for (const id of EXERCISE_IDS) {
        expect(planBreak(id, { ...plain, breakLengthMin: 15 }).totalSec, id).toBeGreaterThanOrEqual(14 * 60);
      }
    });

    it('never chains an exercise the user turned off', () => {
      for (const id of EXERCISE_IDS) {
        const excluded = FOLLOW_UPS[EXERCISE_BY_ID[id].kind].slice(0, 2);
        const second = planBreak(id, { breakLengthMin: 12, gentler: false, excluded }).parts[1]?.exercise.id;
        if (second) expect(excluded).not.toContain(second);
      }
    });
  });
});

describe('atPace', () => {
  it('turns box breathing into 3-count phases, the pattern included', () => {
    const box = atPace(EXERCISE_BY_ID.box_breathing, true);
    expect(box.steps.map((step) => [step.key, step.seconds])).toEqual([
      ['inhale', 3],
      ['hold', 3],
      ['exhale', 3],
      ['hold_after', 3],
    ]);
    expect(box.breathing).toMatchObject({ inhale: 3, hold: 3, exhale: 3, holdAfter: 3, cycles: 5 });
  });

  it('leaves exercises without a gentler count, and the normal pace, as they are', () => {
    expect(atPace(EXERCISE_BY_ID.cyclic_sigh, true)).toBe(EXERCISE_BY_ID.cyclic_sigh);
    expect(atPace(EXERCISE_BY_ID.body_scan, true)).toBe(EXERCISE_BY_ID.body_scan);
    expect(atPace(EXERCISE_BY_ID.box_breathing, false)).toBe(EXERCISE_BY_ID.box_breathing);
  });
});

describe('planOptionsFrom', () => {
  it('takes the length, the breathing count and the exclusions from the settings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      breakLengthMin: 7,
      gentlerBreathing: true,
      excludedExercises: ['rest'],
    };
    expect(planOptionsFrom(settings)).toEqual({ breakLengthMin: 7, gentler: true, excluded: ['rest'] });
    expect(planBreak('box_breathing', planOptionsFrom(DEFAULT_SETTINGS)).totalSec).toBe(176);
  });
});

describe('roundMinutes', () => {
  it.each([
    [45, 1],
    [80, 1],
    [100, 2],
    [176, 3],
    [592, 10],
    [900, 15],
  ])('%i s → about %i min', (seconds, minutes) => {
    expect(roundMinutes(seconds)).toBe(minutes);
  });
});
