import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin } from '@/tests/unit/factories';
import type { BreakRecord, Checkin } from '../db/records';
import { measuredBreak } from './test-data';
import { MIN_BREAKS, bestAfterNumb, exerciseShifts, type ExerciseShift } from './what-helps';

type Measured = { record: BreakRecord; checkins: Checkin[] };

function run(items: Measured[], extra: BreakRecord[] = []) {
  const byId = new Map(items.flatMap((item) => item.checkins).map((c) => [c.id, c]));
  return exerciseShifts([...items.map((item) => item.record), ...extra], byId);
}

const times = (n: number, make: () => Measured): Measured[] => Array.from({ length: n }, make);

/** A break whose before and after check-ins are given in full. */
function breakBetween(exerciseId: string, before: Partial<Checkin>, after: Partial<Checkin>): Measured {
  const first = makeCheckin({ pleasantness: null, emotions: [], source: 'before_break', ...before });
  const second = makeCheckin({ pleasantness: null, emotions: [], source: 'after_break', ...after });
  const record = makeBreak({ exerciseId, beforeCheckinId: first.id, afterCheckinId: second.id });
  return { record, checkins: [first, second] };
}

// The break page's one-tap answers: a pleasantness step, or "Numb / can't tell".
const NUMB_TAP = { pleasantness: null, emotions: ['cant_tell'] };
const GOOD_TAP = { pleasantness: 2, emotions: [] };
const LOW_TAP = { pleasantness: -4, emotions: [] };

function row(overrides: Partial<ExerciseShift> & { exerciseId: string }): ExerciseShift {
  return {
    breaks: 0,
    pairs: 0,
    meanShift: null,
    numbStarts: 0,
    numbShifts: 0,
    numbShown: false,
    ...overrides,
  };
}

