/**
 * The exercise a break reminder offers. Pure: the only randomness is the `random` passed in.
 *
 * It follows the latest check-in when it is recent (RECENT_MS), read as `suggest` reads one
 * (situationOf), in tiers, best fit first:
 * - numb, flat, "can't tell" → the senses or movement, then the body or making something;
 * - heavy (low and unpleasant, or any heavy word of utils/care/heavy.ts such as hopeless, whatever
 *   else was picked) → a kind moment or reaching out, then rest or a slow sigh;
 * - wound up → slow breathing, then releasing tension or moving;
 * - something good → what suits a good moment (savouring it among them).
 * The break page's one-tap answers give pleasantness only: "low" and "very low" read as heavy,
 * "good" and "very good" as good.
 * Without a recent check-in, or one in the neutral middle, any allowed exercise (variety).
 * The person's own exercises (`own`) join the first tier for a mood when they suit its group of the
 * exercise list (MOOD_GROUP), and the variety pool always.
 *
 * Always: never the exercise offered last time while another is possible, never one the user turned
 * off (unless that leaves nothing, as before), and never "savour it" while the latest check-in of the
 * last day (SAVOUR_GUARD_MS) said numb, heavy or wound up: asking someone who feels nothing, or
 * hopeless, to savour the good tells them they are doing it wrong.
 */
import { isHeavyCheckin } from '../care/heavy';
import type { ExerciseGroupId } from '../content/exercise-groups';
import { EXERCISES, type ExerciseId } from '../content/exercises';
import { situationOf, type OwnExerciseFit, type SuggestInput } from './suggest';
import { pickLearned, type TrackRecords } from './track-record';

/** A check-in this recent decides what a reminder offers. */
export const RECENT_MS = 4 * 60 * 60 * 1000;
/** "Savour it" waits this long after a numb, heavy or wound-up check-in. */
export const SAVOUR_GUARD_MS = 24 * 60 * 60 * 1000;

export type ReminderMood = 'numb' | 'heavy' | 'wound_up' | 'good' | 'neutral';

export interface LatestCheckin extends SuggestInput {
  at: number;
}

const SAVOUR: ExerciseId = 'savour_moment';

const TIERS: Readonly<Record<Exclude<ReminderMood, 'neutral'>, readonly (readonly ExerciseId[])[]>> = {
  numb: [
    ['senses_54321', 'stretch_move', 'short_walk', 'water_outside'],
    ['body_scan', 'creative_minute'],
  ],
  heavy: [
    ['self_compassion', 'reach_out'],
    ['rest', 'cyclic_sigh'],
  ],
  wound_up: [
    ['cyclic_sigh', 'box_breathing', 'breathing_478'],
    ['muscle_relaxation', 'short_walk', 'senses_54321'],
  ],
  good: [['savour_moment', 'short_walk', 'creative_minute', 'stretch_move', 'eyes_202020']],
};

/** The group of the exercise list whose own exercises fit each mood. */
const MOOD_GROUP: Readonly<Record<Exclude<ReminderMood, 'neutral'>, ExerciseGroupId>> = {
  numb: 'ground',
  heavy: 'low',
  wound_up: 'settle',
  good: 'enjoy',
};

/** Used when exclusions leave nothing: the quietest break there is, or the eye break after it. */
const FALLBACK: ExerciseId = 'rest';
const FALLBACK_AFTER_REST: ExerciseId = 'eyes_202020';

/** How a check-in reads for a reminder. */
export function moodOf(checkin: SuggestInput): ReminderMood {
  if (isHeavyCheckin(checkin)) return 'heavy';
  switch (situationOf(checkin)) {
    case 'disconnected':
    case 'cant_tell':
      return 'numb';
    case 'low_unpleasant':
      return 'heavy';
    case 'high_unpleasant':
      return 'wound_up';
    case 'high_pleasant':
    case 'low_pleasant':
      return 'good';
    case 'in_between':
      return 'neutral';
    case 'nothing_placed':
      return pleasantnessOnly(checkin.pleasantness);
  }
}

/**
 * The break page's one-tap answers place pleasantness only ("very low" … "very good"): low reads as
 * heavy, high as good, the middle as neutral.
 */
function pleasantnessOnly(pleasantness: number | null): ReminderMood {
  if (pleasantness === null || !Number.isFinite(pleasantness)) return 'neutral';
  if (pleasantness <= -2) return 'heavy';
  return pleasantness >= 2 ? 'good' : 'neutral';
}

/** The latest check-in's mood if it is recent enough to follow, else null. */
export function recentMood(latest: LatestCheckin | undefined, now: number, withinMs = RECENT_MS) {
  if (!latest || latest.at > now || now - latest.at > withinMs) return null;
  return moodOf(latest);
}

export function pickReminderExercise(options: {
  excluded: readonly string[];
  lastExerciseId?: string;
  latest?: LatestCheckin;
  now: number;
  random: () => number;
  /** What each exercise did on the person's own breaks (track-record.ts). */
  records?: TrackRecords;
  /** The person's own exercises. */
  own?: readonly OwnExerciseFit[];
}): string {
  const mood = recentMood(options.latest, options.now);
  const guardMood = recentMood(options.latest, options.now, SAVOUR_GUARD_MS);
  const noSavour = guardMood === 'numb' || guardMood === 'heavy' || guardMood === 'wound_up';
  const own = options.own ?? [];
  // An own exercise that suits enjoying waits after a hard check-in, as "savour it" does.
  const ownAllowed = own.filter(
    (exercise) =>
      !options.excluded.includes(exercise.id) &&
      !(noSavour && exercise.suits.every((group) => group === 'enjoy')),
  );
  const allowed: string[] = [
    ...EXERCISES.map((exercise) => exercise.id).filter(
      (id) => !options.excluded.includes(id) && !(noSavour && id === SAVOUR),
    ),
    ...ownAllowed.map((exercise) => exercise.id),
  ];
  const fresh = allowed.filter((id) => id !== options.lastExerciseId);
  const ownFor = (group: ExerciseGroupId) =>
    ownAllowed.filter((exercise) => exercise.suits.includes(group)).map((exercise) => exercise.id);
  const fitting =
    mood && mood !== 'neutral'
      ? TIERS[mood].map((tier, index) =>
          [...tier, ...(index === 0 ? ownFor(MOOD_GROUP[mood]) : [])].filter((id) => fresh.includes(id)),
        )
      : [];
  // Best fit first; then variety; then the last one again, when it is all that is allowed.
  for (const ids of [...fitting, fresh, allowed]) {
    if (ids.length > 0) return pickLearned(ids, options.records, options.random);
  }
  return options.lastExerciseId === FALLBACK ? FALLBACK_AFTER_REST : FALLBACK;
}
