/**
 * One tailored suggestion after a check-in, and the exercise for a break reminder. Pure: no I/O, and the
 * only randomness is the `random` function passed in.
 *
 * How a check-in is read (see `situationOf`):
 * 1. Any word from the numb / flat / disconnected family -> 'disconnected'. These words win over all
 *    others: grounding with the senses and the body also helps the other feelings picked with them,
 *    while breathing or rest does little for numbness.
 * 2. "I can't tell" with no other word -> 'cant_tell'. With other words, those words are read instead.
 * 3. Other words -> the quadrant most of them belong to. Words outweigh the point: the point only breaks
 *    a tie, and without it ties go to the first of high_unpleasant, low_unpleasant, high_pleasant,
 *    low_pleasant (support before celebration).
 * 4. No words: the point's quadrant (`quadrantOf`); a point inside the neutral middle (both axes within
 *    NEUTRAL_ZONE of 0) -> 'in_between'; no point -> 'nothing_placed'.
 *
 * What is suggested:
 * - disconnected, cant_tell, in_between, nothing_placed: grounding with the senses or movement
 *   (senses_54321, stretch_move, body_scan).
 * - high_unpleasant: slow breathing or the cyclic sigh.
 * - low_unpleasant: self-compassion, rest or reaching out; "lonely" leans to reaching out and drained or
 *   tired words lean to rest.
 * - pleasant (either quadrant): write it down (a joy or gratitude prompt) or savour it.
 * When those are all excluded, another exercise that suits the feeling ('something_gentle'); when every
 * exercise is excluded, a journal prompt that fits ('write_it_down'). The last exercise done is never
 * suggested again straight away: another exercise or the journal is always there instead.
 * The person's own exercises (`own`) join the best-fitting tier when they suit its group of the exercise
 * list (ground, settle, low, rest, enjoy: OWN_GROUPS), and "savour it" when they suit enjoying.
 * The person's own breaks weigh which fitting exercise is picked, and an exercise that has helped them
 * joins the fitting ones even from a later tier (track-record.ts); with no records, every fitting one
 * is as likely. Without `random`, the first fitting choice (or the best proven one) is taken, so results
 * are deterministic.
 */
import { CANT_TELL, EMOTION_BY_ID, isEmotionId, quadrantOf, type Quadrant } from '../content/emotions';
import type { ExerciseGroupId } from '../content/exercise-groups';
import { EXERCISES, type ExerciseId } from '../content/exercises';
import { isCustomExerciseId, type CustomExercise } from '../exercises/custom-exercise';
import { pickWith, promptsFor, type PromptId, type PromptTheme } from '../content/prompts';
import { pickLearned, provenRecord, type TrackRecord, type TrackRecords } from './track-record';

export type Situation = Quadrant | 'disconnected' | 'cant_tell' | 'in_between' | 'nothing_placed';

export type SuggestionReason =
  | 'feel_far_away'
  | 'cant_tell'
  | 'in_between'
  | 'nothing_placed'
  | 'wound_up'
  | 'low_and_heavy'
  | 'alone'
  | 'drained'
  | 'feeling_good'
  | 'something_gentle'
  | 'write_it_down';

export const SUGGESTION_REASONS = [
  'feel_far_away',
  'cant_tell',
  'in_between',
  'nothing_placed',
  'wound_up',
  'low_and_heavy',
  'alone',
  'drained',
  'feeling_good',
  'something_gentle',
  'write_it_down',
] as const satisfies readonly SuggestionReason[];

export type Suggestion =
  | {
      kind: 'exercise';
      /** A built-in exercise (ExerciseId) or one of the person's own (`own:` id). */
      exerciseId: string;
      reason: SuggestionReason;
      /** The person's own record with it, when it has helped more often than not (track-record.ts). */
      helped?: TrackRecord;
    }
  | { kind: 'journal'; promptId: PromptId; reason: SuggestionReason };

export interface SuggestInput {
  pleasantness: number | null;
  energy: number | null;
  emotions: readonly string[];
}

export interface SuggestOptions {
  /** Exercise ids the user does not want suggested. */
  excluded: readonly string[];
  /** The exercise done (or suggested) last; not suggested again straight away. */
  lastExerciseId?: string;
  /** Returns a number in [0, 1). Without it, the first fitting choice is taken. */
  random?: () => number;
  /** What each exercise did on the person's own breaks: weighs the choice (track-record.ts). */
  records?: TrackRecords;
  /** The person's own exercises: each joins the suggestions for the moments it suits. */
  own?: readonly OwnExerciseFit[];
}

