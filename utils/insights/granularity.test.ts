import { afterEach, describe, expect, it } from 'vitest';
import { dayKey } from './days';
import { wordVarietyTrend, wordsPerWeek, type WordWeek } from './granularity';
import { checkinAt, local } from './test-data';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('wordsPerWeek', () => {
  it('keeps every week of the window, with zero for weeks without check-ins', () => {
    process.env.TZ = 'UTC';
    const weeks = wordsPerWeek([], { from: local(2026, 3, 2), to: local(2026, 3, 29, 12), weekStartsOn: 1 });
    expect(weeks.map((w) => dayKey(w.start))).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(weeks.every((w) => w.distinctWords === 0 && w.checkins === 0 && w.words.length === 0)).toBe(true);
  });

  it('counts different words once, most used first, and leaves out "I can\'t tell"', () => {
    process.env.TZ = 'Europe/Madrid';
    const weeks = wordsPerWeek(
      [
        checkinAt(local(2026, 3, 2, 9), { emotions: ['numb', 'tired'] }),
        checkinAt(local(2026, 3, 3, 9), { emotions: ['tired'] }),
        checkinAt(local(2026, 3, 4, 9), { emotions: ['cant_tell'] }),
        checkinAt(local(2026, 3, 8, 23, 59), { emotions: ['calm'] }), // Sunday night: same week
        checkinAt(local(2026, 3, 9, 0, 0), { emotions: ['hopeful'] }), // Monday: next week
      ],
      { from: local(2026, 3, 2), to: local(2026, 3, 15, 12), weekStartsOn: 1 },
    );
    expect(weeks[0]).toMatchObject({ distinctWords: 3, checkins: 4, words: ['tired', 'numb', 'calm'] });
    expect(weeks[1]).toMatchObject({ distinctWords: 1, checkins: 1, words: ['hopeful'] });
  });

  it('starts the first week before `from` when `from` falls mid-week', () => {
    process.env.TZ = 'UTC';
    const weeks = wordsPerWeek([checkinAt(local(2026, 3, 3, 9), { emotions: ['sad'] })], {
      from: local(2026, 3, 5),
      to: local(2026, 3, 6),
      weekStartsOn: 1,
    });
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatchObject({ distinctWords: 1 });
  });

  it('keeps a week whole across a clock change', () => {
    process.env.TZ = 'Europe/Berlin';
    const weeks = wordsPerWeek(
      [
        checkinAt(local(2026, 3, 23, 9), { emotions: ['anxious'] }),
        checkinAt(local(2026, 3, 29, 23, 30), { emotions: ['calm'] }), // the 23-hour Sunday
      ],
      { from: local(2026, 3, 23), to: local(2026, 3, 29, 23, 59), weekStartsOn: 1 },
    );
    expect(weeks).toHaveLength(1);
    expect(weeks[0]?.distinctWords).toBe(2);
  });
});

describe('wordVarietyTrend', () => {
  const week = (distinctWords: number, checkins = 3): WordWeek => ({
    start: 0,
    distinctWords,
    words: [],
    checkins,
  });

  it('waits for enough weeks with check-ins', () => {
    expect(wordVarietyTrend([])).toBeNull();
    expect(wordVarietyTrend([week(1), week(2), week(6)])).toBeNull();
    expect(wordVarietyTrend([week(1), week(0, 0), week(2), week(0, 0), week(6)])).toBeNull();
  });

  it('notices a growing vocabulary, skipping empty weeks', () => {
    expect(wordVarietyTrend([week(1), week(2), week(0, 0), week(3), week(4)])).toBe('growing');
  });

  it('never reports a decline: fewer or the same words are "steady"', () => {
    expect(wordVarietyTrend([week(5), week(5), week(2), week(1)])).toBe('steady');
    expect(wordVarietyTrend([week(2), week(2), week(2), week(2)])).toBe('steady');
    expect(wordVarietyTrend([week(2), week(2), week(2), week(2.9)])).toBe('steady');
  });
});