describe('exerciseShifts', () => {
  it('is empty with no breaks', () => {
    expect(exerciseShifts([], new Map())).toEqual([]);
  });

  it('makes no claim from fewer than five breaks (not from three), and gives the mean from five on', () => {
    expect(MIN_BREAKS).toBe(5);
    const three = run(times(3, () => measuredBreak('box_breathing', -2, 0)));
    expect(three).toEqual([row({ exerciseId: 'box_breathing', breaks: 3, pairs: 3 })]);
    const four = run(times(4, () => measuredBreak('box_breathing', -2, 0)));
    expect(four[0]?.meanShift).toBeNull();
    const five = run([
      ...times(3, () => measuredBreak('box_breathing', -2, 0)),
      measuredBreak('box_breathing', -1, 1),
      measuredBreak('box_breathing', 0, 1),
    ]);
    expect(five).toEqual([row({ exerciseId: 'box_breathing', breaks: 5, pairs: 5, meanShift: 1.8 })]);
  });

  it('puts measured exercises first, biggest lift first, and reports a dip honestly', () => {
    const result = run([
      ...times(5, () => measuredBreak('stretch_move', 0, 1)),
      ...times(6, () => measuredBreak('senses_54321', -3, 0)),
      ...times(5, () => measuredBreak('eyes_202020', 1, 0)),
      measuredBreak('body_scan', -4, 4),
    ]);
    expect(result.map((s) => [s.exerciseId, s.pairs, s.meanShift])).toEqual([
      ['senses_54321', 6, 3],
      ['stretch_move', 5, 1],
      ['eyes_202020', 5, -1],
      ['body_scan', 1, null],
    ]);
  });

  describe('breaks that began numb', () => {
    // before, after → counted as a numb start, and as a shift
    it.each<[string, Partial<Checkin>, Partial<Checkin>, boolean, boolean]>([
      ['"numb / can\'t tell" → good', NUMB_TAP, GOOD_TAP, true, true],
      ['"numb / can\'t tell" → very low (feeling something is the shift)', NUMB_TAP, LOW_TAP, true, true],
      ['"numb / can\'t tell" → "okay" (0 is a named feeling too)', NUMB_TAP, { pleasantness: 0 }, true, true],
      ['"numb / can\'t tell" → "numb / can\'t tell"', NUMB_TAP, NUMB_TAP, true, false],
      ['numb (popup word) → a named word', { emotions: ['numb'] }, { emotions: ['calm'] }, true, true],
      ['flat → empty: still the numb family', { emotions: ['flat'] }, { emotions: ['empty'] }, true, false],
      [
        'numb → numb and sad: a feeling named beside it',
        { emotions: ['numb'] },
        { emotions: ['numb', 'sad'] },
        true,
        true,
      ],
      ['a feeling → numb: not a numb start', GOOD_TAP, NUMB_TAP, false, false],
      [
        'numb with a place on the meter: read by its pleasantness',
        { pleasantness: -1, emotions: ['numb'] },
        GOOD_TAP,
        false,
        false,
      ],
      ['nothing at all before (no words, no place)', { emotions: [] }, GOOD_TAP, false, false],
    ])('%s', (_case, before, after, counted, shifted) => {
      const [result] = run([breakBetween('body_scan', before, after)]);
      expect(result?.numbStarts ?? 0).toBe(counted ? 1 : 0);
      expect(result?.numbShifts ?? 0).toBe(shifted ? 1 : 0);
    });

    it('counts them among the breaks an exercise rests on, and states them from five on', () => {
      const four = run(times(4, () => breakBetween('senses_54321', NUMB_TAP, GOOD_TAP)));
      expect(four).toEqual([row({ exerciseId: 'senses_54321', breaks: 4, numbStarts: 4, numbShifts: 4 })]);
      const five = run([
        ...times(3, () => breakBetween('senses_54321', NUMB_TAP, GOOD_TAP)),
        ...times(2, () => breakBetween('senses_54321', NUMB_TAP, NUMB_TAP)),
        ...times(2, () => measuredBreak('senses_54321', -1, 0)),
      ]);
      expect(five).toEqual([
        row({
          exerciseId: 'senses_54321',
          breaks: 7,
          pairs: 2,
          numbStarts: 5,
          numbShifts: 3,
          numbShown: true,
        }),
      ]);
    });

    it('orders exercises with a numb count after those with a mean, by share of shifts', () => {
      const result = run([
        ...times(5, () => measuredBreak('cyclic_sigh', -1, 0)),
        ...times(5, () => breakBetween('stretch_move', NUMB_TAP, NUMB_TAP)),
        ...times(5, () => breakBetween('senses_54321', NUMB_TAP, GOOD_TAP)),
        ...times(8, () => breakBetween('body_scan', NUMB_TAP, GOOD_TAP)).slice(0, 4),
      ]);
      expect(result.map((s) => s.exerciseId)).toEqual([
        'cyclic_sigh',
        'senses_54321',
        'stretch_move',
        'body_scan',
      ]);
      expect(bestAfterNumb(result)?.exerciseId).toBe('senses_54321');
    });

    it('names no exercise after numb starts below the minimum, or without a shift', () => {
      expect(
        bestAfterNumb(run(times(4, () => breakBetween('senses_54321', NUMB_TAP, GOOD_TAP)))),
      ).toBeUndefined();
      expect(
        bestAfterNumb(run(times(6, () => breakBetween('senses_54321', NUMB_TAP, NUMB_TAP)))),
      ).toBeUndefined();
    });
  });

  it('skips breaks missing a check-in, a comparable reading, or an exercise', () => {
    const placedThenNot = breakBetween('cyclic_sigh', { pleasantness: -1 }, NUMB_TAP);
    const lonelyBefore = makeCheckin({ pleasantness: -1 });
    const result = run(
      [placedThenNot, measuredBreak('cyclic_sigh', -1, 2), { record: makeBreak(), checkins: [lonelyBefore] }],
      [
        makeBreak({ exerciseId: 'cyclic_sigh', beforeCheckinId: lonelyBefore.id }),
        makeBreak({ exerciseId: 'cyclic_sigh', beforeCheckinId: 'gone', afterCheckinId: 'gone-too' }),
        makeBreak({ exerciseId: undefined, outcome: 'natural' }),
      ],
    );
    expect(result).toEqual([row({ exerciseId: 'cyclic_sigh', breaks: 1, pairs: 1 })]);
  });

  it('honours a custom minimum', () => {
    const one = measuredBreak('reach_out', -2, 1);
    const byId = new Map(one.checkins.map((c) => [c.id, c]));
    expect(exerciseShifts([one.record], byId, 1)).toEqual([
      row({ exerciseId: 'reach_out', breaks: 1, pairs: 1, meanShift: 3 }),
    ]);
  });
});
