import { describe, expect, it } from 'vitest';
import { isHardCheckin, NUDGE_RULE, shouldShowNudge } from './nudge';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 22, 12);
const hard = (daysAgo: number) => ({ at: now - daysAgo * DAY, pleasantness: -3, emotions: ['sad'] });
const okay = (daysAgo: number) => ({ at: now - daysAgo * DAY, pleasantness: 3, emotions: ['calm'] });
const numb = (daysAgo: number) => ({ at: now - daysAgo * DAY, pleasantness: null, emotions: ['numb'] });

describe('isHardCheckin', () => {
  it.each([
    [{ at: 0, pleasantness: -1, emotions: [] }, true],
    [{ at: 0, pleasantness: 0, emotions: ['numb'] }, false], // the point decides when placed
    [{ at: 0, pleasantness: null, emotions: ['numb'] }, true],
    [{ at: 0, pleasantness: null, emotions: ['cant_tell'] }, true],
    [{ at: 0, pleasantness: null, emotions: ['joyful', 'numb'] }, false], // half and half is not "mostly"
    [{ at: 0, pleasantness: null, emotions: ['sad', 'lonely', 'joyful'] }, true],
    [{ at: 0, pleasantness: null, emotions: [] }, false],
    [{ at: 0, pleasantness: null, emotions: ['not_a_word'] }, false],
  ])('%o → %s', (checkin, expected) => {
    expect(isHardCheckin(checkin)).toBe(expected);
  });

  it.each([
    [{ at: 0, pleasantness: null, emotions: ['numb'] }, false],
    [{ at: 0, pleasantness: -2, emotions: ['numb', 'flat'] }, false],
    [{ at: 0, pleasantness: -3, emotions: ['numb'] }, true],
    [{ at: 0, pleasantness: null, emotions: ['numb', 'sad'] }, true],
    [{ at: 0, pleasantness: -1, emotions: ['sad'] }, true],
  ])('before numbness counts: %o → %s', (checkin, expected) => {
    expect(isHardCheckin(checkin, false)).toBe(expected);
  });
});

describe('shouldShowNudge', () => {
  const mostlyHard = [hard(1), hard(2), numb(3), hard(5), numb(8), okay(9)];

  it('shows when recent check-ins are mostly hard and there are enough', () => {
    expect(shouldShowNudge(mostlyHard, undefined, now)).toBe(true);
  });

  it('stays quiet below the minimum count', () => {
    expect(shouldShowNudge(mostlyHard.slice(0, NUDGE_RULE.minCheckins - 1), undefined, now)).toBe(false);
  });

  it('stays quiet when hard check-ins are below the share', () => {
    expect(shouldShowNudge([hard(1), hard(2), hard(3), okay(4), okay(5), okay(6)], undefined, now)).toBe(
      false,
    );
  });

  it('shows exactly at the share', () => {
    const seven = [hard(1), hard(2), hard(3), hard(4), hard(5), hard(6), hard(7), okay(1), okay(2), okay(3)];
    expect(shouldShowNudge(seven, undefined, now)).toBe(true);
  });

  it('ignores check-ins older than the window', () => {
    const old = [hard(15), hard(16), hard(17), hard(18), hard(19), okay(1)];
    expect(shouldShowNudge(old, undefined, now)).toBe(false);
  });

  it('shows at most once a week, dismissed or not', () => {
    expect(shouldShowNudge(mostlyHard, { lastShownAt: now - 6 * DAY }, now)).toBe(false);
    expect(shouldShowNudge(mostlyHard, { lastShownAt: now - 7 * DAY }, now)).toBe(true);
  });

  it('is not silenced forever by a clock that was set back', () => {
    expect(shouldShowNudge(mostlyHard, { lastShownAt: now + 30 * DAY }, now)).toBe(true);
  });

  it('does not count numb alone as heavy in the first days', () => {
    // Someone new checks in "numb" five times in two days: that is why they came, not a sign of a crisis.
    const firstDays = [numb(0), numb(0.5), numb(1), numb(1.5), numb(2)];
    expect(shouldShowNudge(firstDays, undefined, now)).toBe(false);
    const placedMildly = firstDays.map((c) => ({ ...c, pleasantness: -1 }));
    expect(shouldShowNudge(placedMildly, undefined, now)).toBe(false);
  });

  it('counts numbness that has lasted a week or more', () => {
    const lasting = [numb(1), numb(3), numb(5), numb(8), numb(NUDGE_RULE.numbAfterDays)];
    expect(shouldShowNudge(lasting, undefined, now)).toBe(true);
  });

  it('still counts clearly unpleasant check-ins in the first days, numb words or not', () => {
    const heavyNumb = (daysAgo: number) => ({ ...numb(daysAgo), pleasantness: -4 });
    expect(shouldShowNudge([hard(0), hard(1), heavyNumb(1), hard(2), heavyNumb(2)], undefined, now)).toBe(
      true,
    );
  });

  it('never shows without data', () => {
    expect(shouldShowNudge([], undefined, now)).toBe(false);
  });
});
