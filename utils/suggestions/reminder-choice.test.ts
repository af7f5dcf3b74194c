import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, type ExerciseId } from '../content/exercises';
import { seededRandom } from '../content/test-helpers';
import {
  RECENT_MS,
  SAVOUR_GUARD_MS,
  moodOf,
  pickReminderExercise,
  type LatestCheckin,
  type ReminderMood,
} from './reminder-choice';
import type { OwnExerciseFit } from './suggest';

const NOW = Date.UTC(2026, 11, 3, 15);
const HOUR = 60 * 60 * 1000;

function checkin(emotions: string[], ago = HOUR, point: [number, number] | null = null): LatestCheckin {
  return { at: NOW - ago, emotions, pleasantness: point?.[0] ?? null, energy: point?.[1] ?? null };
}

/** A one-tap answer from the break page: pleasantness only. */
function tap(pleasantness: number): LatestCheckin {
  return { at: NOW - HOUR, emotions: [], pleasantness, energy: null };
}

/** Every exercise the rule can offer for these inputs, over many draws. */
function offered(options: {
  latest?: LatestCheckin;
  excluded?: readonly string[];
  last?: string;
  own?: readonly OwnExerciseFit[];
}) {
  const random = seededRandom(42);
  const seen = new Set<string>();
  for (let i = 0; i < 300; i++) {
    seen.add(
      pickReminderExercise({
        excluded: options.excluded ?? [],
        lastExerciseId: options.last,
        latest: options.latest,
        now: NOW,
        random,
        ...(options.own ? { own: options.own } : {}),
      }),
    );
  }
  return [...seen].sort();
}

const sorted = (ids: readonly ExerciseId[]) => [...ids].sort();
const SENSES_OR_MOVEMENT: ExerciseId[] = ['senses_54321', 'stretch_move', 'short_walk', 'water_outside'];
const KINDNESS_OR_REACHING: ExerciseId[] = ['self_compassion', 'reach_out'];
const SLOW_BREATHING: ExerciseId[] = ['cyclic_sigh', 'box_breathing', 'breathing_478'];
const GOOD: ExerciseId[] = ['savour_moment', 'short_walk', 'creative_minute', 'stretch_move', 'eyes_202020'];

describe('moodOf: how the latest check-in reads for a reminder', () => {
  it.each<[string, LatestCheckin, ReminderMood]>([
    ['numb', checkin(['numb']), 'numb'],
    ["can't tell alone", checkin(['cant_tell']), 'numb'],
    ['the break page\'s "numb / can\'t tell"', checkin(['cant_tell']), 'numb'],
    ['flat beside a pleasant word', checkin(['flat', 'calm']), 'numb'],
    ['hopeless', checkin(['hopeless']), 'heavy'],
    [
      'hopeless outnumbered by anxious words: still heavy',
      checkin(['anxious', 'stressed', 'hopeless']),
      'heavy',
    ],
    ['hopeless beside numb: heavy first', checkin(['numb', 'hopeless']), 'heavy'],
    ['trapped beside excited words: heavy first', checkin(['excited', 'proud', 'trapped']), 'heavy'],
    ['worthless', checkin(['worthless']), 'heavy'],
    ['sad and lonely', checkin(['sad', 'lonely']), 'heavy'],
    ['a low, unpleasant point', checkin([], HOUR, [-3, -3]), 'heavy'],
    ['the break page\'s "very low"', tap(-4), 'heavy'],
    ['the break page\'s "low"', tap(-2), 'heavy'],
    ['the break page\'s "okay"', tap(0), 'neutral'],
    ['the break page\'s "good"', tap(2), 'good'],
    ['anxious', checkin(['anxious']), 'wound_up'],
    ['calm', checkin(['calm']), 'good'],
    ['excited', checkin(['excited']), 'good'],
    ['the middle of the meter', checkin([], HOUR, [0, 0]), 'neutral'],
    ['nothing at all', checkin([]), 'neutral'],
  ])('%s → %s', (_case, latest, mood) => {
    expect(moodOf(latest)).toBe(mood);
  });
});

