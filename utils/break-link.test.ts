import { describe, expect, it } from 'vitest';
import { breakPagePath, breakPageTakes, parseBreakLink, type BreakPageStage } from './break-link';

describe('break page links', () => {
  it('round-trips an exercise and origin', () => {
    const path = breakPagePath({ exerciseId: 'box_breathing', origin: 'reminder' });
    expect(path).toBe('/break.html?origin=reminder&exercise=box_breathing');
    expect(parseBreakLink(path.split('?')[1] ?? '')).toEqual({
      origin: 'reminder',
      exerciseId: 'box_breathing',
    });
  });

  it('round-trips the check-in a suggestion follows', () => {
    const link = {
      exerciseId: 'rest',
      origin: 'suggestion',
      checkinId: 'b3c1a2d4-0000-4000-8000-00000000abcd',
    } as const;
    const path = breakPagePath(link);
    expect(path).toBe(
      '/break.html?origin=suggestion&exercise=rest&checkin=b3c1a2d4-0000-4000-8000-00000000abcd',
    );
    expect(parseBreakLink(path.split('?')[1] ?? '')).toEqual(link);
  });

  it('ignores a check-in that is not shaped like an id, or comes without an exercise', () => {
    expect(parseBreakLink('?origin=suggestion&exercise=rest&checkin=%3Cscript%3E')).toEqual({
      origin: 'suggestion',
      exerciseId: 'rest',
    });
    expect(parseBreakLink(`?origin=suggestion&exercise=rest&checkin=${'a'.repeat(65)}`)).toEqual({
      origin: 'suggestion',
      exerciseId: 'rest',
    });
    expect(parseBreakLink('?origin=suggestion&checkin=abc')).toEqual({ origin: 'suggestion' });
  });

  it('falls back to a break on request when the origin is unknown', () => {
    expect(parseBreakLink('?origin=<script>')).toEqual({ origin: 'popup' });
  });
});

describe('an open break page asked for another break', () => {
  const bare = { origin: 'popup' } as const;
  const exercise = { origin: 'suggestion', exerciseId: 'rest', checkinId: 'c1' } as const;

  it('never gives up a break under way or its after question', () => {
    for (const stage of ['running', 'after'] as const) {
      expect(breakPageTakes(stage, bare)).toBe(false);
      expect(breakPageTakes(stage, exercise)).toBe(false);
    }
  });

  it('turns to a chosen exercise while nothing has started', () => {
    for (const stage of ['choosing', 'ready'] as const) {
      expect(breakPageTakes(stage, exercise)).toBe(true);
      expect(breakPageTakes(stage, { origin: 'popup', exerciseId: 'rest' })).toBe(true);
    }
  });

  it('comes forward unchanged for a bare "take a break now" while it offers one', () => {
    for (const stage of ['choosing', 'ready'] as const) expect(breakPageTakes(stage, bare)).toBe(false);
  });

  it('starts over once the last break is finished', () => {
    const stages: BreakPageStage[] = ['finished'];
    for (const stage of stages) {
      expect(breakPageTakes(stage, bare)).toBe(true);
      expect(breakPageTakes(stage, exercise)).toBe(true);
    }
  });
});
