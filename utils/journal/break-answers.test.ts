import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin } from '@/tests/unit/factories';
import { breakAnswers } from './break-answers';
import { breakItem, checkinItem, groupByDay } from './timeline-items';

const at = Date.UTC(2026, 10, 20, 10);

describe('breakAnswers', () => {
  it("draws a break's before and after check-ins inside it, once", () => {
    const before = makeCheckin({ at: at - 1000, source: 'before_break', emotions: ['numb'] });
    const after = makeCheckin({ at: at + 60_000, source: 'after_break', emotions: ['calm'] });
    const other = makeCheckin({ at: at - 3_600_000 });
    const record = makeBreak({ at, beforeCheckinId: before.id, afterCheckinId: after.id });
    const days = groupByDay([before, after, other].map(checkinItem).concat(breakItem(record)), () => 0);
    const { byBreak, nested } = breakAnswers(days);
    expect(byBreak.get(record.id)).toEqual({ before, after });
    expect([...nested].sort()).toEqual([before.id, after.id].sort());
    expect(nested.has(other.id)).toBe(false);
  });

  it('keeps only the answers that are shown, and leaves breaks without any alone', () => {
    const after = makeCheckin({ at: at + 60_000, source: 'after_break' });
    const record = makeBreak({ at, beforeCheckinId: 'not-loaded', afterCheckinId: after.id });
    const bare = makeBreak({ at: at - 7_200_000 });
    const { byBreak, nested } = breakAnswers(
      groupByDay([checkinItem(after), breakItem(record), breakItem(bare)], () => 0),
    );
    expect(byBreak.get(record.id)).toEqual({ after });
    expect(byBreak.has(bare.id)).toBe(false);
    expect([...nested]).toEqual([after.id]);
  });
});
