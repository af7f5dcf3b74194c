import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.UTC(2026, 10, 22, 12);
const min = 60_000;

describe('relativeTime', () => {
  it.each([
    [now - 30_000, 'this minute'],
    [now - 5 * min, '5 minutes ago'],
    [now + 23 * min, 'in 23 minutes'],
    [now - 3 * 60 * min, '3 hours ago'],
    [now - 26 * 60 * min, 'yesterday'],
    [now - 5 * 24 * 60 * min, '5 days ago'],
  ])('words %s as "%s"', (at, expected) => {
    expect(relativeTime(at, now, 'en')).toBe(expected);
  });

  it('speaks the given language', () => {
    expect(relativeTime(now - 5 * min, now, 'es')).toBe('hace 5 minutos');
  });
});
