import { describe, expect, it } from 'vitest';
import { EMOTIONS, emotionsFor } from '../content/emotions';
import { EXERCISE_IDS, EXERCISE_BY_ID, type ExerciseId } from '../content/exercises';
import { PROMPT_BY_ID, type PromptTheme } from '../content/prompts';
import { seededRandom } from '../content/test-helpers';
import { situationOf, suggest, type Suggestion, type SuggestInput } from './suggest';

const none = { excluded: [] } as const;

function input(
  pleasantness: number | null,
  energy: number | null,
  emotions: readonly string[] = [],
): SuggestInput {
  return { pleasantness, energy, emotions };
}

function themeOf(suggestion: Suggestion): PromptTheme | undefined {
  return suggestion.kind === 'journal' ? PROMPT_BY_ID[suggestion.promptId].theme : undefined;
}

const GROUNDING: readonly ExerciseId[] = ['senses_54321', 'stretch_move', 'body_scan'];
const SLOW_BREATHING: readonly ExerciseId[] = ['cyclic_sigh', 'box_breathing', 'breathing_478'];
const LOW_CARE: readonly ExerciseId[] = ['self_compassion', 'rest', 'reach_out'];

describe('situationOf', () => {
  it.each([
    ['a high, unpleasant point', input(-3, 3), 'high_unpleasant'],
    ['a high, pleasant point', input(3, 3), 'high_pleasant'],
    ['a low, unpleasant point', input(-3, -3), 'low_unpleasant'],
    ['a low, pleasant point', input(3, -3), 'low_pleasant'],
    ['nothing at all', input(null, null), 'nothing_placed'],
    ['half a point', input(3, null), 'nothing_placed'],
    ['a point that is not a number', input(Number.NaN, 2), 'nothing_placed'],
    ['the centre', input(0, 0), 'in_between'],
    ['near the centre', input(0.5, -0.9), 'in_between'],
    ['just outside the centre', input(1, 1), 'high_pleasant'],
    ['on an axis, away from the centre', input(0, 3), 'high_unpleasant'],
    ['"I can\'t tell" alone', input(null, null, ['cant_tell']), 'cant_tell'],
    ['"I can\'t tell" with a pleasant point', input(4, 4, ['cant_tell']), 'cant_tell'],
    ['"I can\'t tell" with a word', input(null, null, ['cant_tell', 'anxious']), 'high_unpleasant'],
    ['a numb word over a pleasant point', input(4, 4, ['numb']), 'disconnected'],
    ['numb beside anxious words', input(-3, 3, ['anxious', 'stressed', 'numb']), 'disconnected'],
    ['a word against the point', input(4, 4, ['anxious']), 'high_unpleasant'],
    ['a pleasant word against the point', input(-3, 3, ['calm']), 'low_pleasant'],
    ['more words in one quadrant', input(null, null, ['anxious', 'tired', 'sad']), 'low_unpleasant'],
    ['a tie, broken by the point', input(3, -3, ['anxious', 'calm']), 'low_pleasant'],
    ['a tie, no point', input(null, null, ['calm', 'anxious']), 'high_unpleasant'],
    ['a tie the point does not touch', input(3, 3, ['calm', 'tired']), 'low_unpleasant'],
    ['unknown words only', input(-3, 3, ['zzz', '']), 'high_unpleasant'],
  ] as const)('%s -> %s', (_name, given, situation) => {
    expect(situationOf(given)).toBe(situation);
  });
});