describe('pickReminderExercise: the exercise a reminder offers', () => {
  // latest check-in, last offered → every exercise it may offer
  it.each<[string, LatestCheckin | undefined, ExerciseId | undefined, ExerciseId[]]>([
    ['numb an hour ago → senses or movement', checkin(['numb']), undefined, SENSES_OR_MOVEMENT],
    ["can't tell → senses or movement", checkin(['cant_tell']), undefined, SENSES_OR_MOVEMENT],
    [
      'numb, after the 5-4-3-2-1 last time → movement, never the same again',
      checkin(['numb']),
      'senses_54321',
      ['stretch_move', 'short_walk', 'water_outside'],
    ],
    ['hopeless → a kind moment or reaching out', checkin(['hopeless']), undefined, KINDNESS_OR_REACHING],
    ['"very low" after a break → a kind moment or reaching out', tap(-4), undefined, KINDNESS_OR_REACHING],
    ['sad → a kind moment or reaching out', checkin(['sad']), undefined, KINDNESS_OR_REACHING],
    [
      'heavy, after a kind moment last time → reaching out',
      checkin(['hopeless']),
      'self_compassion',
      ['reach_out'],
    ],
    ['anxious → slow breathing', checkin(['anxious']), undefined, SLOW_BREATHING],
    ['calm → what suits a good moment', checkin(['calm']), undefined, GOOD],
    ['no check-in at all → variety: anything', undefined, undefined, sorted(EXERCISE_IDS)],
    [
      'numb, but five hours ago → variety, still without savouring',
      checkin(['numb'], 5 * HOUR),
      'rest',
      sorted(EXERCISE_IDS.filter((id) => id !== 'savour_moment' && id !== 'rest')),
    ],
    [
      'numb two days ago → variety, savouring allowed again',
      checkin(['numb'], 48 * HOUR),
      undefined,
      sorted(EXERCISE_IDS),
    ],
    [
      'a neutral check-in → variety',
      checkin([], HOUR, [0, 0]),
      'box_breathing',
      sorted(EXERCISE_IDS.filter((id) => id !== 'box_breathing')),
    ],
    [
      'a check-in dated in the future (a clock change) → variety',
      checkin(['numb'], -HOUR),
      undefined,
      sorted(EXERCISE_IDS),
    ],
  ])('%s', (_case, latest, last, expected) => {
    expect(offered({ latest, last })).toEqual(sorted(expected));
  });

  it('never offers "savour it" within a day of a numb, heavy or wound-up check-in, whatever is allowed', () => {
    const words = [['numb'], ['cant_tell'], ['hopeless'], ['sad'], ['anxious'], ['empty', 'hopeless']];
    const givens = [...words.map((w) => checkin(w, 0)), { ...tap(-4), at: NOW }, { ...tap(-2), at: NOW }];
    for (const given of givens) {
      for (const ago of [0, HOUR, RECENT_MS, RECENT_MS + HOUR, SAVOUR_GUARD_MS - 1]) {
        const latest = { ...given, at: NOW - ago };
        expect(offered({ latest }), `${JSON.stringify(given)} ${ago}`).not.toContain('savour_moment');
        // Even when the user allows nothing else: a plain rest instead.
        const onlySavour = EXERCISE_IDS.filter((id) => id !== 'savour_moment');
        expect(offered({ latest, excluded: onlySavour })).toEqual(['rest']);
      }
    }
  });

  it('falls back to the next tier, then to variety, when the user turned the best fits off', () => {
    const latest = checkin(['numb']);
    expect(offered({ latest, excluded: SENSES_OR_MOVEMENT })).toEqual(['body_scan', 'creative_minute']);
    const noGrounding = [...SENSES_OR_MOVEMENT, 'body_scan', 'creative_minute'];
    expect(offered({ latest, excluded: noGrounding })).toEqual(
      sorted(EXERCISE_IDS.filter((id) => !noGrounding.includes(id) && id !== 'savour_moment')),
    );
  });

  it('never repeats over 200 reminders without check-ins, and uses the whole catalogue', () => {
    const random = seededRandom(1234);
    let last: string | undefined;
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const next = pickReminderExercise({ excluded: [], lastExerciseId: last, now: NOW, random });
      expect(next).not.toBe(last);
      seen.add(next);
      last = next;
    }
    expect(seen.size).toBe(EXERCISE_IDS.length);
  });

  it('never repeats while following a check-in either', () => {
    const random = seededRandom(9);
    let last: string | undefined;
    for (let i = 0; i < 200; i++) {
      const next = pickReminderExercise({
        excluded: [],
        lastExerciseId: last,
        latest: checkin(['hopeless']),
        now: NOW,
        random,
      });
      expect(next).not.toBe(last);
      expect(KINDNESS_OR_REACHING).toContain(next);
      last = next;
    }
  });

  it('repeats the only allowed exercise, and offers a rest (or the eye break after one) when none is', () => {
    const onlyStretch = EXERCISE_IDS.filter((id) => id !== 'stretch_move');
    expect(offered({ excluded: onlyStretch, last: 'stretch_move' })).toEqual(['stretch_move']);
    expect(offered({ excluded: EXERCISE_IDS })).toEqual(['rest']);
    expect(offered({ excluded: EXERCISE_IDS, last: 'rest' })).toEqual(['eyes_202020']);
  });

  it('copes with random returning 0 or 1', () => {
    expect(EXERCISE_IDS).toContain(pickReminderExercise({ excluded: [], now: NOW, random: () => 1 }));
    expect(pickReminderExercise({ excluded: [], now: NOW, random: () => 0 })).toBe(EXERCISE_IDS[0]);
  });
});

describe("pickReminderExercise: the person's own exercises", () => {
  const window = { id: 'own:window', suits: ['ground'] } as const;
  const call = { id: 'own:call', suits: ['low'] } as const;
  const dance = { id: 'own:dance', suits: ['enjoy'] } as const;
  const own = [window, call, dance];

  it('an own exercise joins the first tier of the mood it suits, and no other', () => {
    const numb = offered({ latest: checkin(['numb']), own });
    expect(numb).toContain('own:window');
    expect(numb).not.toContain('own:call');
    const heavy = offered({ latest: checkin(['hopeless']), own });
    expect(heavy).toContain('own:call');
    expect(heavy).not.toContain('own:window');
  });

  it('with no recent check-in, own exercises are part of the variety', () => {
    const any = offered({ own });
    expect(any).toEqual(expect.arrayContaining(['own:window', 'own:call', 'own:dance', 'rest']));
  });

  it('one that suits only enjoying waits after a numb, heavy or wound-up day, as savour it does', () => {
    const afterNumb = offered({ latest: checkin(['numb'], 10 * HOUR), own });
    expect(afterNumb).not.toContain('own:dance');
    expect(afterNumb).not.toContain('savour_moment');
    expect(afterNumb).toContain('own:window');
  });

  it('the own exercise offered last time is not offered again while another is possible', () => {
    expect(offered({ latest: checkin(['hopeless']), own, last: 'own:call' })).not.toContain('own:call');
  });

  it('an own exercise left out (too long for the chosen break) is never offered', () => {
    expect(offered({ latest: checkin(['numb']), own, excluded: ['own:window'] })).not.toContain('own:window');
    expect(offered({ own, excluded: ['own:window'] })).not.toContain('own:window');
  });
});
