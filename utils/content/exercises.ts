/**
 * The guided exercises. Data only: ids, steps, timings, who they suit, and where the facts come from.
 *
 * Texts live in locales/en.yml:
 * - `exercises.<id>.name` and `exercises.<id>.summary` (one line)
 * - `exercises.<id>.steps.<step key>`: the instruction shown during that step
 * - `exercises.<id>.notes.<note>`: small print shown with the exercise (gentler options, limits)
 * - `exercises.care_notes.<care>`: the "stop if this feels worse" note shown before and during the
 *   exercises that turn attention inward (breath, body, rest), where it can stir up something hard
 *
 * How steps play:
 * - Plain exercises show each step in order for its `seconds`.
 * - Breathing exercises (`breathing` set) loop their steps `breathing.cycles` times: the steps are the
 *   phases of one breath and their keys name the phase (`inhale`, `top_up`, `hold`, `exhale`,
 *   `hold_after`), so a pacer can map a step to the pattern. The step seconds always add up to the
 *   pattern (`inhale` + `top_up` = `breathing.inhale`); phases of 0 seconds are left out.
 * - Interactive exercises (`interactive`) let the user write or draw: 'senses' asks for `count` things
 *   per step, 'message' lets them write and copy a message, 'canvas' offers free drawing or writing.
 */
import type { EmotionGroup } from './emotions';

export type ExerciseKind =
  'breathing' | 'senses' | 'body' | 'movement' | 'eyes' | 'compassion' | 'connection' | 'creative' | 'rest';

/** Names of the phases of one breath, used as step keys in breathing exercises. */
export type BreathingPhase = 'inhale' | 'top_up' | 'hold' | 'exhale' | 'hold_after';

export interface ExerciseStep {
  readonly key: string;
  /** How long the step lasts (one breath phase, in breathing exercises). */
  readonly seconds: number;
  /** Interactive 'senses' steps: how many things to notice. */
  readonly count?: number;
}

/** Seconds per phase of one breath. */
export interface BreathingPattern {
  readonly inhale: number;
  readonly hold: number;
  readonly exhale: number;
  readonly holdAfter: number;
}

export interface Breathing extends BreathingPattern {
  readonly cycles: number;
  /** Two breaths in (a full one, then a short top-up) before the breath out: `inhale` covers both. */
  readonly doubleInhale?: boolean;
  /** A softer pattern for people who find the main one hard. */
  readonly gentler?: BreathingPattern;
}

/**
 * The trauma-sensitive notes: turning attention to the breath or the body, or resting with eyes
 * closed, can bring up something hard, so these exercises say plainly that eyes may stay open and
 * stopping is always fine.
 */
export const CARE_NOTES = ['breath', 'body', 'rest'] as const;
export type CareNote = (typeof CARE_NOTES)[number];

/**
 * How an exercise grows when the break is longer than the exercise as written (utils/breaks/plan.ts).
 * - 'cycles': breathing plays more breaths, up to `maxCycles`.
 * - 'steps': the named steps last longer (longer holds of attention), all by the same factor, until
 *   the whole exercise lasts `maxSec`.
 * Exercises without it keep their length (a hold or a tense that must not grow, a fixed rule).
 */
export type Growth =
  | { readonly by: 'cycles'; readonly maxCycles: number }
  | { readonly by: 'steps'; readonly steps: readonly string[]; readonly maxSec: number };

export interface Exercise<Id extends string = string> {
  readonly id: Id;
  readonly kind: ExerciseKind;
  readonly steps: readonly ExerciseStep[];
  readonly breathing?: Breathing;
  readonly interactive?: 'senses' | 'message' | 'canvas';
  /** Keys of small-print notes, texts at `exercises.<id>.notes.<key>`. */
  readonly notes?: readonly string[];
  /** The "keep your eyes open if you prefer; stop whenever you want" note that fits it. */
  readonly care?: CareNote;
  /** How it grows for a longer break; absent when its length is fixed. */
  readonly grows?: Growth;
  /** The feelings this exercise suits best. */
  readonly suits: readonly EmotionGroup[];
  /** Short factual notes, in our words, on where the idea and the timings come from. */
  readonly sources: readonly string[];
}

