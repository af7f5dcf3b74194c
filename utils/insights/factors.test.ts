import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import type { Checkin } from '../db/records';
import { MIN_FACTOR_CHECKINS, factorComparisons, shareDifference, type FactorSplit } from './factors';

const FROM = 1_000;
const TO = 1_000_000;

/** n check-ins at a time inside the range with these fields. */
const many = (n: number, fields: Partial<Checkin>): Checkin[] =>
  Array.from({ length: n }, (_, i) => makeCheckin({ at: FROM + 10 * i + 1, emotions: [], ...fields }));

const walk = { factors: ['outdoors'] };
const other = { factors: ['people'] };

describe('factorComparisons', () => {
  it('states the minimum it uses', () => {
    expect(MIN_FACTOR_CHECKINS).toBe(5);
  });

  it.each<{ name: string; checkins: Checkin[]; pleasant: FactorSplit | null; numb: FactorSplit | null }>([
    {
      name: 'the issue example: 12 of 17 with a walk vs 9 of 30 without',
      checkins: [
        ...many(12, { ...walk, pleasantness: 3 }),
        ...many(5, { ...walk, pleasantness: -2 }),
        ...many(9, { ...other, pleasantness: 1 }),
        ...many(21, { ...other, pleasantness: 0 }),
      ],
      pleasant: { withCount: 12, withTotal: 17, withoutCount: 9, withoutTotal: 30 },
      numb: { withCount: 0, withTotal: 17, withoutCount: 0, withoutTotal: 30 },
    },
    {
      name: 'exactly the minimum on both sides is enough',
      checkins: [...many(5, { ...walk, pleasantness: 2 }), ...many(5, { ...other, pleasantness: -1 })],
      pleasant: { withCount: 5, withTotal: 5, withoutCount: 0, withoutTotal: 5 },
      numb: { withCount: 0, withTotal: 5, withoutCount: 0, withoutTotal: 5 },
    },
    {
      name: 'one short with the factor: nothing stated',
      checkins: [...many(4, { ...walk, pleasantness: 2 }), ...many(20, { ...other, pleasantness: -1 })],
      pleasant: null,
      numb: null,
    },
    {
      name: 'one short without the factor: nothing stated',
      checkins: [...many(20, { ...walk, pleasantness: 2 }), ...many(4, { ...other, pleasantness: -1 })],
      pleasant: null,
      numb: null,
    },
    {
      name: 'numb words count for numb; unplaced check-ins are left out of pleasantness only',
      checkins: [
        ...many(3, { ...walk, pleasantness: null, emotions: ['numb'] }),
        ...many(3, { ...walk, pleasantness: null, emotions: ['cant_tell'] }),
        ...many(2, { ...walk, pleasantness: 1 }),
        ...many(6, { ...other, pleasantness: -3, emotions: ['sad'] }),
      ],
      pleasant: null,
      numb: { withCount: 6, withTotal: 8, withoutCount: 0, withoutTotal: 6 },
    },
  ])('$name', ({ checkins, pleasant, numb }) => {
    const [outdoors] = factorComparisons(checkins, ['outdoors'], FROM, TO);
    expect(outdoors?.pleasant).toEqual(pleasant);
    expect(outdoors?.numb).toEqual(numb);
  });

  it('counts only check-ins that noted some factor: one with the row left closed says nothing', () => {
    const checkins = [
      ...many(6, { ...walk, pleasantness: 2 }),
      ...many(30, { pleasantness: -2 }),
      ...many(30, { factors: [], pleasantness: -2 }),
    ];
    const [outdoors] = factorComparisons(checkins, ['outdoors'], FROM, TO);
    expect(outdoors).toEqual({ factorId: 'outdoors', checkinsWith: 6, pleasant: null, numb: null });
  });

  it('counts only check-ins in [from, to)', () => {
    const inside = [...many(5, { ...walk, pleasantness: 2 }), ...many(5, { ...other, pleasantness: 2 })];
    const outside = [
      makeCheckin({ at: FROM - 1, ...walk, pleasantness: -5, emotions: [] }),
      makeCheckin({ at: TO, ...walk, pleasantness: -5, emotions: [] }),
    ];
    const [outdoors] = factorComparisons([...inside, ...outside], ['outdoors'], FROM, TO);
    expect(outdoors?.pleasant).toEqual({ withCount: 5, withTotal: 5, withoutCount: 5, withoutTotal: 5 });
    expect(outdoors?.checkinsWith).toBe(5);
  });

  it('follows the order asked for, leaves out factors never noted, and tells how many notes a factor has', () => {
    const checkins = [...many(2, { factors: ['people', 'alcohol'], pleasantness: 1 })];
    const result = factorComparisons(checkins, ['alcohol', 'outdoors', 'people'], FROM, TO);
    expect(result.map((r) => [r.factorId, r.checkinsWith])).toEqual([
      ['alcohol', 2],
      ['people', 2],
    ]);
    expect(result.every((r) => r.pleasant === null && r.numb === null)).toBe(true);
  });

  it('never divides by zero: a minimum of 0 still needs one check-in on each side', () => {
    const onlyWith = many(3, { ...walk, pleasantness: 2 });
    const [outdoors] = factorComparisons(onlyWith, ['outdoors'], FROM, TO, 0);
    expect(outdoors?.pleasant).toBeNull();
    expect(outdoors?.numb).toBeNull();
    const both = [...onlyWith, makeCheckin({ at: FROM + 5, ...other, pleasantness: -1, emotions: [] })];
    const [shown] = factorComparisons(both, ['outdoors'], FROM, TO, 0);
    expect(shown?.pleasant).toEqual({ withCount: 3, withTotal: 3, withoutCount: 0, withoutTotal: 1 });
  });

  it('returns nothing for no check-ins or no factors', () => {
    expect(factorComparisons([], ['outdoors'], FROM, TO)).toEqual([]);
    expect(factorComparisons(many(10, walk), [], FROM, TO)).toEqual([]);
  });
});

describe('shareDifference', () => {
  it.each([
    [{ withCount: 12, withTotal: 17, withoutCount: 9, withoutTotal: 30 }, 12 / 17 - 9 / 30],
    [{ withCount: 0, withTotal: 5, withoutCount: 5, withoutTotal: 5 }, -1],
    [{ withCount: 3, withTotal: 6, withoutCount: 4, withoutTotal: 8 }, 0],
  ])('%o → %d', (s, expected) => {
    expect(shareDifference(s)).toBeCloseTo(expected);
  });
});
