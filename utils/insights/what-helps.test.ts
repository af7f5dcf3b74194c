import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin } from '@/tests/unit/factories';
import type { BreakRecord, Checkin } from '../db/records';
import { measuredBreak } from './test-data';
import { MIN_PAIRS, exerciseShifts } from './what-helps';

function run(items: { record: BreakRecord; checkins: Checkin[] }[], extra: BreakRecord[] = []) {
  const byId = new Map(items.flatMap((item) => item.checkins).map((c) => [c.id, c]));
  return exerciseShifts([...items.map((item) => item.record), ...extra], byId);
}

describe('exerciseShifts', () => {
  it('is empty with no breaks', () => {
    expect(exerciseShifts([], new Map())).toEqual([]);
  });

  it('says "not enough data yet" (null) below the minimum, and gives the mean from it on', () => {
    expect(MIN_PAIRS).toBe(3);
    const two = run([measuredBreak('box_breathing', -2, 0), measuredBreak('box_breathing', -1, 1)]);
    expect(two).toEqual([{ exerciseId: 'box_breathing', pairs: 2, meanShift: null }]);
    const three = run([
      measuredBreak('box_breathing', -2, 0),
      measuredBreak('box_breathing', -1, 1),
      measuredBreak('box_breathing', 0, 1),
    ]);
    expect(three).toEqual([{ exerciseId: 'box_breathing', pairs: 3, meanShift: 1.7 }]);
  });

  it('puts measured exercises first, biggest lift first, and reports a dip honestly', () => {
    const result = run([
      ...[1, 1, 1].map(() => measuredBreak('stretch_move', 0, 1)),
      ...[2, 2, 2, 2].map(() => measuredBreak('senses_54321', -3, 0)),
      ...[0, 0, 0].map(() => measuredBreak('eyes_202020', 1, 0)),
      measuredBreak('body_scan', -4, 4),
    ]);
    expect(result).toEqual([
      { exerciseId: 'senses_54321', pairs: 4, meanShift: 3 },
      { exerciseId: 'stretch_move', pairs: 3, meanShift: 1 },
      { exerciseId: 'eyes_202020', pairs: 3, meanShift: -1 },
      { exerciseId: 'body_scan', pairs: 1, meanShift: null },
    ]);
  });

  it('skips breaks missing a check-in, a reading, or an exercise', () => {
    const unplaced = measuredBreak('cyclic_sigh', null, 2);
    const lonelyBefore = makeCheckin({ pleasantness: -1 });
    const result = run(
      [unplaced, measuredBreak('cyclic_sigh', -1, 2), { record: makeBreak(), checkins: [lonelyBefore] }],
      [
        makeBreak({ exerciseId: 'cyclic_sigh', beforeCheckinId: lonelyBefore.id }),
        makeBreak({ exerciseId: 'cyclic_sigh', beforeCheckinId: 'gone', afterCheckinId: 'gone-too' }),
        makeBreak({ exerciseId: undefined, outcome: 'natural' }),
      ],
    );
    expect(result).toEqual([{ exerciseId: 'cyclic_sigh', pairs: 1, meanShift: null }]);
  });

  it('honours a custom minimum', () => {
    const byId = new Map<string, Checkin>();
    const one = measuredBreak('reach_out', -2, 1);
    for (const c of one.checkins) byId.set(c.id, c);
    expect(exerciseShifts([one.record], byId, 1)).toEqual([
      { exerciseId: 'reach_out', pairs: 1, meanShift: 3 },
    ]);
  });
});
