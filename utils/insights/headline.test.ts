import { describe, expect, it } from 'vitest';
import { enoughToChart, HEADLINE_RULE, insightHeadline } from './headline';
import { checkinAt, local } from './test-data';

const from = local(2026, 11, 1, 0);
const to = local(2026, 12, 1, 0);

describe('insightHeadline', () => {
  it('says "not enough yet" with fewer check-ins than the rule asks', () => {
    const few = [checkinAt(local(2026, 11, 3, 9), { pleasantness: 4, energy: 1 })];
    expect(insightHeadline(few, from, to)).toEqual({ kind: 'not_enough' });
    expect(HEADLINE_RULE.minCheckins).toBeGreaterThan(1);
  });

  it('names the part of the day that clearly felt best', () => {
    const checkins = [
      checkinAt(local(2026, 11, 3, 8), { pleasantness: 3 }),
      checkinAt(local(2026, 11, 4, 9), { pleasantness: 4 }),
      checkinAt(local(2026, 11, 3, 15), { pleasantness: 0 }),
      checkinAt(local(2026, 11, 4, 16), { pleasantness: -1 }),
    ];
    expect(insightHeadline(checkins, from, to)).toEqual({ kind: 'best_part', part: 'morning' });
  });

  it('does not name a part of the day from one check-in, nor one that barely leads', () => {
    const lone = [
      checkinAt(local(2026, 11, 3, 8), { pleasantness: 5, emotions: [] }),
      checkinAt(local(2026, 11, 3, 15), { pleasantness: 0, emotions: [] }),
      checkinAt(local(2026, 11, 4, 16), { pleasantness: 0, emotions: [] }),
    ];
    expect(insightHeadline(lone, from, to).kind).toBe('count');
    const close = [
      checkinAt(local(2026, 11, 3, 8), { pleasantness: 1, emotions: [] }),
      checkinAt(local(2026, 11, 4, 9), { pleasantness: 1, emotions: [] }),
      checkinAt(local(2026, 11, 3, 15), { pleasantness: 0.5, emotions: [] }),
      checkinAt(local(2026, 11, 4, 16), { pleasantness: 0.5, emotions: [] }),
    ];
    expect(insightHeadline(close, from, to).kind).toBe('count');
  });

  it('says mood has been lifting, or heavier, when the later half clearly differs', () => {
    const rising = [-2, -2, -1, 1, 2, 2].map((p, i) =>
      checkinAt(local(2026, 11, 2 + i, 20), { pleasantness: p }),
    );
    expect(insightHeadline(rising, from, to)).toEqual({ kind: 'lifting' });
    const falling = [2, 2, 1, -1, -2, -2].map((p, i) =>
      checkinAt(local(2026, 11, 2 + i, 20), { pleasantness: p }),
    );
    expect(insightHeadline(falling, from, to)).toEqual({ kind: 'heavier' });
  });

  it('falls back to the word named most, not counting "I can\'t tell"', () => {
    const words = [
      checkinAt(local(2026, 11, 3, 20), { pleasantness: null, emotions: ['numb', 'cant_tell'] }),
      checkinAt(local(2026, 11, 4, 20), { pleasantness: null, emotions: ['numb', 'cant_tell'] }),
      checkinAt(local(2026, 11, 5, 20), { pleasantness: null, emotions: ['numb', 'cant_tell', 'cant_tell'] }),
      checkinAt(local(2026, 11, 6, 20), { pleasantness: null, emotions: ['tired', 'cant_tell'] }),
    ];
    expect(insightHeadline(words, from, to)).toEqual({ kind: 'top_word', word: 'numb', count: 3 });
  });

  it('counts the check-ins when nothing stands out', () => {
    const plain = [1, 2, 3].map((d) =>
      checkinAt(local(2026, 11, d, 20), { pleasantness: null, emotions: [] }),
    );
    expect(insightHeadline(plain, from, to)).toEqual({ kind: 'count', checkins: 3 });
  });

  it('reads only the window', () => {
    const outside = [1, 2, 3].map((d) => checkinAt(local(2026, 10, d, 20), { pleasantness: 3 }));
    expect(insightHeadline(outside, from, to)).toEqual({ kind: 'not_enough' });
  });
});

describe('enoughToChart', () => {
  it('wants at least two readings (null is no reading; zero is one)', () => {
    expect(enoughToChart([])).toBe(false);
    expect(enoughToChart([null, 3, null])).toBe(false);
    expect(enoughToChart([0, null, 1])).toBe(true);
    expect(enoughToChart([2, null, -1])).toBe(true);
  });
});
