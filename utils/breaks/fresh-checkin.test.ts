import { describe, expect, it } from 'vitest';
import type { Checkin } from '../db/records';
import { FRESH_CHECKIN_MS, isFreshCheckin } from './fresh-checkin';

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const checkin = (patch: Partial<Checkin> = {}): Checkin => ({
  id: 'c1',
  at: NOW - 60_000,
  pleasantness: 3,
  energy: 3,
  emotions: ['joyful'],
  body: [],
  note: '',
  source: 'popup',
  ...patch,
});

describe('a check-in as the before-answer of a break', () => {
  it('holds for a popup check-in made moments ago', () => {
    expect(isFreshCheckin(checkin(), NOW)).toBe(true);
    expect(isFreshCheckin(checkin({ at: NOW }), NOW)).toBe(true);
    expect(isFreshCheckin(checkin({ at: NOW - FRESH_CHECKIN_MS }), NOW)).toBe(true);
  });

  it('does not hold once it is old, or dated in the future', () => {
    expect(isFreshCheckin(checkin({ at: NOW - FRESH_CHECKIN_MS - 1 }), NOW)).toBe(false);
    expect(isFreshCheckin(checkin({ at: NOW + 1 }), NOW)).toBe(false);
  });

  it('does not hold for a missing check-in, one made elsewhere, or one tied to a break', () => {
    expect(isFreshCheckin(undefined, NOW)).toBe(false);
    expect(isFreshCheckin(checkin({ source: 'after_break' }), NOW)).toBe(false);
    expect(isFreshCheckin(checkin({ source: 'journal' }), NOW)).toBe(false);
    expect(isFreshCheckin(checkin({ breakId: 'b1' }), NOW)).toBe(false);
  });
});