/** What suggestions need of one of the person's own exercises. */
export interface OwnExerciseFit {
  id: CustomExercise['id'];
  suits: readonly ExerciseGroupId[];
}

/** A point with both axes strictly within this distance of 0 reads as "somewhere in the middle". */
export const NEUTRAL_ZONE = 1;

/** Ties between quadrants with equal word counts, and no point to decide, go to the first of these. */
const TIE_ORDER: readonly Quadrant[] = ['high_unpleasant', 'low_unpleasant', 'high_pleasant', 'low_pleasant'];

const LONELY_WORDS: readonly string[] = ['lonely'];
const DRAINED_WORDS: readonly string[] = ['tired', 'drained', 'exhausted', 'burnt_out', 'weary', 'sluggish'];

const GROUNDING: readonly ExerciseId[] = ['senses_54321', 'stretch_move', 'body_scan'];
const SLOW_BREATHING: readonly ExerciseId[] = ['cyclic_sigh', 'box_breathing', 'breathing_478'];
const LOW_CARE: readonly ExerciseId[] = ['self_compassion', 'rest', 'reach_out'];
const SAVOUR: ExerciseId = 'savour_moment';

/** Journal themes that fit each situation, for the journal suggestion. */
const JOURNAL_THEMES: Readonly<Record<Situation, readonly PromptTheme[]>> = {
  disconnected: ['numbness', 'body'],
  cant_tell: ['feelings', 'numbness'],
  in_between: ['feelings', 'body'],
  nothing_placed: ['feelings', 'body'],
  high_unpleasant: ['stressors', 'body'],
  low_unpleasant: ['self_compassion', 'rest'],
  high_pleasant: ['joy', 'gratitude'],
  low_pleasant: ['gratitude', 'joy'],
};

