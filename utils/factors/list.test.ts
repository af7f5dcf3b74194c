import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS } from '../content/factors';
import {
  DEFAULT_FACTOR_LIST,
  FACTORS_MAX,
  FACTOR_NAME_MAX,
  addFactor,
  deleteFactor,
  factorName,
  isFactorList,
  moveFactor,
  normalizeFactorName,
  ownFactorId,
  renameFactor,
  setFactorHidden,
  type FactorSetting,
} from './list';

const defaultName = (id: string) => `Default ${id}`;
const own = (n: number): FactorSetting => ({
  id: ownFactorId(`0000-${n}`),
  name: `Mine ${n}`,
  hidden: false,
});
const list = (): FactorSetting[] => [...DEFAULT_FACTOR_LIST];

describe('the default list', () => {
  it('offers every default factor, in order, shown, with its translated name', () => {
    expect(DEFAULT_FACTOR_LIST.map((f) => f.id)).toEqual(DEFAULT_FACTORS.map((f) => f.id));
    expect(DEFAULT_FACTOR_LIST.every((f) => f.name === null && !f.hidden)).toBe(true);
    expect(isFactorList(DEFAULT_FACTOR_LIST)).toBe(true);
  });
});

describe('names', () => {
  it('trims, collapses spaces, and cuts long names between whole characters', () => {
    expect(normalizeFactorName('  a   walk\n ')).toBe('a walk');
    const long = `${'a'.repeat(FACTOR_NAME_MAX - 1)}😀`;
    expect(normalizeFactorName(long)).toBe('a'.repeat(FACTOR_NAME_MAX - 1));
  });

  it('shows the own name, else the default one', () => {
    expect(factorName({ id: 'alcohol', name: null, hidden: false }, defaultName)).toBe('Default alcohol');
    expect(factorName({ id: 'alcohol', name: 'Wine', hidden: false }, defaultName)).toBe('Wine');
  });
});

describe('addFactor', () => {
  it('adds an own factor at the end', () => {
    const change = addFactor(list(), '  Yoga ', ownFactorId('ABC'), defaultName);
    expect(change).toEqual({ ok: true, list: [...list(), { id: 'own_abc', name: 'Yoga', hidden: false }] });
  });

  it.each([
    ['   ', 'empty'],
    ['x'.repeat(FACTOR_NAME_MAX + 1), 'too_long'],
    ['default ALCOHOL', 'duplicate'],
  ] as const)('refuses %j kindly (%s)', (name, problem) => {
    expect(addFactor(list(), name, 'own_1', defaultName)).toEqual({ ok: false, problem });
  });

  it('refuses a 31st factor, and an id already there or of the wrong shape', () => {
    const full = [...list(), ...Array.from({ length: FACTORS_MAX - list().length }, (_, i) => own(i))];
    expect(full).toHaveLength(FACTORS_MAX);
    expect(addFactor(full, 'One more', 'own_new', defaultName)).toEqual({ ok: false, problem: 'full' });
    expect(addFactor(list(), 'Yoga', 'alcohol', defaultName)).toEqual({ ok: false, problem: 'unknown' });
    expect(addFactor(list(), 'Yoga', 'Own Id!', defaultName)).toEqual({ ok: false, problem: 'unknown' });
  });
});

describe('renameFactor', () => {
  it('renames, and an empty name or the default name gives a default factor its own name back', () => {
    const renamed = renameFactor(list(), 'outdoors', 'A walk', defaultName);
    expect(renamed.ok && renamed.list.find((f) => f.id === 'outdoors')?.name).toBe('A walk');
    if (!renamed.ok) return;
    for (const back of ['', 'Default outdoors']) {
      const reset = renameFactor(renamed.list, 'outdoors', back, defaultName);
      expect(reset.ok && reset.list.find((f) => f.id === 'outdoors')?.name).toBeNull();
    }
  });

  it('needs a name for an own factor, refuses a name taken by another, and allows a change of case', () => {
    const mine = [...list(), own(1)];
    const id = own(1).id;
    expect(renameFactor(mine, id, ' ', defaultName)).toEqual({ ok: false, problem: 'empty' });
    expect(renameFactor(mine, id, 'Default people', defaultName)).toEqual({
      ok: false,
      problem: 'duplicate',
    });
    const recased = renameFactor(mine, id, 'MINE 1', defaultName);
    expect(recased.ok && recased.list.at(-1)?.name).toBe('MINE 1');
    expect(renameFactor(mine, 'nope', 'x', defaultName)).toEqual({ ok: false, problem: 'unknown' });
    expect(renameFactor(mine, id, 'y'.repeat(41), defaultName)).toEqual({ ok: false, problem: 'too_long' });
  });
});

describe('hide, move, delete', () => {
  it('hides and shows', () => {
    const hidden = setFactorHidden(list(), 'alcohol', true);
    expect(hidden.find((f) => f.id === 'alcohol')?.hidden).toBe(true);
    expect(setFactorHidden(hidden, 'alcohol', false)).toEqual(list());
  });

  it('moves one place, and nothing at either end or for an unknown id', () => {
    const ids = (l: FactorSetting[]) => l.map((f) => f.id);
    const [first, second] = ids(list());
    expect(ids(moveFactor(list(), second ?? '', -1)).slice(0, 2)).toEqual([second, first]);
    expect(ids(moveFactor(list(), first ?? '', 1)).slice(0, 2)).toEqual([second, first]);
    expect(moveFactor(list(), first ?? '', -1)).toEqual(list());
    expect(moveFactor(list(), list().at(-1)?.id ?? '', 1)).toEqual(list());
    expect(moveFactor(list(), 'nope', 1)).toEqual(list());
  });

  it('deletes own factors only: a default one can be hidden and always comes back', () => {
    const mine = [...list(), own(1)];
    expect(deleteFactor(mine, own(1).id)).toEqual({ ok: true, list: list() });
    expect(deleteFactor(mine, 'alcohol')).toEqual({ ok: false, problem: 'not_own' });
    expect(deleteFactor(mine, 'nope')).toEqual({ ok: false, problem: 'unknown' });
  });
});

describe('isFactorList', () => {
  it.each<[string, unknown]>([
    ['not an array', { id: 'alcohol' }],
    ['an item that is not an object', ['alcohol']],
    ['an id of the wrong shape', [{ id: 'Bad Id', name: 'x', hidden: false }]],
    [
      'an id twice',
      [
        { id: 'alcohol', name: null, hidden: false },
        { id: 'alcohol', name: null, hidden: true },
      ],
    ],
    ['an own factor without a name', [{ id: 'own_1', name: null, hidden: false }]],
    ['an empty name', [{ id: 'own_1', name: '', hidden: false }]],
    ['a name with spaces around', [{ id: 'own_1', name: ' Yoga', hidden: false }]],
    ['a name too long', [{ id: 'own_1', name: 'y'.repeat(41), hidden: false }]],
    ['half an emoji', [{ id: 'own_1', name: 'a\uD83D', hidden: false }]],
    ['hidden not a boolean', [{ id: 'alcohol', name: null, hidden: 'no' }]],
    ['too many', Array.from({ length: FACTORS_MAX + 1 }, (_, i) => own(i))],
  ])('refuses %s', (_, value) => {
    expect(isFactorList(value)).toBe(false);
  });

  it('accepts an empty list, own factors and renamed defaults', () => {
    expect(isFactorList([])).toBe(true);
    expect(isFactorList([own(1), { id: 'alcohol', name: 'Wine', hidden: true }])).toBe(true);
    expect(isFactorList(Array.from({ length: FACTORS_MAX }, (_, i) => own(i)))).toBe(true);
  });
});
