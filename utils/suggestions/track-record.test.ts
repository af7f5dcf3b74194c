import { describe, expect, it } from 'vitest';
import { seededRandom } from '../content/test-helpers';
import { pickReminderExercise } from './reminder-choice';
import { suggest } from './suggest';
import {
  EXPLORE_SHARE,
  MIN_MEASURED,
  pickLearned,
  provenRecord,
  trackRecordsOf,
  weightOf,
  type TrackRecord,
} from './track-record';

const record = (helped: number, measured: number): TrackRecord => ({ helped, measured });
const records = (entries: Record<string, TrackRecord>) => new Map(Object.entries(entries));

/** How often each id is picked over many seeded draws. */
function shares(pick: (random: () => number) => string, draws = 4000, seed = 7): Map<string, number> {
  const random = seededRandom(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < draws; i++) {
    const id = pick(random);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Map([...counts].map(([id, n]) => [id, n / draws]));
}

describe('trackRecordsOf: what each exercise did on the person’s breaks', () => {
  it('counts measured breaks and the ones that helped, per exercise', () => {
    const made = trackRecordsOf([
      { exerciseId: 'box_breathing', helped: true },
      { exerciseId: 'box_breathing', helped: false },
      { exerciseId: 'box_breathing', helped: true },
      { exerciseId: 'rest', helped: false },
    ]);
    expect(made.get('box_breathing')).toEqual(record(2, 3));
    expect(made.get('rest')).toEqual(record(0, 1));
    expect(made.has('body_scan')).toBe(false);
  });
});

describe('provenRecord: only a record worth telling', () => {
  it.each([
    ['helped 5 of 7', record(5, 7), true],
    ['helped 5 of 5', record(5, 5), true],
    ['below the floor of breaks', record(4, 4), false],
    ['helped half the time', record(3, 6), false],
    ['helped less often than not', record(2, 7), false],
  ])('%s', (_name, given, shown) => {
    expect(provenRecord(records({ x: given }), 'x') !== undefined).toBe(shown);
  });
  it('says nothing for an exercise never measured', () => {
    expect(provenRecord(records({}), 'x')).toBeUndefined();
    expect(provenRecord(undefined, 'x')).toBeUndefined();
  });
});

describe('weightOf', () => {
  it('weighs unknown and thin records as an even one', () => {
    expect(weightOf(undefined)).toBe(0.5);
    expect(weightOf(record(MIN_MEASURED - 1, MIN_MEASURED - 1))).toBe(0.5);
  });
  it('grows with what helped, smoothed', () => {
    expect(weightOf(record(9, 10))).toBeCloseTo(10 / 12);
    expect(weightOf(record(0, 6))).toBeCloseTo(1 / 8);
  });
});

describe('pickLearned: what helped weighs more, and the rest still get tried', () => {
  const ids = ['a', 'b', 'c'] as const;

  it('with no records, picks evenly (as before learning)', () => {
    const seen = shares((random) => pickLearned(ids, new Map(), random));
    for (const id of ids) expect(seen.get(id)).toBeGreaterThan(0.29);
  });

  it('favours an exercise that has helped, and never starves the others', () => {
    const known = records({ a: record(9, 10), b: record(0, 8) });
    const seen = shares((random) => pickLearned(ids, known, random));
    expect(seen.get('a')).toBeGreaterThan(0.45);
    // c is unknown: tried through the even share and its unknown weight.
    expect(seen.get('c')).toBeGreaterThan(0.2);
    // b never helped yet still comes up now and then (variety), least of all.
    expect(seen.get('b')).toBeGreaterThan(EXPLORE_SHARE / ids.length / 2);
    expect(seen.get('b')).toBeLessThan(seen.get('c') ?? 0);
  });

  it('is deterministic for a seed', () => {
    const known = records({ a: record(6, 8) });
    const first = shares((random) => pickLearned(ids, known, random), 200, 42);
    const again = shares((random) => pickLearned(ids, known, random), 200, 42);
    expect(first).toEqual(again);
  });

  it('without randomness takes the best proven exercise, else the first', () => {
    expect(pickLearned(ids, records({ b: record(5, 6), c: record(9, 10) }), undefined)).toBe('c');
    expect(pickLearned(ids, records({ b: record(2, 6) }), undefined)).toBe('a');
    expect(pickLearned(ids, undefined, undefined)).toBe('a');
  });

  it('refuses an empty choice', () => {
    expect(() => pickLearned([], undefined, undefined)).toThrow(RangeError);
  });
});

describe('suggest with the person’s records', () => {
  const woundUp = { pleasantness: -3, energy: 3, emotions: ['stressed'] };

  it('says why when the exercise has helped: "5 of 7"', () => {
    const known = records({ cyclic_sigh: record(5, 7) });
    const suggestion = suggest(woundUp, { excluded: [], records: known });
    expect(suggestion).toMatchObject({ kind: 'exercise', exerciseId: 'cyclic_sigh', helped: record(5, 7) });
  });

  it('brings in an exercise from outside the first fit when it has proved to help this person', () => {
    // A short walk suits being wound up, but is not slow breathing: it joins because it helped 6 of 6.
    const known = records({ short_walk: record(6, 6) });
    const suggestion = suggest(woundUp, { excluded: [], records: known });
    expect(suggestion).toMatchObject({
      exerciseId: 'short_walk',
      reason: 'something_gentle',
      helped: record(6, 6),
    });
  });

  it('gives no reason from records that are thin or mixed', () => {
    const known = records({ cyclic_sigh: record(3, 4), box_breathing: record(3, 6) });
    const suggestion = suggest(woundUp, { excluded: [], records: known });
    expect(suggestion.kind === 'exercise' && suggestion.helped).toBeFalsy();
  });

  it('keeps the exclusions and "not the same twice" over any record', () => {
    const known = records({ cyclic_sigh: record(9, 9) });
    expect(suggest(woundUp, { excluded: ['cyclic_sigh'], records: known })).not.toMatchObject({
      exerciseId: 'cyclic_sigh',
    });
    expect(
      suggest(woundUp, { excluded: [], lastExerciseId: 'cyclic_sigh', records: known }),
    ).not.toMatchObject({
      exerciseId: 'cyclic_sigh',
    });
  });

  it('over many check-ins, the one that helps comes up most, the others still come up', () => {
    const known = records({ box_breathing: record(8, 9), breathing_478: record(1, 7) });
    const seen = shares((random) => {
      const s = suggest(woundUp, { excluded: [], records: known, random });
      return s.kind === 'exercise' ? s.exerciseId : 'journal';
    });
    expect(seen.get('box_breathing')).toBeGreaterThan(0.4);
    expect(seen.get('cyclic_sigh')).toBeGreaterThan(0.15);
    expect(seen.get('breathing_478')).toBeGreaterThan(0.03);
  });
});

describe('the reminder choice weighs the records too', () => {
  it('favours what helped among the exercises that fit', () => {
    const now = Date.UTC(2026, 11, 2, 12);
    const latest = { at: now - 60_000, pleasantness: -3, energy: 3, emotions: ['stressed'] };
    const known = records({ breathing_478: record(9, 10) });
    const seen = shares((random) =>
      pickReminderExercise({ excluded: [], latest, now, random, records: known }),
    );
    expect(seen.get('breathing_478')).toBeGreaterThan(0.4);
  });
});
