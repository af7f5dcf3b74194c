/**
 * What a break plays, from the break length the user chose ("Length of a suggested break", 1–15 min).
 * Pure: exercise data and settings in, a plan out.
 *
 * - The chosen exercise is played as written when the break is no longer than it (a short setting
 *   never cuts an exercise short; reminders leave out exercises that do not fit instead).
 * - A longer break first lengthens the exercise the way its data allows (`grows`): more breaths, or
 *   longer holds of attention on the steps that can take it, up to the exercise's own limit.
 * - If a minute or more is still left, a second, calm exercise follows (FOLLOW_UPS: the first that
 *   fits and can fill what is left, else the one that fills most), lengthened to fill it. Never more
 *   than two: a break is not a programme.
 * The total can fall short of the setting when both exercises reach their limits; the page shows the
 * real total, never the setting.
 */
import {
  EXERCISE_BY_ID,
  exerciseLengthSec,
  stepsLengthSec,
  type BreathingPattern,
  type Exercise,
  type ExerciseId,
  type ExerciseKind,
} from '../content/exercises';
import type { Settings } from '../settings/settings';

/** Less time than this left over is not worth starting a second exercise for. */
export const CHAIN_MIN_SEC = 60;

/**
 * What may follow each kind of exercise in a longer break, in order of preference: calm, a change
 * of focus, and never "savour it" (it is offered only when a check-in says something feels good).
 */
export const FOLLOW_UPS: Readonly<Record<ExerciseKind, readonly ExerciseId[]>> = {
  breathing: ['body_scan', 'rest', 'senses_54321'],
  senses: ['body_scan', 'stretch_move', 'rest'],
  body: ['rest', 'senses_54321', 'stretch_move'],
  movement: ['senses_54321', 'body_scan', 'rest'],
  eyes: ['stretch_move', 'rest', 'senses_54321'],
  compassion: ['rest', 'body_scan', 'senses_54321'],
  connection: ['self_compassion', 'rest', 'stretch_move'],
  creative: ['stretch_move', 'rest', 'senses_54321'],
  rest: ['stretch_move', 'senses_54321', 'body_scan'],
};

export interface PlanOptions {
  /** The break length setting, in minutes. */
  breakLengthMin: number;
  /** Breathe at the gentler count where an exercise has one (3-count box breathing). */
  gentler: boolean;
  /** Exercises the user does not want; never chained. */
  excluded: readonly string[];
}

/** The plan options the user's settings give. */
export function planOptionsFrom(
  settings: Pick<Settings, 'breakLengthMin' | 'gentlerBreathing' | 'excludedExercises'>,
): PlanOptions {
  return {
    breakLengthMin: settings.breakLengthMin,
    gentler: settings.gentlerBreathing,
    excluded: settings.excludedExercises,
  };
}

/** One exercise of a break, as it will play: steps and breath count already fitted. */
export interface PlanPart {
  exercise: Exercise;
  seconds: number;
}

export interface BreakPlan {
  /** One or two exercises, played in turn. */
  parts: readonly PlanPart[];
  totalSec: number;
}

const PHASE_SECONDS: Readonly<Record<string, keyof BreathingPattern>> = {
  inhale: 'inhale',
  hold: 'hold',
  exhale: 'exhale',
  hold_after: 'holdAfter',
};

/** The exercise at its gentler breathing count, when asked for and it has one; otherwise as it is. */
export function atPace(exercise: Exercise<ExerciseId>, gentler: boolean): Exercise<ExerciseId> {
  const breathing = exercise.breathing;
  const pattern = breathing?.gentler;
  if (!gentler || !breathing || !pattern) return exercise;
  const topUp = exercise.steps.find((step) => step.key === 'top_up')?.seconds ?? 0;
  const steps = exercise.steps.map((step) => {
    const phase = PHASE_SECONDS[step.key];
    if (!phase) return step;
    return { ...step, seconds: phase === 'inhale' ? pattern.inhale - topUp : pattern[phase] };
  });
  return { ...exercise, steps, breathing: { ...breathing, ...pattern } };
}

