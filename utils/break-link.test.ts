import { describe, expect, it } from 'vitest';
import { breakPagePath, parseBreakLink } from './break-link';

describe('break page links', () => {
  it('round-trips an exercise and origin', () => {
    const path = breakPagePath({ exerciseId: 'box_breathing', origin: 'reminder' });
    expect(path).toBe('/break.html?origin=reminder&exercise=box_breathing');
    expect(parseBreakLink(path.split('?')[1] ?? '')).toEqual({
      origin: 'reminder',
      exerciseId: 'box_breathing',
    });
  });

  it('falls back to a break on request when the origin is unknown', () => {
    expect(parseBreakLink('?origin=<script>')).toEqual({ origin: 'popup' });
  });
});