/** How a check-in is read; see the rules at the top of this file. */
export function situationOf(input: SuggestInput): Situation {
  const words = input.emotions.filter(isEmotionId);
  if (words.some((id) => id !== CANT_TELL && EMOTION_BY_ID[id].group === 'disconnected')) {
    return 'disconnected';
  }

  const counts = new Map<Quadrant, number>();
  for (const id of words) {
    const group = EMOTION_BY_ID[id].group;
    if (group !== 'disconnected') counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const point = placedPoint(input);
  if (counts.size > 0) {
    const most = Math.max(...counts.values());
    const tied = TIE_ORDER.filter((quadrant) => counts.get(quadrant) === most);
    const fromPoint = point ? quadrantOf(point.pleasantness, point.energy) : undefined;
    return fromPoint && tied.includes(fromPoint) ? fromPoint : (tied[0] as Quadrant);
  }
  if (words.includes(CANT_TELL)) return 'cant_tell';
  if (!point) return 'nothing_placed';
  if (Math.abs(point.pleasantness) < NEUTRAL_ZONE && Math.abs(point.energy) < NEUTRAL_ZONE) {
    return 'in_between';
  }
  return quadrantOf(point.pleasantness, point.energy);
}

function placedPoint(input: SuggestInput): { pleasantness: number; energy: number } | undefined {
  const { pleasantness, energy } = input;
  if (
    pleasantness === null ||
    energy === null ||
    !Number.isFinite(pleasantness) ||
    !Number.isFinite(energy)
  ) {
    return undefined;
  }
  return { pleasantness, energy };
}

interface Tier {
  ids: readonly string[];
  reason: SuggestionReason;
  /** The exercise-list groups whose own exercises join this tier. */
  groups?: readonly ExerciseGroupId[];
}

/** Reasons that name a practice ("slow breathing", "a few words to someone"): an own pick gets a plain one. */
const NAMES_A_PRACTICE: readonly SuggestionReason[] = ['wound_up', 'alone'];

/** Own exercises suiting enjoying join "savour it" on a good moment. */
const ENJOY_GROUP: ExerciseGroupId = 'enjoy';

/** The person's own exercises that suit any of `groups`, in their order. */
function ownSuiting(
  own: readonly OwnExerciseFit[] | undefined,
  groups: readonly ExerciseGroupId[],
): string[] {
  return (own ?? [])
    .filter((exercise) => exercise.suits.some((group) => groups.includes(group)))
    .map((exercise) => exercise.id);
}

function exercisesSuiting(group: Quadrant | 'disconnected'): ExerciseId[] {
  return EXERCISES.filter((exercise) => (exercise.suits as readonly string[]).includes(group)).map(
    (exercise) => exercise.id,
  );
}

/** The exercise tiers for a situation, best fit first. */
function tiersFor(situation: Situation, words: readonly string[]): Tier[] {
  switch (situation) {
    case 'disconnected':
    case 'cant_tell':
    case 'in_between':
    case 'nothing_placed': {
      const reason: SuggestionReason = situation === 'disconnected' ? 'feel_far_away' : situation;
      return [
        { ids: GROUNDING, reason, groups: ['ground'] },
        { ids: exercisesSuiting('disconnected'), reason: 'something_gentle' },
      ];
    }
    case 'high_unpleasant':
      return [
        { ids: SLOW_BREATHING, reason: 'wound_up', groups: ['settle'] },
        { ids: exercisesSuiting('high_unpleasant'), reason: 'something_gentle' },
      ];
    case 'low_unpleasant': {
      const leaning: Tier[] = [];
      if (words.some((id) => LONELY_WORDS.includes(id))) {
        leaning.push({ ids: ['reach_out'], reason: 'alone', groups: ['low'] });
      }
      if (words.some((id) => DRAINED_WORDS.includes(id))) {
        leaning.push({ ids: ['rest'], reason: 'drained', groups: ['rest'] });
      }
      return [
        ...leaning,
        { ids: LOW_CARE, reason: 'low_and_heavy', groups: ['low', 'rest'] },
        { ids: exercisesSuiting('low_unpleasant'), reason: 'something_gentle' },
      ];
    }
    case 'high_pleasant':
    case 'low_pleasant':
      // Savouring is offered by `suggest` itself, beside the journal; nothing else is pushed on a good moment.
      return [];
  }
}

/**
 * The first tier with an allowed exercise, joined by any exercise of a later tier that has proved to
 * help this person; the person's records weigh the pick (pickLearned).
 */
function chooseExercise(
  tiers: readonly Tier[],
  options: SuggestOptions,
): { exerciseId: string; reason: SuggestionReason; helped?: TrackRecord } | undefined {
  tiers = tiers.map((tier) =>
    tier.groups ? { ...tier, ids: [...tier.ids, ...ownSuiting(options.own, tier.groups)] } : tier,
  );
  const allowed = (id: string) => !options.excluded.includes(id) && id !== options.lastExerciseId;
  const index = tiers.findIndex((tier) => tier.ids.some(allowed));
  const tier = tiers[index];
  if (!tier) return undefined;
  const fitting = tier.ids.filter(allowed);
  const proven = tiers
    .slice(index + 1)
    .flatMap((later) => later.ids)
    .filter((id) => allowed(id) && !fitting.includes(id) && provenRecord(options.records, id));
  const exerciseId = pickLearned([...new Set([...fitting, ...proven])], options.records, options.random);
  const helped = provenRecord(options.records, exerciseId);
  const reason =
    fitting.includes(exerciseId) &&
    !(isCustomExerciseId(exerciseId) && NAMES_A_PRACTICE.includes(tier.reason))
      ? tier.reason
      : 'something_gentle';
  return { exerciseId, reason, ...(helped ? { helped } : {}) };
}

function choosePrompt(situation: Situation, random: (() => number) | undefined): PromptId {
  const prompts = promptsFor(...JOURNAL_THEMES[situation]);
  // Order by theme preference, so the deterministic choice is the first prompt of the first theme.
  const ordered = JOURNAL_THEMES[situation].flatMap((theme) =>
    prompts.filter((prompt) => prompt.theme === theme),
  );
  return random ? pickWith(ordered, random).id : (ordered[0] as (typeof ordered)[number]).id;
}

/** One suggestion for a check-in. Pure. */
export function suggest(input: SuggestInput, options: SuggestOptions): Suggestion {
  const situation = situationOf(input);
  const words = input.emotions.filter(isEmotionId);

  if (situation === 'high_pleasant' || situation === 'low_pleasant') {
    const savouring = [SAVOUR, ...ownSuiting(options.own, [ENJOY_GROUP])].filter(
      (id) => !options.excluded.includes(id) && id !== options.lastExerciseId,
    );
    // Half the time (with `random`) savour it; otherwise, and without `random`, write it down.
    if (savouring.length > 0 && options.random && options.random() >= 0.5) {
      const exerciseId = pickLearned(savouring, options.records, options.random);
      return { kind: 'exercise', exerciseId, reason: 'feeling_good' };
    }
    return { kind: 'journal', promptId: choosePrompt(situation, options.random), reason: 'feeling_good' };
  }

  const chosen = chooseExercise(tiersFor(situation, words), options);
  if (chosen) return { kind: 'exercise', ...chosen };
  return { kind: 'journal', promptId: choosePrompt(situation, options.random), reason: 'write_it_down' };
}