describe('suggest: one suggestion per quadrant', () => {
  it('unpleasant and high energy: slow breathing or the cyclic sigh', () => {
    expect(suggest(input(-3, 3), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'cyclic_sigh',
      reason: 'wound_up',
    });
    for (const word of emotionsFor('high_unpleasant')) {
      const suggestion = suggest(input(null, null, [word.id]), none);
      expect(suggestion, word.id).toEqual({
        kind: 'exercise',
        exerciseId: 'cyclic_sigh',
        reason: 'wound_up',
      });
    }
  });

  it('unpleasant and low energy: self-compassion, rest or reaching out', () => {
    expect(suggest(input(-3, -3), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'self_compassion',
      reason: 'low_and_heavy',
    });
    for (const word of emotionsFor('low_unpleasant')) {
      const suggestion = suggest(input(null, null, [word.id]), none);
      expect(suggestion.kind, word.id).toBe('exercise');
      if (suggestion.kind === 'exercise') expect(LOW_CARE, word.id).toContain(suggestion.exerciseId);
    }
  });

  it('low and alone: reach out', () => {
    expect(suggest(input(-2, -2, ['lonely']), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'reach_out',
      reason: 'alone',
    });
    expect(suggest(input(null, null, ['lonely', 'tired']), none)).toMatchObject({ exerciseId: 'reach_out' });
  });

  it.each(['tired', 'drained', 'exhausted', 'burnt_out', 'weary', 'sluggish'])('%s: rest', (word) => {
    expect(suggest(input(-2, -2, [word]), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'rest',
      reason: 'drained',
    });
  });

  it.each([
    ['high', 3, 3, 'joy'],
    ['low', 3, -3, 'gratitude'],
  ] as const)('pleasant, %s energy: write it down, or savour it', (_name, p, e, theme) => {
    const written = suggest(input(p, e), none);
    expect(written).toMatchObject({ kind: 'journal', reason: 'feeling_good' });
    expect(themeOf(written)).toBe(theme);
    expect(suggest(input(p, e), { excluded: [], random: () => 0.9 })).toEqual({
      kind: 'exercise',
      exerciseId: 'savour_moment',
      reason: 'feeling_good',
    });
    const journal = suggest(input(p, e), { excluded: [], random: () => 0.1 });
    expect(journal).toMatchObject({ kind: 'journal', reason: 'feeling_good' });
    expect(['joy', 'gratitude']).toContain(themeOf(journal));
  });

  it('every pleasant word leads to the journal or to savouring', () => {
    for (const word of [...emotionsFor('high_pleasant'), ...emotionsFor('low_pleasant')]) {
      const suggestion = suggest(input(null, null, [word.id]), none);
      expect(suggestion, word.id).toMatchObject({ kind: 'journal', reason: 'feeling_good' });
    }
  });
});

describe('suggest: numb, flat, "I can\'t tell", nothing placed', () => {
  const disconnected = EMOTIONS.filter(
    (emotion) => emotion.group === 'disconnected' && emotion.id !== 'cant_tell',
  );

  it.each(disconnected.map((emotion) => emotion.id))('%s: grounding with the senses', (word) => {
    expect(suggest(input(null, null, [word]), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'senses_54321',
      reason: 'feel_far_away',
    });
    // Whatever the point says.
    expect(suggest(input(4, 4, [word]), none)).toMatchObject({ exerciseId: 'senses_54321' });
    expect(suggest(input(-4, 4, [word, 'panicked']), none)).toMatchObject({ exerciseId: 'senses_54321' });
  });

  it.each(disconnected.map((emotion) => emotion.id))('%s with random: senses or movement', (word) => {
    const random = seededRandom(word.length);
    for (let i = 0; i < 30; i++) {
      const suggestion = suggest(input(null, null, [word]), { excluded: [], random });
      expect(suggestion.kind).toBe('exercise');
      if (suggestion.kind === 'exercise') expect(GROUNDING).toContain(suggestion.exerciseId);
    }
  });

  it("I can't tell: grounding, and not knowing is fine", () => {
    expect(suggest(input(null, null, ['cant_tell']), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'senses_54321',
      reason: 'cant_tell',
    });
  });

  it('nothing placed: grounding', () => {
    expect(suggest(input(null, null), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'senses_54321',
      reason: 'nothing_placed',
    });
  });

  it('somewhere in the middle: grounding', () => {
    expect(suggest(input(0, 0), none)).toEqual({
      kind: 'exercise',
      exerciseId: 'senses_54321',
      reason: 'in_between',
    });
  });
});

describe('suggest: mixed signals (words outweigh the point)', () => {
  it.each([
    ['anxious on a pleasant point', input(4, 3, ['anxious']), 'cyclic_sigh'],
    ['calm on an anxious point', input(-4, 4, ['calm']), 'journal'],
    ['lonely on a high point', input(-3, 4, ['lonely']), 'reach_out'],
    ['numb and happy', input(4, 3, ['numb', 'happy', 'excited']), 'senses_54321'],
    ['two low words against one high word', input(-3, 4, ['sad', 'hurt', 'anxious']), 'self_compassion'],
    ['a tie settled by the point', input(-3, 4, ['sad', 'anxious']), 'cyclic_sigh'],
    ['unknown words fall back to the point', input(-3, 4, ['not_a_word']), 'cyclic_sigh'],
  ] as const)('%s', (_name, given, expected) => {
    const suggestion = suggest(given, none);
    if (expected === 'journal') expect(suggestion.kind).toBe('journal');
    else expect(suggestion).toMatchObject({ kind: 'exercise', exerciseId: expected });
  });
});

