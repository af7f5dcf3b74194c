import { describe, expect, it } from 'vitest';
import { makeBreak } from '@/tests/unit/factories';
import { breaksBetween, putBreak } from './breaks';
import { getDb } from './connection';

describe('breaks store', () => {
  it('records a break and updates its outcome', async () => {
    const record = makeBreak({ outcome: 'started' });
    await putBreak(record);
    await putBreak({ ...record, outcome: 'completed', endedAt: record.at + 120_000, afterCheckinId: 'c1' });
    expect(await (await getDb()).get('breaks', record.id)).toMatchObject({
      outcome: 'completed',
      afterCheckinId: 'c1',
    });
    expect(await (await getDb()).count('breaks')).toBe(1);
  });

  it('lists breaks in a time range', async () => {
    await putBreak(makeBreak({ id: 'b2', at: 200 }));
    await putBreak(makeBreak({ id: 'b1', at: 100 }));
    await putBreak(makeBreak({ id: 'b3', at: 300 }));
    expect((await breaksBetween(100, 300)).map((b) => b.id)).toEqual(['b1', 'b2']);
  });
});
