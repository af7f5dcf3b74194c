import { describe, expect, it } from 'vitest';
import { makeBreak } from '@/tests/unit/factories';
import { tallyBreaks } from './break-tally';

describe('tallyBreaks', () => {
  it('is all zero with no breaks', () => {
    expect(tallyBreaks([], 0, Infinity)).toEqual({
      taken: 0,
      natural: 0,
      skipped: 0,
      unanswered: 0,
      snoozes: 0,
      micro: 0,
    });
  });

  it('counts each outcome and sums the snoozes', () => {
    const breaks = [
      makeBreak({ outcome: 'completed', snoozes: 2 }),
      makeBreak({ outcome: 'stopped' }),
      makeBreak({ outcome: 'started' }),
      makeBreak({ outcome: 'natural', origin: 'idle', exerciseId: undefined }),
      makeBreak({ outcome: 'skipped', snoozes: 1 }),
      makeBreak({ outcome: 'skipped' }),
      makeBreak({ outcome: 'suggested', snoozes: 3 }),
    ];
    expect(tallyBreaks(breaks, 0, Infinity)).toEqual({
      taken: 3,
      natural: 1,
      skipped: 2,
      unanswered: 1,
      snoozes: 6,
      micro: 0,
    });
  });

  it('counts micro-breaks apart: never as long breaks let pass', () => {
    const micro = { outcome: 'suggested', origin: 'micro', exerciseId: undefined } as const;
    const breaks = [makeBreak(micro), makeBreak(micro), makeBreak({ outcome: 'suggested' })];
    expect(tallyBreaks(breaks, 0, Infinity)).toMatchObject({ unanswered: 1, micro: 2 });
  });

  it('counts only breaks from `from` (inclusive) to `to` (exclusive)', () => {
    const breaks = [
      makeBreak({ at: 999, outcome: 'completed' }),
      makeBreak({ at: 1000, outcome: 'completed' }),
      makeBreak({ at: 1999, outcome: 'skipped' }),
      makeBreak({ at: 2000, outcome: 'skipped' }),
    ];
    expect(tallyBreaks(breaks, 1000, 2000)).toMatchObject({ taken: 1, skipped: 1 });
  });
});