describe('suggest: exclusions', () => {
  it('skips excluded exercises within the best fit', () => {
    expect(suggest(input(-3, 3), { excluded: ['cyclic_sigh'] })).toMatchObject({
      exerciseId: 'box_breathing',
      reason: 'wound_up',
    });
    expect(suggest(input(null, null, ['numb']), { excluded: ['senses_54321'] })).toMatchObject({
      exerciseId: 'stretch_move',
      reason: 'feel_far_away',
    });
    expect(suggest(input(-2, -2, ['lonely']), { excluded: ['reach_out'] })).toMatchObject({
      exerciseId: 'self_compassion',
      reason: 'low_and_heavy',
    });
  });

  it('falls back to another exercise that suits the feeling', () => {
    const suggestion = suggest(input(-3, 3), { excluded: SLOW_BREATHING });
    expect(suggestion).toMatchObject({ kind: 'exercise', reason: 'something_gentle' });
    if (suggestion.kind === 'exercise') {
      expect(EXERCISE_BY_ID[suggestion.exerciseId as ExerciseId].suits).toContain('high_unpleasant');
      expect(SLOW_BREATHING).not.toContain(suggestion.exerciseId);
    }
    const numb = suggest(input(null, null, ['flat']), { excluded: GROUNDING });
    expect(numb).toMatchObject({ kind: 'exercise', reason: 'something_gentle' });
    if (numb.kind === 'exercise')
      expect(EXERCISE_BY_ID[numb.exerciseId as ExerciseId].suits).toContain('disconnected');
  });

  it.each([
    ['numb', input(null, null, ['numb']), 'numbness'],
    ["can't tell", input(null, null, ['cant_tell']), 'feelings'],
    ['nothing placed', input(null, null), 'feelings'],
    ['high, unpleasant', input(-3, 3), 'stressors'],
    ['low, unpleasant', input(-3, -3), 'self_compassion'],
  ] as const)('%s, every exercise excluded: a fitting journal prompt', (_name, given, theme) => {
    const suggestion = suggest(given, { excluded: EXERCISE_IDS });
    expect(suggestion).toMatchObject({ kind: 'journal', reason: 'write_it_down' });
    expect(themeOf(suggestion)).toBe(theme);
    const random = suggest(given, { excluded: EXERCISE_IDS, random: seededRandom(7) });
    expect(random.kind).toBe('journal');
  });

  it('pleasant, every exercise excluded: the journal', () => {
    const suggestion = suggest(input(3, 3), { excluded: EXERCISE_IDS, random: () => 0.99 });
    expect(suggestion).toMatchObject({ kind: 'journal', reason: 'feeling_good' });
  });

  it('never suggests an excluded exercise', () => {
    const random = seededRandom(2024);
    const words = EMOTIONS.map((emotion) => emotion.id);
    for (let i = 0; i < 400; i++) {
      const excluded = EXERCISE_IDS.filter(() => random() < 0.4);
      const emotions = words.filter(() => random() < 0.04);
      const given = input(Math.round(random() * 10 - 5), Math.round(random() * 10 - 5), emotions);
      const suggestion = suggest(given, { excluded, random });
      if (suggestion.kind === 'exercise') expect(excluded).not.toContain(suggestion.exerciseId);
    }
  });
});

describe('suggest: the last exercise', () => {
  it('is not suggested again when there is another', () => {
    expect(suggest(input(-3, 3), { excluded: [], lastExerciseId: 'cyclic_sigh' })).toMatchObject({
      exerciseId: 'box_breathing',
    });
    expect(
      suggest(input(null, null, ['numb']), { excluded: [], lastExerciseId: 'senses_54321' }),
    ).toMatchObject({
      exerciseId: 'stretch_move',
    });
    expect(suggest(input(-2, -2, ['drained']), { excluded: [], lastExerciseId: 'rest' })).toMatchObject({
      exerciseId: 'self_compassion',
    });
    expect(
      suggest(input(3, 3), { excluded: [], lastExerciseId: 'savour_moment', random: () => 0.99 }),
    ).toMatchObject({ kind: 'journal' });
  });

  it('gives way to the journal when it is the only exercise left', () => {
    const excluded = EXERCISE_IDS.filter((id) => id !== 'box_breathing');
    expect(suggest(input(-3, 3), { excluded })).toMatchObject({ exerciseId: 'box_breathing' });
    expect(suggest(input(-3, 3), { excluded, lastExerciseId: 'box_breathing' })).toMatchObject({
      kind: 'journal',
      reason: 'write_it_down',
    });
  });

  it('is never repeated, whatever the random source', () => {
    const random = seededRandom(99);
    for (let i = 0; i < 300; i++) {
      const last = EXERCISE_IDS[Math.floor(random() * EXERCISE_IDS.length)];
      const emotions = EMOTIONS.filter(() => random() < 0.05).map((emotion) => emotion.id);
      const suggestion = suggest(input(null, null, emotions), { excluded: [], lastExerciseId: last, random });
      if (suggestion.kind === 'exercise') expect(suggestion.exerciseId).not.toBe(last);
    }
  });

  it('is ignored when it is not an exercise', () => {
    expect(suggest(input(-3, 3), { excluded: [], lastExerciseId: 'gone' })).toMatchObject({
      exerciseId: 'cyclic_sigh',
    });
  });
});

