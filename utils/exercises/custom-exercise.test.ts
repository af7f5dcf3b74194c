import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../content/exercises';
import {
  checkCustomExercise,
  customExerciseId,
  customLengthSec,
  customTexts,
  emptyDraft,
  isCustomExerciseId,
  moveStep,
  playableOf,
  tidyDraft,
  type CustomExerciseDraft,
  type CustomExerciseProblem,
} from './custom-exercise';

const good: CustomExerciseDraft = {
  title: 'Cold water',
  steps: [
    { text: 'Run cold water over your wrists', seconds: 30 },
    { text: 'Notice the cold', seconds: 20 },
  ],
  suits: ['ground'],
};

const with_ = (patch: Partial<CustomExerciseDraft>): CustomExerciseDraft => ({ ...good, ...patch });
const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `Step ${i}`, seconds: 10 }));

describe('checkCustomExercise', () => {
  const cases: [string, CustomExerciseDraft, CustomExerciseProblem[]][] = [
    ['a good draft', good, []],
    ['a one-character title', with_({ title: 'A' }), []],
    ['a title of exactly 60', with_({ title: 'a'.repeat(60) }), []],
    ['an empty title', with_({ title: '' }), [{ kind: 'title_empty' }]],
    ['a title of spaces', with_({ title: '   ' }), [{ kind: 'title_empty' }]],
    ['a title of 61', with_({ title: 'a'.repeat(61) }), [{ kind: 'title_too_long', max: 60 }]],
    ['no steps', with_({ steps: [] }), [{ kind: 'no_steps' }]],
    ['12 steps', with_({ steps: steps(12) }), []],
    ['13 steps', with_({ steps: steps(13) }), [{ kind: 'too_many_steps', max: 12 }]],
    ['an empty step', with_({ steps: [{ text: ' ', seconds: 10 }] }), [{ kind: 'step_empty', step: 0 }]],
    ['a step of exactly 200', with_({ steps: [{ text: 'b'.repeat(200), seconds: 10 }] }), []],
    [
      'a step of 201',
      with_({
        steps: [
          { text: 'ok', seconds: 10 },
          { text: 'b'.repeat(201), seconds: 10 },
        ],
      }),
      [{ kind: 'step_too_long', step: 1, max: 200 }],
    ],
    ['5 seconds', with_({ steps: [{ text: 'x', seconds: 5 }] }), []],
    ['600 seconds', with_({ steps: [{ text: 'x', seconds: 600 }] }), []],
    ...[4, 601, 0, -5, 10.5, Number.NaN, Number.POSITIVE_INFINITY].map(
      (seconds): [string, CustomExerciseDraft, CustomExerciseProblem[]] => [
        `${seconds} seconds`,
        with_({ steps: [{ text: 'x', seconds }] }),
        [{ kind: 'seconds_out_of_range', step: 0, min: 5, max: 600 }],
      ],
    ),
    ['no situation', with_({ suits: [] }), [{ kind: 'no_situation' }]],
    ['every situation', with_({ suits: ['ground', 'settle', 'low', 'rest', 'enjoy'] }), []],
    [
      'an unknown situation',
      { ...good, suits: ['ground', 'nowhere'] as unknown as CustomExerciseDraft['suits'] },
      [{ kind: 'unknown_situation', value: 'nowhere' }],
    ],
    [
      'several problems, in the order of the form',
      { title: '', steps: [{ text: '', seconds: 1 }], suits: [] },
      [
        { kind: 'title_empty' },
        { kind: 'step_empty', step: 0 },
        { kind: 'seconds_out_of_range', step: 0, min: 5, max: 600 },
        { kind: 'no_situation' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, draft, problems) => {
    expect(checkCustomExercise(draft)).toEqual(problems);
  });

  it('counts an emoji title as its UTF-16 length, as every limit in Thaw does', () => {
    expect(checkCustomExercise(with_({ title: '🌊'.repeat(30) }))).toEqual([]);
    expect(checkCustomExercise(with_({ title: '🌊'.repeat(31) }))).toEqual([
      { kind: 'title_too_long', max: 60 },
    ]);
  });

  it('finds nothing wrong with the empty draft but what the person must still fill in', () => {
    expect(checkCustomExercise(emptyDraft()).map((p) => p.kind)).toEqual([
      'title_empty',
      'step_empty',
      'no_situation',
    ]);
  });
});

describe('custom ids', () => {
  it('never collide with a built-in exercise', () => {
    for (const id of EXERCISE_IDS) expect(isCustomExerciseId(id), id).toBe(false);
    expect(isCustomExerciseId(customExerciseId('0b6c9a1e-2f4d-4c1a-9a3e-6f1d2b3c4d5e'))).toBe(true);
  });

  it.each(['own:', 'own:a b', 'own:<b>', 'box_breathing', `own:${'a'.repeat(65)}`, 'OWN:abc'])(
    'refuses %s',
    (id) => expect(isCustomExerciseId(id)).toBe(false),
  );
});

describe('tidyDraft', () => {
  it('trims texts and keeps each situation once, in the list order', () => {
    expect(
      tidyDraft({
        title: '  Tea ',
        steps: [{ text: ' Sip ', seconds: 20 }],
        suits: ['rest', 'ground', 'rest'],
      }),
    ).toEqual({ title: 'Tea', steps: [{ text: 'Sip', seconds: 20 }], suits: ['ground', 'rest'] });
  });
});

describe('moveStep', () => {
  it('moves a step up or down, and leaves the ends alone', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('playing a custom exercise', () => {
  const record = { ...good, id: 'own:abc', createdAt: 1, updatedAt: 1 };
  it('plays its steps as written, with their seconds, and shows its own texts', () => {
    const playable = playableOf(record);
    expect(playable.steps).toEqual([
      { key: 'step_0', seconds: 30 },
      { key: 'step_1', seconds: 20 },
    ]);
    expect(playable.breathing).toBeUndefined();
    expect(playable.grows).toBeUndefined();
    expect(customLengthSec(record)).toBe(50);
    expect(customTexts(record)).toEqual({
      name: 'Cold water',
      steps: { step_0: 'Run cold water over your wrists', step_1: 'Notice the cold' },
    });
  });
});
