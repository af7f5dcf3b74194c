import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin } from '@/tests/unit/factories';
import { getDb } from './connection';
import { recentTrackRecords } from './track-records';

/** A break with `exerciseId` whose after check-in is `lift` more pleasant than its before. */
async function breakWith(n: number, exerciseId: string, lift: number) {
  const db = await getDb();
  const at = 1_700_000_000_000 + n * 60_000;
  await db.put('checkins', makeCheckin({ id: `b${n}`, at, pleasantness: 0, energy: 0, emotions: [] }));
  await db.put(
    'checkins',
    makeCheckin({ id: `a${n}`, at: at + 1, pleasantness: lift, energy: 0, emotions: [] }),
  );
  await db.put(
    'breaks',
    makeBreak({ id: `k${n}`, at, exerciseId, beforeCheckinId: `b${n}`, afterCheckinId: `a${n}` }),
  );
}

describe('recentTrackRecords: what the latest breaks say, read from the database', () => {
  it('counts breaks that can be compared, and the ones that helped', async () => {
    await breakWith(1, 'box_breathing', 2);
    await breakWith(2, 'box_breathing', -1);
    await breakWith(3, 'box_breathing', 0);
    await breakWith(4, 'rest', 1);
    // No after answer, no exercise, or a check-in that is gone: not measured.
    const db = await getDb();
    await db.put('breaks', makeBreak({ id: 'x1', at: 5, exerciseId: 'rest', beforeCheckinId: 'b1' }));
    const { exerciseId: _none, ...noExercise } = makeBreak({
      id: 'x2',
      at: 6,
      beforeCheckinId: 'b1',
      afterCheckinId: 'a1',
    });
    await db.put('breaks', noExercise);
    await db.put(
      'breaks',
      makeBreak({ id: 'x3', at: 7, exerciseId: 'rest', beforeCheckinId: 'gone', afterCheckinId: 'a1' }),
    );

    const records = await recentTrackRecords();
    expect(records.get('box_breathing')).toEqual({ measured: 3, helped: 1 });
    expect(records.get('rest')).toEqual({ measured: 1, helped: 1 });
  });

  it('learns from the newest breaks only, so its cost does not grow with years', async () => {
    for (let n = 0; n < 6; n++) await breakWith(n, 'body_scan', -1);
    for (let n = 6; n < 10; n++) await breakWith(n, 'body_scan', 1);
    expect((await recentTrackRecords(4)).get('body_scan')).toEqual({ measured: 4, helped: 4 });
  });
});