describe('suggest: randomness', () => {
  it('varies within the best fit, and is deterministic without random', () => {
    const random = seededRandom(5);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const suggestion = suggest(input(-3, 3), { excluded: [], random });
      if (suggestion.kind === 'exercise') seen.add(suggestion.exerciseId);
    }
    expect([...seen].sort()).toEqual([...SLOW_BREATHING].sort());
    expect(suggest(input(-3, 3), none)).toEqual(suggest(input(-3, 3), none));
  });

  it('offers both savouring and writing for good moments', () => {
    const random = seededRandom(11);
    const kinds = new Set<string>();
    for (let i = 0; i < 50; i++) kinds.add(suggest(input(4, 2), { excluded: [], random }).kind);
    expect([...kinds].sort()).toEqual(['exercise', 'journal']);
  });
});

describe("suggest: the person's own exercises", () => {
  const walkToWindow = { id: 'own:window', suits: ['ground'] } as const;
  const humming = { id: 'own:hum', suits: ['settle', 'rest'] } as const;
  const dance = { id: 'own:dance', suits: ['enjoy'] } as const;
  const own = [walkToWindow, humming, dance];

  function picks(given: SuggestInput, seed: number, times = 400): Set<string> {
    const random = seededRandom(seed);
    const seen = new Set<string>();
    for (let i = 0; i < times; i++) {
      const suggestion = suggest(given, { excluded: [], random, own });
      if (suggestion.kind === 'exercise') seen.add(suggestion.exerciseId);
    }
    return seen;
  }

  it.each([
    ['numb', input(null, null, ['numb']), 'own:window', 'feel_far_away'],
    // "Slow breathing can help" would promise what an own exercise may not be: a plain reason instead.
    ['wound up', input(-3, 3), 'own:hum', 'something_gentle'],
    ['drained', input(-2, -2, ['tired']), 'own:hum', 'drained'],
  ] as const)(
    '%s: an own exercise that suits the moment is among the fitting ones',
    (_name, given, id, reason) => {
      expect(picks(given, 3)).toContain(id);
      const random = seededRandom(8);
      for (let i = 0; i < 200; i++) {
        const suggestion = suggest(given, { excluded: [], random, own });
        if (suggestion.kind === 'exercise' && suggestion.exerciseId === id) {
          expect(suggestion.reason).toBe(reason);
          return;
        }
      }
      throw new Error(`${id} was never suggested`);
    },
  );

  it('an own exercise is never offered for a moment it does not suit', () => {
    expect(picks(input(null, null, ['numb']), 4)).not.toContain('own:hum');
    expect(picks(input(-3, 3), 5)).not.toContain('own:window');
    expect(picks(input(-3, 3), 6)).not.toContain('own:dance');
  });

  it('a good moment can bring an own exercise that suits enjoying, beside savouring', () => {
    const seen = picks(input(3, 3), 7);
    expect(seen).toContain('own:dance');
    expect(seen).toContain('savour_moment');
    expect(seen).not.toContain('own:window');
  });

  it('without randomness the built-in first choice stays, so results are deterministic', () => {
    expect(suggest(input(-3, 3), { excluded: [], own })).toEqual(suggest(input(-3, 3), none));
    expect(suggest(input(3, 3), { excluded: [], own })).toEqual(suggest(input(3, 3), none));
  });

  it('when every built-in that fits is turned off, an own one that suits still comes first', () => {
    expect(suggest(input(-3, 3), { excluded: SLOW_BREATHING, own })).toEqual({
      kind: 'exercise',
      exerciseId: 'own:hum',
      reason: 'something_gentle',
    });
  });

  it('an own exercise just done is not suggested again straight away', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 200; i++) {
      const suggestion = suggest(input(null, null, ['numb']), {
        excluded: GROUNDING,
        lastExerciseId: 'own:window',
        random,
        own,
      });
      expect(suggestion).not.toMatchObject({ exerciseId: 'own:window' });
    }
  });

  it('an own exercise that has helped this person can say so', () => {
    const records = new Map([['own:hum', { measured: 7, helped: 5 }]]);
    expect(suggest(input(-3, 3), { excluded: [], own, records })).toMatchObject({
      exerciseId: 'own:hum',
      helped: { measured: 7, helped: 5 },
    });
  });
});