/** The exercise lengthened towards `targetSec` as its `grows` allows; never shortened. */
export function grow(exercise: Exercise<ExerciseId>, targetSec: number): Exercise<ExerciseId> {
  const growth = exercise.grows;
  const length = exerciseLengthSec(exercise);
  if (!growth || targetSec <= length) return exercise;
  if (growth.by === 'cycles') {
    const breathing = exercise.breathing;
    if (!breathing) return exercise;
    const fitting = Math.floor(targetSec / stepsLengthSec(exercise));
    const cycles = Math.max(breathing.cycles, Math.min(growth.maxCycles, fitting));
    return { ...exercise, breathing: { ...breathing, cycles } };
  }
  const growing = exercise.steps.filter((step) => growth.steps.includes(step.key));
  const growingSec = growing.reduce((sum, step) => sum + step.seconds, 0);
  const goal = Math.min(targetSec, growth.maxSec);
  const factor = growingSec > 0 ? Math.max(1, (goal - (length - growingSec)) / growingSec) : 1;
  const steps = exercise.steps.map((step) =>
    // Whole seconds, never past the goal; the nudge keeps 15 × (180 / 135) at 20, not 19.999….
    growth.steps.includes(step.key) ? { ...step, seconds: Math.floor(step.seconds * factor + 1e-9) } : step,
  );
  return { ...exercise, steps };
}

/** The longest the exercise can become. */
export function longestSec(exercise: Exercise): number {
  const growth = exercise.grows;
  if (!growth) return exerciseLengthSec(exercise);
  if (growth.by === 'steps') return Math.max(growth.maxSec, exerciseLengthSec(exercise));
  return stepsLengthSec(exercise) * Math.max(growth.maxCycles, exercise.breathing?.cycles ?? 1);
}

/** The exercise to follow `chosen` in `leftSec` seconds, or none. */
function followUp(chosen: Exercise<ExerciseId>, leftSec: number, options: PlanOptions) {
  const fitting = FOLLOW_UPS[chosen.kind]
    .filter((id) => id !== chosen.id && !options.excluded.includes(id))
    .map((id) => atPace(EXERCISE_BY_ID[id], options.gentler))
    .filter((exercise) => exerciseLengthSec(exercise) <= leftSec);
  const filling = fitting.find((exercise) => longestSec(exercise) >= leftSec);
  return (
    filling ??
    fitting.reduce<Exercise<ExerciseId> | undefined>(
      (best, exercise) => (!best || longestSec(exercise) > longestSec(best) ? exercise : best),
      undefined,
    )
  );
}

function part(exercise: Exercise<ExerciseId>): PlanPart {
  return { exercise, seconds: exerciseLengthSec(exercise) };
}

/** The break for one chosen exercise at the user's break length. */
export function planBreak(id: ExerciseId, options: PlanOptions): BreakPlan {
  const targetSec = options.breakLengthMin * 60;
  const chosen = EXERCISE_BY_ID[id];
  const first = part(grow(atPace(chosen, options.gentler), targetSec));
  const parts = [first];
  const left = targetSec - first.seconds;
  const next = left >= CHAIN_MIN_SEC ? followUp(chosen, left, options) : undefined;
  if (next) parts.push(part(grow(next, left)));
  return { parts, totalSec: parts.reduce((sum, p) => sum + p.seconds, 0) };
}

/** The break for an exercise of the person's own: its steps once, as written (it never grows or chains). */
export function planAsWritten(exercise: Exercise): BreakPlan {
  const seconds = exerciseLengthSec(exercise);
  return { parts: [{ exercise, seconds }], totalSec: seconds };
}

/** A length in whole minutes for "about N min", never 0. */
export function roundMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