/** Progressive muscle relaxation: each group is tensed 7 s (5–10 s advised) and released 12 s (10–15 s). */
const PMR_GROUPS = ['hands', 'arms', 'shoulders', 'face', 'chest', 'stomach', 'legs', 'feet'] as const;
const PMR_TENSE_SEC = 7;
const PMR_RELEASE_SEC = 12;

export const EXERCISES = [
  {
    id: 'senses_54321',
    kind: 'senses',
    interactive: 'senses',
    steps: [
      { key: 'see', seconds: 30, count: 5 },
      { key: 'touch', seconds: 25, count: 4 },
      { key: 'hear', seconds: 20, count: 3 },
      { key: 'smell', seconds: 15, count: 2 },
      { key: 'taste', seconds: 10, count: 1 },
    ],
    grows: { by: 'steps', steps: ['see', 'touch', 'hear', 'smell', 'taste'], maxSec: 200 },
    suits: ['disconnected', 'high_unpleasant'],
    sources: [
      'peers.md: 5-4-3-2-1 grounding, 5 things seen, 4 touched, 3 heard, 2 smelled, 1 tasted; name a favourite smell or taste when there is none',
      'seed 000: grounding by attending to what you see, hear and feel brings you back to the present',
      'seed 002: grounding through the five senses as a first step out of numbness',
    ],
  },
  {
    id: 'box_breathing',
    kind: 'breathing',
    steps: [
      { key: 'inhale', seconds: 4 },
      { key: 'hold', seconds: 4 },
      { key: 'exhale', seconds: 4 },
      { key: 'hold_after', seconds: 4 },
    ],
    breathing: {
      inhale: 4,
      hold: 4,
      exhale: 4,
      holdAfter: 4,
      cycles: 5,
      gentler: { inhale: 3, hold: 3, exhale: 3, holdAfter: 3 },
    },
    notes: ['gentler'],
    care: 'breath',
    // About five minutes of box breathing at four counts.
    grows: { by: 'cycles', maxCycles: 19 },
    suits: ['high_unpleasant'],
    sources: [
      'peers.md: box breathing, in 4, hold 4, out 4, hold 4; counts of 3 for people who find 4 hard',
      'seed 000: deep breathing as a simple way to manage stress',
    ],
  },
  {
    id: 'breathing_478',
    kind: 'breathing',
    steps: [
      { key: 'inhale', seconds: 4 },
      { key: 'hold', seconds: 7 },
      { key: 'exhale', seconds: 8 },
    ],
    breathing: { inhale: 4, hold: 7, exhale: 8, holdAfter: 0, cycles: 4 },
    // Four rounds are advised to start with, and the long hold can make people dizzy: it does not grow.
    notes: ['start_small'],
    care: 'breath',
    suits: ['high_unpleasant'],
    sources: [
      'peers.md: 4-7-8 breathing, in 4, hold 7, out 8; four cycles to start',
      'seed 001: deep breathing can bring relaxation almost at once',
    ],
  },
  {
    id: 'cyclic_sigh',
    kind: 'breathing',
    steps: [
      { key: 'inhale', seconds: 2 },
      { key: 'top_up', seconds: 1 },
      { key: 'exhale', seconds: 6 },
    ],
    breathing: { inhale: 3, hold: 0, exhale: 6, holdAfter: 0, cycles: 12, doubleInhale: true },
    notes: ['longer'],
    care: 'breath',
    // Five minutes, as in the trial.
    grows: { by: 'cycles', maxCycles: 33 },
    suits: ['high_unpleasant', 'low_unpleasant'],
    sources: [
      'Balban et al., Cell Reports Medicine 2023: 5 min/day of cyclic sighing raised positive mood more than mindfulness meditation over 28 days',
      'peers.md: two breaths in through the nose, one long breath out through the mouth',
    ],
  },
  {
    id: 'body_scan',
    kind: 'body',
    steps: [
      { key: 'settle', seconds: 15 },
      { key: 'feet', seconds: 15 },
      { key: 'legs', seconds: 15 },
      { key: 'belly', seconds: 15 },
      { key: 'chest', seconds: 15 },
      { key: 'hands_arms', seconds: 15 },
      { key: 'shoulders_neck', seconds: 15 },
      { key: 'face', seconds: 15 },
      { key: 'whole', seconds: 15 },
    ],
    care: 'body',
    grows: {
      by: 'steps',
      steps: ['settle', 'feet', 'legs', 'belly', 'chest', 'hands_arms', 'shoulders_neck', 'face', 'whole'],
      maxSec: 450,
    },
    suits: ['disconnected', 'high_unpleasant', 'low_pleasant'],
    sources: [
      'seed 003: a body scan helps when mind and body feel disconnected',
      'seed 001: body awareness exercises can help wake up sensations and feelings',
      'seed 000: practices that connect you with your body help you feel present',
    ],
  },
  {
    id: 'muscle_relaxation',
    kind: 'body',
    steps: [
      { key: 'settle', seconds: 10 },
      ...PMR_GROUPS.flatMap((group) => [
        { key: `${group}_tense` as const, seconds: PMR_TENSE_SEC },
        { key: `${group}_release` as const, seconds: PMR_RELEASE_SEC },
      ]),
    ],
    notes: ['no_strain'],
    care: 'body',
    suits: ['high_unpleasant'],
    sources: [
      'peers.md: progressive muscle relaxation, tense a group 5-10 s, release 10-15 s, never to strain; hands, arms, shoulders, face, chest, stomach, legs, feet',
      'seed 000: progressive muscle relaxation to calm mind and body',
    ],
  },
  {
    id: 'stretch_move',
    kind: 'movement',
    steps: [
      { key: 'stand', seconds: 10 },
      { key: 'reach_up', seconds: 15 },
      { key: 'side_bend', seconds: 20 },
      { key: 'neck', seconds: 20 },
      { key: 'shoulders', seconds: 15 },
      { key: 'wrists', seconds: 15 },
      { key: 'shake', seconds: 15 },
    ],
    notes: ['comfort'],
    grows: {
      by: 'steps',
      steps: ['reach_up', 'side_bend', 'neck', 'shoulders', 'wrists', 'shake'],
      maxSec: 240,
    },
    suits: ['disconnected', 'low_unpleasant', 'low_pleasant'],
    sources: [
      'seed 000: stretching or yoga connects you with your body and helps you feel present',
      'seed 004: moving your body is a good first step when you feel numb',
      'seed 001: regular physical activity that you enjoy',
    ],
  },
  {
    id: 'short_walk',
    kind: 'movement',
    steps: [
      { key: 'stand', seconds: 10 },
      { key: 'walk', seconds: 90 },
      { key: 'notice', seconds: 30 },
      { key: 'return', seconds: 10 },
    ],
    grows: { by: 'steps', steps: ['walk', 'notice'], maxSec: 900 },
    suits: ['disconnected', 'low_unpleasant', 'high_unpleasant', 'high_pleasant'],
    sources: [
      'seed 004: a quick walk can take the edge off stress and lift mood for a while',
      'seed 000: even gentle walking can help your mood',
    ],
  },
  {
    id: 'eyes_202020',
    kind: 'eyes',
    steps: [
      { key: 'look_far', seconds: 20 },
      { key: 'blink', seconds: 10 },
      { key: 'close', seconds: 15 },
    ],
    notes: ['rule'],
    suits: ['low_pleasant', 'high_pleasant', 'low_unpleasant'],
    sources: ['peers.md: 20-20-20, every 20 min look at something 20 feet (about 6 m) away for 20 s'],
  },
  {
    id: 'self_compassion',
    kind: 'compassion',
    steps: [
      { key: 'notice', seconds: 20 },
      { key: 'hold', seconds: 20 },
      { key: 'common', seconds: 20 },
      { key: 'kind_words', seconds: 30 },
      { key: 'breathe', seconds: 15 },
    ],
    grows: { by: 'steps', steps: ['notice', 'hold', 'common', 'kind_words', 'breathe'], maxSec: 300 },
    suits: ['low_unpleasant', 'disconnected', 'high_unpleasant'],
    sources: [
      'seed 000: self-compassion, accepting numbness as a natural response without blaming yourself',
      'seed 002: letting go of judgement and speaking gently to the inner critic',
      'seed 003: hugging yourself or gently holding part of your body',
      'Kristin Neff: the self-compassion break (noticing, common humanity, kindness to yourself)',
    ],
  },
  {
    id: 'reach_out',
    kind: 'connection',
    interactive: 'message',
    steps: [
      { key: 'think', seconds: 20 },
      { key: 'write', seconds: 60 },
      { key: 'send', seconds: 20 },
    ],
    grows: { by: 'steps', steps: ['think', 'write'], maxSec: 480 },
    suits: ['low_unpleasant', 'disconnected'],
    sources: [
      'seed 004: reach out to loved ones; simply telling them how you feel can bring relief',
      'seed 001: support from friends and family you trust is a safe place to express feelings',
      'seed 000: spending time with people who understand you',
    ],
  },
  {
    id: 'creative_minute',
    kind: 'creative',
    interactive: 'canvas',
    steps: [
      { key: 'choose', seconds: 10 },
      { key: 'make', seconds: 60 },
      { key: 'look', seconds: 15 },
    ],
    grows: { by: 'steps', steps: ['make', 'look'], maxSec: 600 },
    suits: ['disconnected', 'low_unpleasant', 'high_pleasant'],
    sources: [
      'seed 003: creative expression (scribbling, free writing) without worrying about artistic merit',
      'seed 002: creative expression as a way back to feelings',
      'seed 000: art and music as outlets for emotions',
    ],
  },
  {
    id: 'water_outside',
    kind: 'movement',
    steps: [
      { key: 'water', seconds: 30 },
      { key: 'outside', seconds: 60 },
      { key: 'notice', seconds: 20 },
    ],
    grows: { by: 'steps', steps: ['outside', 'notice'], maxSec: 600 },
    suits: ['disconnected', 'low_unpleasant', 'high_unpleasant'],
    sources: [
      'seed 000: stay hydrated; time outdoors and in nature',
      'peers.md: hydrate and take a short walk, from the source articles',
    ],
  },
  {
    id: 'rest',
    kind: 'rest',
    steps: [
      { key: 'settle', seconds: 15 },
      { key: 'rest', seconds: 90 },
      { key: 'return', seconds: 15 },
    ],
    care: 'rest',
    grows: { by: 'steps', steps: ['rest'], maxSec: 900 },
    suits: ['low_unpleasant'],
    sources: [
      'seed 001: enough rest makes everyday stress easier to cope with',
      'seed 004: sleep can change how you feel surprisingly quickly',
    ],
  },
  {
    id: 'savour_moment',
    kind: 'senses',
    steps: [
      { key: 'recall', seconds: 20 },
      { key: 'notice', seconds: 30 },
      { key: 'stay', seconds: 30 },
      { key: 'thanks', seconds: 15 },
    ],
    grows: { by: 'steps', steps: ['notice', 'stay'], maxSec: 240 },
    suits: ['high_pleasant', 'low_pleasant'],
    sources: [
      'Bryant and Veroff, Savoring (2007): deliberately attending to a good experience helps it last',
      'seed 000: numbing dulls the good feelings too, so noticing them is worth practising',
    ],
  },
] as const satisfies readonly Exercise[];

export type ExerciseId = (typeof EXERCISES)[number]['id'];

export const EXERCISE_IDS: readonly ExerciseId[] = EXERCISES.map((exercise) => exercise.id);

export const EXERCISE_BY_ID: Readonly<Record<ExerciseId, Exercise<ExerciseId>>> = Object.fromEntries(
  EXERCISES.map((exercise): [ExerciseId, Exercise<ExerciseId>] => [exercise.id, exercise]),
) as Record<ExerciseId, Exercise<ExerciseId>>;

export function isExerciseId(id: string): id is ExerciseId {
  return Object.prototype.hasOwnProperty.call(EXERCISE_BY_ID, id);
}

/** Seconds of one pass through the steps (one breath, in breathing exercises). */
export function stepsLengthSec(ex: Exercise): number {
  return ex.steps.reduce((sum, step) => sum + step.seconds, 0);
}

/** Total length in seconds: the steps once, or once per breathing cycle. */
export function exerciseLengthSec(ex: Exercise): number {
  return stepsLengthSec(ex) * (ex.breathing?.cycles ?? 1);
}
